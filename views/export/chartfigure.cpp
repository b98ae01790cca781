#include "chartfigure.h"

#include "bandwidthchart.h"
#include "contextchart.h"
#include "format.h"
#include "memorychart.h"
#include "qualitychart.h"

#include <QCoreApplication>

namespace Headroom {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Headroom::ChartFigure", text);
}

const QList<std::pair<ChartKind, const char *>> kKinds = {
    {ChartKind::Bandwidth, "bandwidth"}, {ChartKind::Memory, "memory"},   {ChartKind::Context, "context"},
    {ChartKind::Quality, "quality"},     {ChartKind::Compare, "compare"},
};

QStringList boxIds(const QList<HardwareSpec> &boxes)
{
    QStringList ids;
    for (const HardwareSpec &h : boxes)
        ids << h.id;
    return ids;
}
} // namespace

std::optional<ChartKind> parseChartKind(const QString &name)
{
    for (const auto &[kind, text] : kKinds) {
        if (name == QLatin1String(text))
            return kind;
    }
    return std::nullopt;
}

QString chartKindName(ChartKind kind)
{
    for (const auto &[k, text] : kKinds) {
        if (k == kind)
            return QString::fromLatin1(text);
    }
    return {};
}

std::unique_ptr<QChartView> buildChart(const Catalog &catalog, const ChartRequest &r)
{
    switch (r.kind) {
    case ChartKind::Bandwidth:
    case ChartKind::Compare: {
        auto chart = std::make_unique<BandwidthChart>();
        chart->setCatalog(&catalog);
        chart->update(r.model, r.scenario, boxIds(r.boxes));
        return chart;
    }
    case ChartKind::Memory: {
        auto chart = std::make_unique<MemoryChart>();
        QList<HardwareSpec> boxes = r.boxes;
        if (boxes.isEmpty()) {
            for (const HardwareSpec &h : catalog.hardware) {
                if (!h.isCloud())
                    boxes << h;
            }
        }
        chart->update(catalog, r.model, boxes, r.scenario);
        return chart;
    }
    case ChartKind::Context: {
        auto chart = std::make_unique<ContextChart>();
        const HardwareSpec &box = r.boxes.first();
        chart->update(r.model, box, r.scenario, catalog.calibrationFor(box.backend));
        return chart;
    }
    case ChartKind::Quality: {
        auto chart = std::make_unique<QualityChart>();
        chart->setCatalog(&catalog);
        chart->update(r.boxes.first(), r.scenario);
        return chart;
    }
    }
    return nullptr;
}

FigureText figureText(const Catalog &catalog, const ChartRequest &r)
{
    FigureText t;
    QStringList names;
    for (const HardwareSpec &h : r.boxes)
        names << h.name;
    switch (r.kind) {
    case ChartKind::Bandwidth: t.title = tr("%1: decode speed follows memory bandwidth").arg(r.model.name); break;
    case ChartKind::Compare: t.title = tr("%1 on %2").arg(r.model.name, names.join(tr(" vs "))); break;
    case ChartKind::Memory: t.title = tr("%1: memory needed against memory usable").arg(r.model.name); break;
    case ChartKind::Context:
        t.title = tr("%1 on %2: memory and speed as the context grows").arg(r.model.name, names.value(0));
        break;
    case ChartKind::Quality: t.title = tr("Coding quality against speed on %1").arg(names.value(0)); break;
    }
    QString efficiency;
    if (r.scenario.efficiency > 0) {
        efficiency = tr("decode efficiency %1% of bandwidth (given)").arg(r.scenario.efficiency * 100, 0, 'f', 0);
    } else {
        QStringList parts;
        for (const DecodeCalibration &c : catalog.calibrations)
            parts << tr("%1 %2%").arg(c.backend).arg(c.efficiency * 100, 0, 'f', 0);
        efficiency = tr("decode efficiency calibrated per backend (%1)").arg(parts.join(QStringLiteral(", ")));
    }
    t.subtitle = tr("Assumptions: %1 weights (%2 bits/weight), %3 tokens of context, %4 KV cache, %5 sequence(s); %6. "
                    "Speeds are single-sequence estimates, never above bandwidth ÷ bytes read per token.")
                     .arg(r.scenario.quant.name)
                     .arg(r.scenario.quant.bitsPerWeight)
                     .arg(Format::tokens(r.scenario.contextTokens), kvTypeName(r.scenario.kvType))
                     .arg(r.scenario.batch)
                     .arg(efficiency);
    const auto cite = [](const QString &what, const Provenance &p) {
        return QStringLiteral("%1: %2 (%3)").arg(what, p.source, p.asOf);
    };
    if (r.kind != ChartKind::Quality) {
        t.sources << cite(r.model.name + tr(" size"), r.model.paramsSource)
                  << cite(r.model.name + tr(" attention"), r.model.geometrySource);
    } else {
        t.sources << tr("SWE-bench scores: per model in 'headroom catalog --json', vendor-reported where marked");
    }
    for (const HardwareSpec &h : r.boxes)
        t.sources << cite(h.name + tr(" bandwidth"), h.bandwidthSource);
    if (r.kind == ChartKind::Bandwidth || r.kind == ChartKind::Memory)
        t.sources << tr("all other boxes: 'headroom catalog --json' (catalog as of %1)").arg(catalog.asOf);
    t.sources << cite(tr("calibration"), catalog.calibrationSource);
    t.footer = Figure::standardFooter();
    return t;
}

} // namespace Headroom
