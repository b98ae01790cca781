// Every box × model estimate for one scenario, computed when first asked for and cached.
#pragma once

#include "estimate.h"
#include "scenario.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Headroom {

class CatalogStore;

// Every box × model estimate under one scenario, computed when first asked for and cached until
// the scenario or that box or model changes. The fit matrix, the selected pair's panel, the
// charts and the filters all read the same cells, so one pair never reads two ways.
class EstimateGrid final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EstimateGrid)

public:
    explicit EstimateGrid(const CatalogStore *store, QObject *parent = nullptr);
    ~EstimateGrid() override;

    [[nodiscard]] const CatalogStore &store() const noexcept { return *m_store; }
    [[nodiscard]] const Scenario &scenario() const noexcept { return m_scenario; }
    void setScenario(const Scenario &scenario);
    // By value: a later insertion may rehash the cache and move what a reference pointed at.
    [[nodiscard]] Estimate at(int hardwareRow, int modelRow) const;
    // The same cell's numbers without its words, for a chart that reads a whole row or column of a
    // big catalog each step: nothing is cached per cell, only each side's terms.
    [[nodiscard]] EstimateFigures figuresAt(int hardwareRow, int modelRow) const;

Q_SIGNALS:
    void scenarioChanged(); // every cell changed
    void hardwareChanged(int row);
    void modelChanged(int row);
    void aboutToReset(); // rows of the catalog change
    void reset();

private:
    struct Terms;
    [[nodiscard]] Terms termsOf(int hardwareRow, int modelRow) const;
    void dropWhere(bool (*matches)(quint64 key, int row), int row);

    const CatalogStore *m_store;
    Scenario m_scenario;
    mutable QHash<quint64, Estimate> m_cache; // (hardware row << 32 | model row) → estimate
    // Each model's and box's share of a pair under m_scenario, worked out once for all its cells.
    struct Sides;
    std::unique_ptr<Sides> m_sides;
};

} // namespace Headroom
