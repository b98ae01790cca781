#include "memorychart.h"

#include "format.h"
#include "palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace Headroom {

MemoryChart::MemoryChart(QWidget *parent)
    : ChartView(QStringLiteral("memoryChart"), parent)
    , m_series(new QHorizontalStackedBarSeries)
    , m_weights(new QBarSet(tr("Weights")))
    , m_kv(new QBarSet(tr("KV cache")))
    , m_overhead(new QBarSet(tr("Overhead")))
    , m_free(new QBarSet(tr("Free (to usable)")))
    , m_boxes(new QBarCategoryAxis)
    , m_memory(new QValueAxis)
{
    QChart *c = chart();
    const struct
    {
        QBarSet *set;
        QColor color;
        Qt::BrushStyle style;
    } looks[] = {
        {m_weights, Palette::weights(), Qt::SolidPattern},
        {m_kv, Palette::kvCache(), Qt::BDiagPattern},
        {m_overhead, QColor(0x70, 0x70, 0x70), Qt::Dense4Pattern},
        {m_free, Qt::white, Qt::NoBrush},
    };
    for (const auto &look : looks) {
        look.set->setBrush(look.style == Qt::NoBrush ? QBrush(Qt::white) : QBrush(look.color, look.style));
        look.set->setPen(QPen(look.style == Qt::SolidPattern ? look.color : QColor(0x33, 0x33, 0x33), 1));
        m_series->append(look.set);
    }
    c->addSeries(m_series);
    c->addAxis(m_boxes, Qt::AlignLeft);
    c->addAxis(m_memory, Qt::AlignBottom);
    m_series->attachAxis(m_boxes);
    m_series->attachAxis(m_memory);
    m_memory->setLabelFormat(QStringLiteral("%.0f"));
}

int MemoryChart::boxCount() const
{
    return int(m_boxes->count());
}

void MemoryChart::plotBars(const QString &title, const QList<Bar> &bars)
{
    m_title = title;
    m_bars = bars;
    requestReplot();
}

void MemoryChart::replot()
{
    chart()->setTitle(m_title);
    m_memory->setTitleText(
        tr("Memory (%1); each bar ends at usable memory when the model fits").arg(Format::byteUnitName()));
    QList<qreal> weights, kv, overhead, free;
    QStringList names;
    double longest = 1;
    for (const Bar &bar : std::as_const(m_bars)) {
        const Estimate &e = bar.estimate;
        if (!e.ok())
            continue;
        weights << Format::bytesInUnit(e.weightsBytes);
        kv << Format::bytesInUnit(e.kvCacheBytes + e.fixedStateBytes);
        overhead << Format::bytesInUnit(e.overheadBytes);
        free << std::max(0.0, Format::bytesInUnit(e.headroomBytes));
        names << (e.headroomBytes < 0
                      ? tr("%1 — %2 (%3 short)").arg(bar.label, verdictText(e.verdict), Format::bytes(-e.headroomBytes))
                      : tr("%1 — %2").arg(bar.label, verdictText(e.verdict)));
        longest = std::max(longest, Format::bytesInUnit(std::max(e.totalBytes, e.usableBytes)));
    }
    const auto fill = [](QBarSet *set, const QList<qreal> &values) {
        set->remove(0, set->count());
        set->append(values);
    };
    fill(m_weights, weights);
    fill(m_kv, kv);
    fill(m_overhead, overhead);
    fill(m_free, free);
    m_boxes->clear();
    m_boxes->append(names);
    m_memory->setRange(0, longest * 1.05);
    m_memory->applyNiceNumbers();
}

} // namespace Headroom
