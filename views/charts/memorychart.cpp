#include "memorychart.h"

#include "engine.h"
#include "format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace Headroom {

MemoryChart::MemoryChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QHorizontalStackedBarSeries)
    , m_weights(new QBarSet(tr("Weights")))
    , m_kv(new QBarSet(tr("KV cache")))
    , m_overhead(new QBarSet(tr("Overhead")))
    , m_free(new QBarSet(tr("Free (to usable)")))
    , m_boxes(new QBarCategoryAxis)
    , m_memory(new QValueAxis)
{
    setObjectName(QStringLiteral("memoryChart"));
    setRenderHint(QPainter::Antialiasing);
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    const struct
    {
        QBarSet *set;
        QColor color;
        Qt::BrushStyle style;
    } looks[] = {
        {m_weights, QColor(0x4c, 0x72, 0xb0), Qt::SolidPattern},
        {m_kv, QColor(0xdd, 0x84, 0x52), Qt::BDiagPattern},
        {m_overhead, QColor(0x70, 0x70, 0x70), Qt::Dense4Pattern},
        {m_free, QColor(0xff, 0xff, 0xff), Qt::NoBrush},
    };
    for (const auto &look : looks) {
        QBrush brush(look.color, look.style);
        look.set->setBrush(look.style == Qt::NoBrush ? QBrush(Qt::white) : brush);
        look.set->setPen(QPen(look.style == Qt::SolidPattern ? look.color : QColor(0x33, 0x33, 0x33), 1));
        m_series->append(look.set);
    }
    m_kv->setBrush(QBrush(QColor(0xdd, 0x84, 0x52), Qt::BDiagPattern));
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

void MemoryChart::update(const Catalog &catalog, const ModelSpec &model, const QList<HardwareSpec> &boxes,
                         const Scenario &scenario)
{
    chart()->setTitle(
        tr("%1 · %2 · %3 context · %4 KV cache")
            .arg(model.name, scenario.quant.name, Format::tokens(scenario.contextTokens), kvTypeName(scenario.kvType)));
    m_memory->setTitleText(
        tr("Memory (%1); each bar ends at usable memory when the model fits").arg(Format::byteUnitName()));
    QList<qreal> weights, kv, overhead, free;
    QStringList names;
    double longest = 1;
    for (const HardwareSpec &h : boxes) {
        if (h.isCloud())
            continue;
        const Estimate e = Engine::estimate(model, h, scenario, catalog.calibrationFor(h.backend));
        if (!e.ok())
            continue;
        weights << Format::bytesInUnit(e.weightsBytes);
        kv << Format::bytesInUnit(e.kvCacheBytes + e.fixedStateBytes);
        overhead << Format::bytesInUnit(e.overheadBytes);
        free << std::max(0.0, Format::bytesInUnit(e.headroomBytes));
        names << (e.verdict == Verdict::NoFit
                      ? tr("%1 — does not fit (%2 short)").arg(h.name, Format::bytes(-e.headroomBytes))
                      : tr("%1 — %2").arg(h.name, verdictName(e.verdict)));
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
