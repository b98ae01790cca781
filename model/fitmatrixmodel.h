#pragma once

#include "catalog.h"
#include "estimate.h"
#include "scenario.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Headroom {

// Hardware rows × model columns; each cell is the engine's estimate for that pair under the
// current scenario. Cells are computed when first asked for (a view asks only for what it
// paints) and cached until the scenario changes, which emits one dataChanged.
class FitMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FitMatrixModel)

public:
    explicit FitMatrixModel(QObject *parent = nullptr);

    void setCatalog(const Catalog *catalog);
    void setScenario(const Scenario &scenario);
    [[nodiscard]] const Scenario &scenario() const noexcept { return m_scenario; }
    // By value: a later insertion may rehash the cache and move what a reference pointed at.
    [[nodiscard]] Estimate estimateAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Catalog *m_catalog = nullptr;
    Scenario m_scenario;
    QList<DecodeCalibration> m_calibrations; // per hardware row
    mutable QHash<qint64, Estimate> m_cache; // row-major cell index → estimate
};

} // namespace Headroom
