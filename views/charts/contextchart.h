#pragma once

#include "catalog.h"
#include "scenario.h"

#include <QChartView>

class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace Headroom {

// Context sweep for the selected pair: memory needed against context length, with the
// usable-memory line and the largest context that fits marked, and decode speed on a
// second axis. Shows why a model that loads may still not hold a long session.
class ContextChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextChart)

public:
    explicit ContextChart(QWidget *parent = nullptr);
    // Light or dark chart theme; series keep their meaning-carrying colours either way.
    void setDark(bool dark);
    void update(const ModelSpec &model, const HardwareSpec &hardware, const Scenario &scenario,
                const DecodeCalibration &calibration);
    [[nodiscard]] int samples() const;

private:
    void styleSeries();
    QLineSeries *m_memory;
    QLineSeries *m_usable;
    QLineSeries *m_maxContext;
    QLineSeries *m_current;
    QLineSeries *m_speed;
    QLogValueAxis *m_x;
    QValueAxis *m_memoryAxis;
    QValueAxis *m_speedAxis;
};

} // namespace Headroom
