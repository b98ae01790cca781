#pragma once

#include "catalog.h"
#include "scenario.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace Headroom {

// One model on several boxes: a horizontal stacked bar per box (weights, KV cache,
// overhead, free memory up to usable). Sets differ by hatch as well as colour, so the
// figure still reads when printed in black and white.
class MemoryChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryChart)

public:
    explicit MemoryChart(QWidget *parent = nullptr);
    void update(const Catalog &catalog, const ModelSpec &model, const QList<HardwareSpec> &boxes,
                const Scenario &scenario);
    [[nodiscard]] int boxCount() const;

private:
    QHorizontalStackedBarSeries *m_series;
    QBarSet *m_weights;
    QBarSet *m_kv;
    QBarSet *m_overhead;
    QBarSet *m_free;
    QBarCategoryAxis *m_boxes;
    QValueAxis *m_memory;
};

} // namespace Headroom
