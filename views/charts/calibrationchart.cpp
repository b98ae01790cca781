// Predicted against measured decode speed, with the 1:1 line and the shown range.
#include "calibrationchart.h"

#include "speedcheckmodel.h"

#include "palette.h"

#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace Headroom {

CalibrationChart::CalibrationChart(QWidget *parent)
    : ChartView(QStringLiteral("calibrationChart"), parent)
    , m_identity(new QLineSeries)
    , m_low(new QLineSeries)
    , m_high(new QLineSeries)
    , m_publishedSeries(new QScatterSeries)
    , m_yourSeries(new QScatterSeries)
    , m_prefillSeries(new QScatterSeries)
    , m_x(new QLogValueAxis)
    , m_y(new QLogValueAxis)
{
    QChart *c = chart();
    m_identity->setName(tr("Measured = predicted"));
    m_low->setName(tr("Shown range"));
    m_publishedSeries->setName(tr("Publications (source held out)"));
    m_yourSeries->setName(tr("Your llama-bench runs"));
    m_prefillSeries->setName(tr("Prompt processing"));
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{
             m_identity, m_low, m_high, m_publishedSeries, m_prefillSeries, m_yourSeries})
        c->addSeries(series);
    m_x->setTitleText(tr("Predicted (tokens/s, log scale)"));
    m_y->setTitleText(tr("Measured (tokens/s, log scale)"));
    for (QLogValueAxis *axis : {m_x, m_y}) {
        axis->setMinorTickCount(8);
        axis->setLabelFormat(QStringLiteral("%g"));
    }
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    // The second range line is drawn without a legend entry of its own.
    c->legend()->markers(m_high).first()->setVisible(false);
    chart()->setTitle(tr("Predicted against measured speed: decode and prompt processing"));
    setToolTip(tr("A point on the line was predicted exactly; above it, the box was faster than predicted. "
                  "Between the dashed lines: the range Headroom shows beside every speed."));
    restyle();
}

void CalibrationChart::setSource(const SpeedCheckModel *check)
{
    if (m_check)
        disconnect(m_check, nullptr, this, nullptr);
    m_check = check;
    if (m_check)
        connect(m_check, &SpeedCheckModel::prefillChecked, this, &CalibrationChart::requestReplot);
    requestReplot();
}

int CalibrationChart::publishedPointCount() const
{
    return int(m_publishedSeries->count());
}

int CalibrationChart::yourPointCount() const
{
    return int(m_yourSeries->count());
}

int CalibrationChart::prefillPointCount() const
{
    return int(m_prefillSeries->count());
}

void CalibrationChart::replot()
{
    if (!m_check)
        return;
    const QList<QPointF> &published = m_check->publishedPoints();
    const QList<QPointF> &yours = m_check->yourPoints();
    const QList<QPointF> &prefill = m_check->prefillPoints();
    double lo = 1e9, hi = 1;
    for (const QList<QPointF> *points : {&published, &yours, &prefill}) {
        for (const QPointF &p : *points) {
            lo = std::min({lo, p.x(), p.y()});
            hi = std::max({hi, p.x(), p.y()});
        }
    }
    if (lo > hi)
        lo = 1, hi = 1000;
    const double first = std::pow(10.0, std::floor(std::log10(std::max(0.1, lo))));
    const double last = std::pow(10.0, std::ceil(std::log10(hi)));
    m_identity->replace({{first, first}, {last, last}});
    m_low->replace({{first, first * m_check->rangeLow()}, {last, last * m_check->rangeLow()}});
    m_high->replace({{first, first * m_check->rangeHigh()}, {last, last * m_check->rangeHigh()}});
    m_publishedSeries->replace(published);
    m_yourSeries->replace(yours);
    m_prefillSeries->replace(prefill);
    m_x->setRange(first, last);
    m_y->setRange(first, last);
}

void CalibrationChart::restyle()
{
    m_identity->setPen(QPen(Palette::ceilingLine(isDark()), 2));
    for (QLineSeries *line : {m_low, m_high})
        line->setPen(QPen(Palette::ceilingLine(isDark()), 1, Qt::DashLine));
    m_publishedSeries->setMarkerSize(7);
    m_publishedSeries->setColor(QColor(128, 128, 128, 150));
    m_publishedSeries->setBorderColor(QColor(128, 128, 128, 200));
    m_prefillSeries->setMarkerShape(QScatterSeries::MarkerShapeTriangle); // shape, not only colour
    m_prefillSeries->setMarkerSize(8);
    m_prefillSeries->setColor(QColor(214, 120, 40, 140));
    m_prefillSeries->setBorderColor(QColor(214, 120, 40, 200));
    m_yourSeries->setMarkerShape(QScatterSeries::MarkerShapeRectangle); // shape, not only colour
    m_yourSeries->setMarkerSize(12);
    m_yourSeries->setColor(Palette::selection());
    m_yourSeries->setBorderColor(Palette::selection());
}

} // namespace Headroom
