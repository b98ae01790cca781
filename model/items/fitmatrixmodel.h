// The fit matrix as an item model: boxes down, models across, a verdict and a speed per cell.
#pragma once

#include "estimate.h"

#include <QAbstractTableModel>

namespace Headroom {

class EstimateGrid;

// Hardware rows × model columns; each cell is the grid's estimate for that pair. The view asks
// only for the cells it paints, so a slider step computes what is on screen and no more.
class FitMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FitMatrixModel)

public:
    explicit FitMatrixModel(const EstimateGrid *grid, QObject *parent = nullptr);

    [[nodiscard]] const EstimateGrid &grid() const noexcept { return *m_grid; }
    [[nodiscard]] Estimate estimateAt(int row, int column) const;
    [[nodiscard]] EstimateFigures figuresAt(int row, int column) const; // the numbers only (charts)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The short cell text for an estimate ("41 tok/s", "needs 2 GPUs", "> 128K context"): shared
    // with the matrix exports so a spreadsheet says what the window says.
    [[nodiscard]] static QString cellText(const Estimate &estimate);

private:
    void allChanged();

    const EstimateGrid *m_grid;
};

} // namespace Headroom
