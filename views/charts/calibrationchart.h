#pragma once

#include "catalog.h"
#include "chartview.h"
#include "speedfit.h"

class QLineSeries;
class QLogValueAxis;
class QScatterSeries;

namespace Headroom {

// How far to trust a speed: predicted (x) against measured (y) decode tokens/s on log axes, with
// the 1:1 line and the shown range around it. Grey points are the built-in publications, each
// predicted by a fit that never saw its source; the user's own llama-bench runs are drawn on top,
// each as predicted by the published fit before their calibration.
class CalibrationChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrationChart)

public:
    explicit CalibrationChart(QWidget *parent = nullptr);

    void setData(const QList<SpeedMeasurement> &published, const SpeedFit::Validation &validation,
                 const QMap<QString, MeasuredCalibration> &yours);
    [[nodiscard]] int publishedPointCount() const;
    [[nodiscard]] int yourPointCount() const;

protected:
    void replot() override;
    void restyle() override;

private:
    QList<QPointF> m_published;
    QList<QPointF> m_yours;
    double m_rangeLow = 1.0;
    double m_rangeHigh = 1.0;
    QLineSeries *m_identity;
    QLineSeries *m_low;
    QLineSeries *m_high;
    QScatterSeries *m_publishedSeries;
    QScatterSeries *m_yourSeries;
    QLogValueAxis *m_x;
    QLogValueAxis *m_y;
};

} // namespace Headroom
