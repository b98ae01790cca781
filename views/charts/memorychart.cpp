// A stacked bar per box: weights, KV cache, overhead and free memory.
#include "memorychart.h"

#include "format.h"
#include "palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace Headroom {

MemoryChart::MemoryChart(QWidget *parent)
    : ChartView(QStringLiteral("memoryChart"), parent)
    , m_series(new QHorizontalStackedBarSeries)
    , m_weights(new QBarSet(tr("Weights")))
    , m_kv(new QBarSet(tr("KV cache")))
    , m_overhead(new QBarSet(tr("Overhead")))
    , m_free(new QBarSet(tr("Free")))
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
    // Filled squares with each set's hatch: the series-shaped swatch of a bar set is an empty box.
    c->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    c->addAxis(m_boxes, Qt::AlignLeft);
    c->addAxis(m_memory, Qt::AlignBottom);
    m_series->attachAxis(m_boxes);
    m_series->attachAxis(m_memory);
    m_memory->setLabelFormat(QStringLiteral("%.0f"));
    // Numbers on the bars, so a printed page needs no ruler. The overhead is a sliver: its number
    // would sit on its neighbours', so it is left to the tooltip and the caption's total.
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    m_series->setLabelsPrecision(3);
    m_weights->setLabelColor(Qt::white);
    m_kv->setLabelColor(Qt::transparent); // often a sliver too (hybrid and MLA models): in the caption
    m_overhead->setLabelColor(Qt::transparent);
    m_free->setLabelColor(QColor(0x33, 0x33, 0x33));
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
    m_memory->setTitleText(tr("Memory (%1)").arg(Format::byteUnitName()));
    QList<qreal> weights, kv, overhead, free;
    QStringList names, tips;
    double longest = 1;
    // Qt stacks categories bottom-up: walk the bars backwards so the first one is on top.
    for (auto it = m_bars.crbegin(); it != m_bars.crend(); ++it) {
        const Bar &bar = *it;
        const Estimate &e = bar.estimate;
        if (!e.ok())
            continue;
        weights << Format::bytesInUnit(e.weightsOnDeviceBytes());
        kv << Format::bytesInUnit(e.kvCacheBytes + e.fixedStateBytes);
        overhead << Format::bytesInUnit(e.overheadBytes);
        free << std::max(0.0, Format::bytesInUnit(e.headroomBytes));
        // Short enough to leave the bars room (the axis cuts long names): the verdict only where it
        // is not "comfortable"; the sizes are on the bars and in the tooltip.
        names << (e.headroomBytes < 0 ? tr("%1: %2 short").arg(bar.label, Format::bytes(-e.headroomBytes))
                  : e.verdict == Verdict::Comfortable ? bar.label
                                                      : tr("%1 (%2)").arg(bar.label, verdictText(e.verdict)));
        tips << tr("%1: %2 needed of %3 usable (weights on the device %4, KV cache %5, overhead %6)")
                    .arg(bar.label, Format::bytes(e.totalBytes), Format::bytes(e.usableBytes),
                         Format::bytes(e.weightsOnDeviceBytes()), Format::bytes(e.kvCacheBytes + e.fixedStateBytes),
                         Format::bytes(e.overheadBytes));
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
    setToolTip(tips.join(QLatin1Char('\n')));
    m_memory->setRange(0, longest * 1.05);
    m_memory->applyNiceNumbers();
}

} // namespace Headroom
