// Memory and decode speed of the selected pair as the context grows.
#pragma once

#include "chartview.h"

class QAreaSeries;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace Headroom {

class ContextSweepModel;

// Memory and decode speed of the selected pair as the context grows, against usable memory.
// Reads a ContextSweepModel; the region past the model's maximum context is shaded, and nothing
// is drawn there as if the model could use it.
class ContextChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextChart)

public:
    explicit ContextChart(QWidget *parent = nullptr);
    void setSource(const ContextSweepModel *sweep, const QString &title);
    void setTitleText(const QString &title);
    [[nodiscard]] int samples() const;
    [[nodiscard]] bool shadesBeyondLimit() const;

protected:
    void replot() override;
    void restyle() override;

private:
    const ContextSweepModel *m_sweep = nullptr;
    QString m_title;
    QLineSeries *m_memory;
    QLineSeries *m_usable;
    QLineSeries *m_maxContext;
    QLineSeries *m_current;
    QLineSeries *m_speed;
    QLineSeries *m_beyondLow;
    QLineSeries *m_beyondHigh;
    QAreaSeries *m_beyond;
    QLogValueAxis *m_x;
    QValueAxis *m_memoryAxis;
    QValueAxis *m_speedAxis;
};

} // namespace Headroom
