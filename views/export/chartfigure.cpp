// Builds an exported chart and its texts from a request, independent of the screen.
#include "chartfigure.h"

#include "figure.h"
#include "fonts.h"

#include "bandwidthchart.h"
#include "catalogstore.h"
#include "comparemodel.h"
#include "contextchart.h"
#include "contextsweepmodel.h"
#include "costchart.h"
#include "fitmatrixmodel.h"
#include "format.h"
#include "memorychart.h"
#include "qualitychart.h"
#include "session.h"
#include "speedcheckmodel.h"

#include <QCoreApplication>

namespace Headroom {

namespace {
// The translation context lupdate and the runtime both read (a free function's tr() would
// take the namespace's name in lupdate and this one at run time).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Headroom::ChartFigure)
};

// More bars than this are too thin to name on a printed page (Qt Charts elides a category name
// taller than its slot). Counted in lines of DejaVu Sans: a CJK face's taller lines fit fewer.
qsizetype maxMemoryBars()
{
    constexpr double kBarsInDejaVu = 14;
    QFont dejaVu(QStringLiteral("DejaVu Sans"));
    dejaVu.setPixelSize(Figure::kChartTextPx);
    const double ratio =
        QFontMetricsF(dejaVu).lineSpacing() / QFontMetricsF(Fonts::paper(Figure::kChartTextPx)).lineSpacing();
    return qsizetype(std::floor(kBarsInDejaVu * std::min(1.0, ratio)));
}

const QList<std::pair<ChartKind, const char *>> kKinds = {
    {ChartKind::Bandwidth, "bandwidth"}, {ChartKind::Memory, "memory"},   {ChartKind::Context, "context"},
    {ChartKind::Quality, "quality"},     {ChartKind::Compare, "compare"},
};

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

namespace {
// The item models a chart reads, built for one request: the same catalog → session → grid →
// models path the window uses, owned by the chart view so they live exactly as long.
class ChartSources final : public QObject
{
public:
    ChartSources(const Catalog &catalog, const ChartRequest &r, QObject *owner)
        : QObject(owner)
        , store(catalog, {}, this)
        , session(&store, this)
        , matrix(&session.grid(), this)
        , sweep(&session, this)
    {
        session.setScenario(r.scenario);
        const QString box = r.boxes.isEmpty() ? session.hardwareId() : r.boxes.first().id;
        session.select(r.model.id.isEmpty() ? session.modelId() : r.model.id, box);
    }
    QList<int> rowsOf(const QList<HardwareSpec> &boxes) const
    {
        QList<int> rows;
        for (const HardwareSpec &h : boxes)
            rows << store.hardwareRow(h.id);
        return rows;
    }
    CatalogStore store;
    Session session;
    FitMatrixModel matrix;
    ContextSweepModel sweep;
};
} // namespace

std::unique_ptr<QChartView> buildChart(const Catalog &catalog, const ChartRequest &r)
{
    switch (r.kind) {
    case ChartKind::Compare:
        if (r.comparison) {
            auto chart = std::make_unique<CostChart>();
            const ReportInputs &in = *r.comparison;
            chart->setSource(new CompareModel(in.a, in.b, in.assumptions, catalog, chart.get()));
            return chart;
        }
        [[fallthrough]];
    case ChartKind::Bandwidth: {
        auto chart = std::make_unique<BandwidthChart>();
        auto *sources = new ChartSources(catalog, r, chart.get());
        chart->setSource(&sources->matrix);
        chart->plotModel(sources->session.modelRow(), sources->rowsOf(r.boxes));
        return chart;
    }
    case ChartKind::Memory: {
        auto chart = std::make_unique<MemoryChart>();
        auto *sources = new ChartSources(catalog, r, chart.get());
        const int modelRow = sources->session.modelRow();
        const auto estimate = [&](int row) { return sources->matrix.estimateAt(row, modelRow); };
        QList<int> rows = sources->rowsOf(r.boxes);
        const bool chosen = !rows.isEmpty();
        if (!chosen) {
            // Every box would be a bar too thin to name on paper: the boxes that run the model,
            // smallest first (the cheapest way in), then the nearest misses.
            for (int i = 0; i < sources->store.hardwareCount(); ++i) {
                if (estimate(i).ok())
                    rows << i;
            }
            std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
                const Estimate ea = estimate(a), eb = estimate(b);
                if (ea.runs() != eb.runs())
                    return ea.runs();
                return ea.runs() ? ea.usableBytes < eb.usableBytes : ea.headroomBytes > eb.headroomBytes;
            });
        }
        const qsizetype available = rows.size();
        rows = rows.mid(0, maxMemoryBars());
        QList<MemoryChart::Bar> bars;
        for (const int row : std::as_const(rows))
            bars.append({sources->store.hardware(row).name, estimate(row)});
        const Estimate first = bars.isEmpty() ? Estimate{} : bars.first().estimate;
        QString title = Text::tr("%1 · %2 · %3 context · %4 KV cache")
                            .arg(r.model.name, first.format.name, Format::tokens(r.scenario.contextTokens),
                                 kvTypeName(r.scenario.kvType));
        if (rows.size() < available)
            title += chosen ? Text::tr(" · the first %1 of the %2 boxes given").arg(rows.size()).arg(available)
                            : Text::tr(" · %1 of %2 boxes: those that run it, smallest first, then the nearest misses")
                                  .arg(rows.size())
                                  .arg(available);
        chart->plotBars(title, bars);
        return chart;
    }
    case ChartKind::Context: {
        auto chart = std::make_unique<ContextChart>();
        auto *sources = new ChartSources(catalog, r, chart.get());
        const Estimate e = sources->session.selectedEstimate();
        chart->setSource(&sources->sweep,
                         Text::tr("%1 on %2 · %3 · %4 KV cache")
                             .arg(r.model.name, r.boxes.value(0).name, e.format.name, kvTypeName(r.scenario.kvType)));
        return chart;
    }
    case ChartKind::Quality: {
        auto chart = std::make_unique<QualityChart>();
        auto *sources = new ChartSources(catalog, r, chart.get());
        chart->setSource(&sources->matrix);
        chart->plotHardware(sources->session.hardwareRow());
        return chart;
    }
    }
    return nullptr;
}

namespace {

// The compare figure: the recommendation leads, the table carries each side's figures as the
// compare view shows them, and the chart is the cumulative cost.
FigureText comparisonText(const Catalog &catalog, const ReportInputs &in)
{
    const CompareModel model(in.a, in.b, in.assumptions, catalog);
    FigureText t;
    const auto sideName = [&](int i) {
        return Text::tr("%1: %2 on %3")
            .arg(i == 0 ? QStringLiteral("A") : QStringLiteral("B"), model.side(i).model.name,
                 model.side(i).hardware.name);
    };
    t.title = Text::tr("%1 vs %2").arg(sideName(0), sideName(1));
    t.lead = model.recommendation().headline; // the whole reasoning is on the report's first page
    t.subtitle = Report::assumptionsLine(in);
    t.table.append({QString(), QStringLiteral("A"), QStringLiteral("B")}); // named in full in the title
    for (const int row :
         {CompareModel::VerdictRow, CompareModel::DecodeRow, CompareModel::PrefillRow, CompareModel::StreetRow,
          CompareModel::HostRow, CompareModel::CapacityRow, CompareModel::TcoRow, CompareModel::ApiTcoRow,
          CompareModel::RentRow, CompareModel::BreakevenRow}) {
        t.table.append({model.headerData(row, Qt::Vertical).toString(),
                        model.index(row, CompareModel::AColumn).data().toString(),
                        model.index(row, CompareModel::BColumn).data().toString()});
    }
    const auto cite = [](const QString &what, const Provenance &p) {
        return QStringLiteral("%1: %2 (%3)").arg(what, p.source, p.asOf);
    };
    for (const Costs::Side *side : {&in.a, &in.b}) {
        for (const PriceQuote &q : side->hardware.prices)
            t.sources << cite(side->hardware.name + Text::tr(" price"), q.provenance);
        if (side->api)
            t.sources << cite(Text::tr("API prices (%1)").arg(side->api->provider), side->api->provenance);
    }
    t.sources << cite(Text::tr("calibration"), catalog.calibrationSource);
    t.sources.removeDuplicates();
    t.footer = Figure::standardFooter();
    return t;
}

} // namespace

FigureText figureText(const Catalog &catalog, const ChartRequest &r)
{
    if (r.kind == ChartKind::Compare && r.comparison)
        return comparisonText(catalog, *r.comparison);
    FigureText t;
    QStringList names;
    for (const HardwareSpec &h : r.boxes)
        names << h.name;
    switch (r.kind) {
    case ChartKind::Bandwidth: t.title = Text::tr("%1: decode speed follows memory bandwidth").arg(r.model.name); break;
    case ChartKind::Compare: t.title = Text::tr("%1 on %2").arg(r.model.name, names.join(Text::tr(" vs "))); break;
    case ChartKind::Memory: t.title = Text::tr("%1: memory needed against memory usable").arg(r.model.name); break;
    case ChartKind::Context:
        t.title = Text::tr("%1 on %2: memory and speed as the context grows").arg(r.model.name, names.value(0));
        break;
    case ChartKind::Quality: t.title = Text::tr("Coding quality against speed on %1").arg(names.value(0)); break;
    }
    QString efficiency;
    if (r.scenario.efficiency > 0) {
        efficiency = Text::tr("decode efficiency %1% of bandwidth (given)").arg(r.scenario.efficiency * 100, 0, 'f', 0);
    } else {
        QStringList parts;
        for (const auto &[speedClass, efficiency] : SpeedCheckModel::classEfficiencies())
            parts << Text::tr("%1 %2%").arg(speedClass).arg(efficiency * 100, 0, 'f', 0);
        efficiency = Text::tr("decode speed fitted on published llama.cpp measurements per runtime (bandwidth "
                              "efficiency %1)")
                         .arg(parts.join(QStringLiteral(", ")));
    }
    const QuantFormat format = weightsFormatFor(r.model, r.scenario);
    t.subtitle =
        Text::tr("Assumptions: %1 weights (%2 bits/weight), %3 tokens of context, %4 KV cache, %5 sequence(s); %6. "
                 "Speeds are single-sequence estimates, never above bandwidth ÷ bytes read per token.")
            .arg(format.name)
            .arg(format.bitsPerWeight)
            .arg(Format::tokens(r.scenario.contextTokens), kvTypeName(r.scenario.kvType))
            .arg(r.scenario.batch)
            .arg(efficiency);
    const auto cite = [](const QString &what, const Provenance &p) {
        return QStringLiteral("%1: %2 (%3)").arg(what, p.source, p.asOf);
    };
    if (r.kind != ChartKind::Quality) {
        t.sources << cite(r.model.name + Text::tr(" size"), r.model.paramsSource)
                  << cite(r.model.name + Text::tr(" attention"), r.model.geometrySource);
    } else {
        t.sources << Text::tr("SWE-bench scores: per model in 'headroom catalog --json', vendor-reported where marked");
    }
    for (const HardwareSpec &h : r.boxes)
        t.sources << cite(h.name + Text::tr(" bandwidth"), h.bandwidthSource);
    if (r.kind == ChartKind::Bandwidth || r.kind == ChartKind::Memory)
        t.sources << Text::tr("all other boxes: 'headroom catalog --json' (catalog as of %1)").arg(catalog.asOf);
    t.sources << cite(Text::tr("calibration"), catalog.calibrationSource);
    t.footer = Figure::standardFooter();
    return t;
}

} // namespace Headroom
