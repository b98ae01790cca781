// Memory and decode speed of the selected pair as the context grows.
#include "contextchart.h"

#include "contextsweepmodel.h"
#include "format.h"
#include "palette.h"
#include "roles.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>

namespace Headroom {

ContextChart::ContextChart(QWidget *parent)
    : ChartView(QStringLiteral("contextChart"), parent)
    , m_memory(new QLineSeries)
    , m_usable(new QLineSeries)
    , m_maxContext(new QLineSeries)
    , m_current(new QLineSeries)
    , m_speed(new QLineSeries)
    , m_beyondLow(new QLineSeries(this))
    , m_beyondHigh(new QLineSeries(this))
    , m_beyond(new QAreaSeries(m_beyondHigh, m_beyondLow))
    , m_x(new QLogValueAxis)
    , m_memoryAxis(new QValueAxis)
    , m_speedAxis(new QValueAxis)
{
    QChart *c = chart();
    m_memory->setName(tr("Memory needed"));
    m_usable->setName(tr("Usable"));
    m_maxContext->setName(tr("Largest context that fits"));
    m_current->setName(tr("Current context"));
    m_speed->setName(tr("Decode tok/s (right)"));
    m_beyond->setName(tr("Beyond the model's context"));
    for (QAbstractSeries *s :
         std::initializer_list<QAbstractSeries *>{m_beyond, m_memory, m_usable, m_maxContext, m_current, m_speed})
        c->addSeries(s);
    m_x->setBase(2);
    m_x->setLabelFormat(QStringLiteral("%gK"));
    m_x->setTitleText(tr("Context length (K tokens, log scale)"));
    m_speedAxis->setTitleText(tr("Decode speed (tokens/s)"));
    m_speedAxis->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_memoryAxis, Qt::AlignLeft);
    c->addAxis(m_speedAxis, Qt::AlignRight);
    for (QAbstractSeries *s : c->series())
        s->attachAxis(m_x);
    for (QAbstractSeries *s :
         std::initializer_list<QAbstractSeries *>{m_beyond, m_memory, m_usable, m_maxContext, m_current})
        s->attachAxis(m_memoryAxis);
    m_speed->attachAxis(m_speedAxis);
    restyle();
}

void ContextChart::setSource(const ContextSweepModel *sweep, const QString &title)
{
    if (m_sweep)
        disconnect(m_sweep, nullptr, this, nullptr);
    m_sweep = sweep;
    m_title = title;
    connect(sweep, &QAbstractItemModel::dataChanged, this, &ContextChart::requestReplot);
    connect(sweep, &QAbstractItemModel::modelReset, this, &ContextChart::requestReplot);
    requestReplot();
}

void ContextChart::setTitleText(const QString &title)
{
    m_title = title;
    chart()->setTitle(title);
}

int ContextChart::samples() const
{
    return int(m_memory->count());
}

bool ContextChart::shadesBeyondLimit() const
{
    return m_beyondHigh->count() > 0;
}

void ContextChart::replot()
{
    if (!m_sweep)
        return;
    chart()->setTitle(m_title);
    m_memoryAxis->setTitleText(tr("Memory (%1)").arg(Format::byteUnitName()));
    const Estimate &now = m_sweep->current();
    const double limit = now.ok() ? now.contextLimitTokens : 0;
    QList<QPointF> memory, speed;
    double top = 0, fastest = 0;
    for (int r = 0; r < m_sweep->rowCount(); ++r) {
        const double context = m_sweep->index(r, ContextSweepModel::ContextColumn).data(RawValueRole).toDouble();
        if (limit > 0 && context > limit)
            break; // past the model's context there is nothing to plot
        const QVariant bytes = m_sweep->index(r, ContextSweepModel::MemoryColumn).data(RawValueRole);
        if (bytes.isValid()) {
            memory.append({context / 1024, Format::bytesInUnit(bytes.toDouble())});
            top = std::max(top, memory.last().y());
        }
        const QVariant tokS = m_sweep->index(r, ContextSweepModel::DecodeColumn).data(RawValueRole);
        if (tokS.isValid()) {
            speed.append({context / 1024, tokS.toDouble()});
            fastest = std::max(fastest, tokS.toDouble());
        }
    }
    const double first = ContextSweepModel::kFirstContext / 1024;
    const double last = m_sweep->lastContext() / 1024;
    const double usable = now.ok() ? Format::bytesInUnit(now.usableBytes) : 0;
    top = std::max(top, usable) * 1.1;
    m_memory->replace(memory);
    m_speed->replace(speed);
    m_usable->replace(usable > 0 ? QList<QPointF>{{first, usable}, {last, usable}} : QList<QPointF>{});
    const double fit = now.ok() ? now.maxContextTokens / 1024 : 0;
    m_maxContext->replace(fit >= first ? QList<QPointF>{{fit, 0}, {fit, top}} : QList<QPointF>{});
    const double current = m_sweep->currentContext() / 1024;
    m_current->replace({{current, 0}, {current, top}});
    const bool beyond = limit > 0 && last > limit / 1024;
    m_beyondLow->replace(beyond ? QList<QPointF>{{limit / 1024, 0}, {last, 0}} : QList<QPointF>{});
    m_beyondHigh->replace(beyond ? QList<QPointF>{{limit / 1024, top}, {last, top}} : QList<QPointF>{});
    m_beyond->setVisible(beyond);
    m_x->setRange(first, last);
    m_memoryAxis->setRange(0, std::max(1.0, top));
    m_memoryAxis->applyNiceNumbers();
    m_speedAxis->setRange(0, std::max(1.0, fastest * 1.1));
    m_speedAxis->applyNiceNumbers();
}

void ContextChart::restyle()
{
    m_memory->setPen(QPen(Palette::weights(), 3));
    m_usable->setPen(QPen(Palette::ceilingLine(isDark()), 2, Qt::DashLine));
    m_maxContext->setPen(QPen(Palette::verdictColor(Verdict::NoFit), 2, Qt::DotLine));
    m_current->setPen(QPen(Palette::verdictColor(Verdict::Comfortable), 2, Qt::DashDotLine));
    m_speed->setPen(QPen(Palette::kvCache(), 2));
    QColor shade = Palette::verdictColor(Verdict::ExceedsModelContext);
    shade.setAlpha(60);
    m_beyond->setBrush(QBrush(shade, Qt::BDiagPattern));
    m_beyond->setPen(Qt::NoPen);
}

} // namespace Headroom
