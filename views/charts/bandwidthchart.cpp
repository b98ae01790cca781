#include "bandwidthchart.h"

#include "engine.h"
#include "format.h"

#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace Headroom {

BandwidthChart::BandwidthChart(QWidget *parent)
    : QChartView(parent)
    , m_ceiling(new QLineSeries)
    , m_estimate(new QLineSeries)
    , m_fits(new QScatterSeries)
    , m_noFit(new QScatterSeries)
    , m_selected(new QScatterSeries)
    , m_x(new QLogValueAxis)
    , m_y(new QLogValueAxis)
    , m_labels(chart())
{
    setObjectName(QStringLiteral("bandwidthChart"));
    setRenderHint(QPainter::Antialiasing);
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation); // live data: no animations
    c->legend()->setAlignment(Qt::AlignBottom);
    m_ceiling->setName(tr("Ceiling"));
    m_estimate->setName(tr("Estimate"));
    styleSeries();
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_ceiling), static_cast<QAbstractSeries *>(m_estimate),
          static_cast<QAbstractSeries *>(m_fits), static_cast<QAbstractSeries *>(m_noFit),
          static_cast<QAbstractSeries *>(m_selected)})
        c->addSeries(series);
    // Log axes: boxes span 200 GB/s to 30 TB/s, and the ceiling stays a straight line.
    m_x->setTitleText(tr("Memory bandwidth (GB/s, log scale)"));
    m_y->setTitleText(tr("Decode speed (tokens/s, log scale)"));
    m_x->setMinorTickCount(8);
    m_y->setMinorTickCount(8);
    setToolTip(tr("Dashed: bandwidth ÷ bytes read per token. Solid: the calibrated estimate. "
                  "Filled points fit the box, hollow points do not."));
    m_x->setLabelFormat(QStringLiteral("%g"));
    m_y->setLabelFormat(QStringLiteral("%g"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
}

void BandwidthChart::setCatalog(const Catalog *catalog)
{
    m_catalog = catalog;
}

int BandwidthChart::pointCount() const
{
    return int(m_fits->count() + m_noFit->count());
}

void BandwidthChart::update(const ModelSpec &model, const Scenario &scenario, const QStringList &selectedHardwareIds)
{
    if (!m_catalog)
        return;
    chart()->setTitle(
        tr("%1 · %2 · %3 context · %4 KV cache")
            .arg(model.name, scenario.quant.name, Format::tokens(scenario.contextTokens), kvTypeName(scenario.kvType)));
    QList<QPointF> fits, noFit, selected, labelPoints;
    QStringList names;
    double maxBandwidth = 0, maxSpeed = 0, bytesPerToken = 0;
    for (const HardwareSpec &h : m_catalog->hardware) {
        if (h.isCloud())
            continue;
        Scenario s = scenario;
        s.gpus = 0;
        const Estimate e = Engine::estimate(model, h, s, m_catalog->calibrationFor(h.backend));
        if (!e.ok())
            continue;
        bytesPerToken = e.bytesPerToken;
        const double bandwidth = h.bandwidthBytesPerSecond * e.gpus / 1e9;
        const QPointF point(bandwidth, *e.decodeTokS);
        (e.verdict == Verdict::NoFit ? noFit : fits).append(point);
        if (selectedHardwareIds.contains(h.id))
            selected.append(point);
        // Selected boxes are labelled first, so they keep their names when space runs out.
        const qsizetype at = selectedHardwareIds.contains(h.id) ? selected.size() - 1 : labelPoints.size();
        labelPoints.insert(at, point);
        names.insert(at, h.name);
        maxBandwidth = std::max(maxBandwidth, bandwidth);
        maxSpeed = std::max(maxSpeed, *e.decodeCeilingTokS);
    }
    const double xMin = 100.0, xMax = maxBandwidth * 1.5;
    QList<QPointF> ceiling, estimate;
    const DecodeCalibration cuda = m_catalog->calibrationFor(QStringLiteral("CUDA"));
    double yMin = maxSpeed;
    for (int i = 0; i <= 60; ++i) {
        const double bw = xMin * std::pow(xMax / xMin, i / 60.0);
        const double top = bytesPerToken > 0 ? bw * 1e9 / bytesPerToken : 1.0;
        const double est = std::max(1e-3, predictDecodeTokS(cuda, bw * 1e9, bytesPerToken, model.layers));
        ceiling.append({bw, top});
        estimate.append({bw, est});
        yMin = std::min(yMin, est);
    }
    for (const QPointF &p : labelPoints)
        yMin = std::min(yMin, p.y());
    m_ceiling->replace(ceiling);
    m_estimate->replace(estimate);
    m_fits->replace(fits);
    m_noFit->replace(noFit);
    m_selected->replace(selected);
    m_x->setRange(xMin, xMax);
    m_y->setRange(std::max(1e-3, std::pow(10.0, std::floor(std::log10(std::max(1e-3, yMin))))),
                  std::pow(10.0, std::ceil(std::log10(std::max(1.0, maxSpeed * 1.2)))));

    m_labels.set(labelPoints, names, m_fits);
}

void BandwidthChart::setDark(bool dark)
{
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    styleSeries();
}

void BandwidthChart::styleSeries()
{
    const bool dark = chart()->theme() == QChart::ChartThemeDark;
    QPen dashed(dark ? QColor(0xcc, 0xcc, 0xcc) : QColor(0x55, 0x55, 0x55), 2, Qt::DashLine);
    m_ceiling->setPen(dashed);
    m_estimate->setPen(QPen(QColor(0x4c, 0x72, 0xb0), 2));
    m_fits->setName(tr("Fits"));
    m_fits->setMarkerSize(11);
    m_fits->setColor(QColor(0x2e, 0x8b, 0x57));
    m_fits->setBorderColor(QColor(0x2e, 0x8b, 0x57));
    m_noFit->setName(tr("Does not fit"));
    m_noFit->setMarkerSize(11);
    m_noFit->setColor(Qt::transparent);
    m_noFit->setBorderColor(QColor(0xc0, 0x39, 0x2b));
    m_noFit->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2));
    m_selected->setName(tr("Selected"));
    m_selected->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_selected->setMarkerSize(15);
    m_selected->setColor(Qt::transparent);
    m_selected->setPen(QPen(QColor(0x2f, 0x6f, 0xb3), 3));
}

} // namespace Headroom
