// Predicted against measured decode speed, with the 1:1 line and the shown range.
#pragma once

#include "chartview.h"

class QLineSeries;
class QLogValueAxis;
class QScatterSeries;

namespace Headroom {

class SpeedCheckModel;

// How far to trust a speed: predicted (x) against measured (y) tokens/s on log axes, with the 1:1
// line and decode's shown range around it. Grey points are the built-in decode publications, each
// predicted by a fit that never saw its source; triangles the prompt-processing ones, each publisher
// held out; the user's own llama-bench runs are drawn on top, each as predicted by the published fit
// before their calibration.
class CalibrationChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrationChart)

public:
    explicit CalibrationChart(QWidget *parent = nullptr);

    // Draws what `check` holds (the model is read, never copied beyond one redraw).
    void setSource(const SpeedCheckModel *check);
    [[nodiscard]] int publishedPointCount() const;
    [[nodiscard]] int yourPointCount() const;
    [[nodiscard]] int prefillPointCount() const;

protected:
    void replot() override;
    void restyle() override;

private:
    const SpeedCheckModel *m_check = nullptr;
    QLineSeries *m_identity;
    QLineSeries *m_low;
    QLineSeries *m_high;
    QScatterSeries *m_publishedSeries;
    QScatterSeries *m_yourSeries;
    QScatterSeries *m_prefillSeries;
    QLogValueAxis *m_x;
    QLogValueAxis *m_y;
};

} // namespace Headroom
