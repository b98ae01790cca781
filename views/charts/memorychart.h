// A stacked bar per box: weights, KV cache, overhead and free memory.
#pragma once

#include "chartview.h"
#include "estimate.h"

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace Headroom {

// A horizontal stacked bar per (box, estimate): weights, KV cache, overhead, and free memory up
// to usable. Sets differ by hatch as well as colour, so the figure reads in black and white.
// It draws estimates it is given (the comparison's, a matrix column's); it computes none.
class MemoryChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryChart)

public:
    struct Bar
    {
        QString label; // the box (and the model, where bars run different ones)
        Estimate estimate;
    };

    explicit MemoryChart(QWidget *parent = nullptr);
    void plotBars(const QString &title, const QList<Bar> &bars);
    [[nodiscard]] int boxCount() const;

protected:
    void replot() override;

private:
    QString m_title;
    QList<Bar> m_bars;
    QHorizontalStackedBarSeries *m_series;
    QBarSet *m_weights;
    QBarSet *m_kv;
    QBarSet *m_overhead;
    QBarSet *m_free;
    QBarCategoryAxis *m_boxes;
    QValueAxis *m_memory;
};

} // namespace Headroom
