#include "qualitychart.h"

#include "engine.h"
#include "format.h"

#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Headroom {

QualityChart::QualityChart(QWidget *parent)
    : QChartView(parent)
    , m_verifiedFits(new QScatterSeries)
    , m_verifiedNoFit(new QScatterSeries)
    , m_proOnly(new QScatterSeries)
    , m_x(new QLogValueAxis)
    , m_verifiedAxis(new QValueAxis)
    , m_proAxis(new QValueAxis)
    , m_verifiedLabels(chart())
    , m_proLabels(chart())
{
    setObjectName(QStringLiteral("qualityChart"));
    setRenderHint(QPainter::Antialiasing);
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    m_verifiedFits->setName(tr("Verified, fits"));
    styleSeries();
    for (QScatterSeries *s : {m_verifiedFits, m_verifiedNoFit, m_proOnly}) {
        s->setMarkerSize(11);
        c->addSeries(s);
    }
    m_x->setBase(10);
    m_x->setLabelFormat(QStringLiteral("%g"));
    m_x->setMinorTickCount(8);
    m_x->setTitleText(tr("Decode speed on this box (tokens/s, log scale)"));
    m_verifiedAxis->setTitleText(tr("SWE-bench Verified (%)"));
    m_proAxis->setTitleText(tr("SWE-bench Pro (%), a harder exam"));
    m_verifiedAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_proAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_proAxis->setLinePenColor(QColor(0x80, 0x5a, 0xb0));
    m_proAxis->setGridLineVisible(false);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_verifiedAxis, Qt::AlignLeft);
    c->addAxis(m_proAxis, Qt::AlignRight);
    for (QScatterSeries *s : {m_verifiedFits, m_verifiedNoFit, m_proOnly})
        s->attachAxis(m_x);
    m_verifiedFits->attachAxis(m_verifiedAxis);
    m_verifiedNoFit->attachAxis(m_verifiedAxis);
    m_proOnly->attachAxis(m_proAxis);
}

void QualityChart::setCatalog(const Catalog *catalog)
{
    m_catalog = catalog;
}

int QualityChart::verifiedCount() const
{
    return int(m_verifiedFits->count() + m_verifiedNoFit->count());
}

int QualityChart::proOnlyCount() const
{
    return int(m_proOnly->count());
}

void QualityChart::update(const HardwareSpec &hardware, const Scenario &scenario)
{
    if (!m_catalog)
        return;
    chart()->setTitle(
        tr("%1 · %2 · %3 context").arg(hardware.name, scenario.quant.name, Format::tokens(scenario.contextTokens)));
    QList<QPointF> fits, noFit, pro, verifiedPoints;
    QStringList verifiedNames, proNames;
    double slowest = 1e9, fastest = 0;
    const DecodeCalibration calibration = m_catalog->calibrationFor(hardware.backend);
    for (const ModelSpec &m : m_catalog->models) {
        if (!m.sweVerified && !m.swePro)
            continue;
        Scenario s = scenario;
        s.gpus = 0;
        const Estimate e = Engine::estimate(m, hardware, s, calibration);
        if (!e.ok() || !e.decodeTokS)
            continue;
        const double speed = *e.decodeTokS;
        slowest = std::min(slowest, speed);
        fastest = std::max(fastest, speed);
        if (m.sweVerified) {
            const QPointF p(speed, m.sweVerified->percent);
            (e.verdict == Verdict::NoFit ? noFit : fits).append(p);
            verifiedPoints.append(p);
            verifiedNames.append(m.name);
        } else {
            pro.append({speed, m.swePro->percent});
            proNames.append(m.name + tr(" (Pro)"));
        }
    }
    m_verifiedFits->replace(fits);
    m_verifiedNoFit->replace(noFit);
    m_proOnly->replace(pro);
    if (fastest <= 0) {
        slowest = 1;
        fastest = 10;
    }
    m_x->setRange(std::pow(10.0, std::floor(std::log10(slowest * 0.8))),
                  std::pow(10.0, std::ceil(std::log10(fastest * 1.25))));
    m_verifiedAxis->setRange(30, 90);
    m_proAxis->setRange(30, 90);
    m_verifiedLabels.set(verifiedPoints, verifiedNames, m_verifiedFits);
    m_proLabels.set(pro, proNames, m_proOnly);
}

void QualityChart::setDark(bool dark)
{
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    styleSeries();
}

void QualityChart::styleSeries()
{
    m_verifiedFits->setColor(QColor(0x2e, 0x8b, 0x57));
    m_verifiedFits->setBorderColor(QColor(0x2e, 0x8b, 0x57));
    m_verifiedNoFit->setName(tr("Verified, no fit"));
    m_verifiedNoFit->setColor(Qt::transparent);
    m_verifiedNoFit->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2));
    m_proOnly->setName(tr("Pro only (right)"));
    m_proOnly->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_proOnly->setColor(QColor(0x80, 0x5a, 0xb0));
}

} // namespace Headroom
