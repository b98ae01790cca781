#include "contextchart.h"

#include "engine.h"
#include "format.h"

#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Headroom {

ContextChart::ContextChart(QWidget *parent)
    : QChartView(parent)
    , m_memory(new QLineSeries)
    , m_usable(new QLineSeries)
    , m_maxContext(new QLineSeries)
    , m_current(new QLineSeries)
    , m_speed(new QLineSeries)
    , m_x(new QLogValueAxis)
    , m_memoryAxis(new QValueAxis)
    , m_speedAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("contextChart"));
    setRenderHint(QPainter::Antialiasing);
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    m_memory->setName(tr("Memory"));
    styleSeries();
    for (QLineSeries *s : {m_memory, m_usable, m_maxContext, m_current, m_speed})
        c->addSeries(s);
    m_x->setBase(2);
    m_x->setLabelFormat(QStringLiteral("%gK"));
    m_x->setTitleText(tr("Context length (K tokens, log scale)"));
    m_speedAxis->setTitleText(tr("Decode speed (tokens/s)"));
    m_speedAxis->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_memoryAxis, Qt::AlignLeft);
    c->addAxis(m_speedAxis, Qt::AlignRight);
    for (QLineSeries *s : {m_memory, m_usable, m_maxContext, m_current, m_speed})
        s->attachAxis(m_x);
    for (QLineSeries *s : {m_memory, m_usable, m_maxContext, m_current})
        s->attachAxis(m_memoryAxis);
    m_speed->attachAxis(m_speedAxis);
}

int ContextChart::samples() const
{
    return int(m_memory->count());
}

void ContextChart::update(const ModelSpec &model, const HardwareSpec &hardware, const Scenario &scenario,
                          const DecodeCalibration &calibration)
{
    chart()->setTitle(tr("%1 on %2 · %3 · %4 KV cache")
                          .arg(model.name, hardware.name, scenario.quant.name, kvTypeName(scenario.kvType)));
    m_memoryAxis->setTitleText(tr("Memory (%1)").arg(Format::byteUnitName()));
    const double first = 1024;
    const double last = std::max({double(model.maxContext), scenario.contextTokens, 8192.0});
    QList<QPointF> memory, speed;
    double top = 0, fastest = 0;
    Estimate atCurrent = Engine::estimate(model, hardware, scenario, calibration);
    constexpr int kSamples = 48;
    for (int i = 0; i <= kSamples; ++i) {
        Scenario s = scenario;
        s.contextTokens = std::round(first * std::pow(last / first, double(i) / kSamples));
        const Estimate e = Engine::estimate(model, hardware, s, calibration);
        if (!e.ok())
            continue;
        memory.append({s.contextTokens / 1024, Format::bytesInUnit(e.totalBytes)});
        top = std::max(top, Format::bytesInUnit(e.totalBytes));
        if (e.decodeTokS) {
            speed.append({s.contextTokens / 1024, *e.decodeTokS});
            fastest = std::max(fastest, *e.decodeTokS);
        }
    }
    const bool hosted = hardware.isCloud();
    const double usable = Format::bytesInUnit(atCurrent.usableBytes);
    top = std::max(top, usable) * 1.1;
    m_memory->replace(memory);
    m_speed->replace(speed);
    m_usable->replace(hosted ? QList<QPointF>{} : QList<QPointF>{{first / 1024, usable}, {last / 1024, usable}});
    const double maxContext = atCurrent.maxContextTokens;
    m_maxContext->replace(hosted || maxContext < first
                              ? QList<QPointF>{}
                              : QList<QPointF>{{maxContext / 1024, 0}, {maxContext / 1024, top}});
    m_current->replace({{scenario.contextTokens / 1024, 0}, {scenario.contextTokens / 1024, top}});
    m_x->setRange(first / 1024, last / 1024);
    m_memoryAxis->setRange(0, std::max(1.0, top));
    m_memoryAxis->applyNiceNumbers();
    m_speedAxis->setRange(0, std::max(1.0, fastest * 1.1));
    m_speedAxis->applyNiceNumbers();
}

void ContextChart::setDark(bool dark)
{
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    styleSeries();
}

void ContextChart::styleSeries()
{
    m_memory->setPen(QPen(QColor(0x4c, 0x72, 0xb0), 3));
    m_usable->setName(tr("Usable"));
    const bool dark = chart()->theme() == QChart::ChartThemeDark;
    m_usable->setPen(QPen(dark ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x33, 0x33, 0x33), 2, Qt::DashLine));
    m_maxContext->setName(tr("Largest fit"));
    m_maxContext->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2, Qt::DotLine));
    m_current->setName(tr("Current"));
    m_current->setPen(QPen(QColor(0x2e, 0x8b, 0x57), 2, Qt::DashDotLine));
    m_speed->setName(tr("tok/s"));
    m_speed->setPen(QPen(QColor(0xdd, 0x84, 0x52), 2));
}

} // namespace Headroom
