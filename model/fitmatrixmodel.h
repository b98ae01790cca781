#pragma once

#include "catalog.h"
#include "estimate.h"
#include "scenario.h"

#include <QAbstractTableModel>

namespace Headroom {

// Hardware rows × model columns; each cell is the engine's estimate for that pair under the
// current scenario. A scenario change recomputes every cell and emits one dataChanged.
class FitMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FitMatrixModel)

public:
    explicit FitMatrixModel(QObject *parent = nullptr);

    void setCatalog(const Catalog *catalog);
    void setScenario(const Scenario &scenario);
    [[nodiscard]] const Scenario &scenario() const noexcept { return m_scenario; }
    [[nodiscard]] const Estimate &estimateAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void recompute();

    const Catalog *m_catalog = nullptr;
    Scenario m_scenario;
    QList<DecodeCalibration> m_calibrations; // per hardware row
    QList<Estimate> m_cells;                 // row-major
};

} // namespace Headroom
