// The budget proposal PDF: recommendation and costs, the table, the charts.
#include "report.h"

#include "fonts.h"

#include "staleness.h"

#include "bandwidthchart.h"
#include "catalogstore.h"
#include "comparemodel.h"
#include "costchart.h"
#include "estimategrid.h"
#include "figure.h"
#include "fitmatrixmodel.h"
#include "format.h"
#include "memorychart.h"
#include "optionsmodel.h"
#include "roles.h"

#include <QCoreApplication>
#include <QDate>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace Headroom::Report {

namespace {

// The translation context lupdate and the runtime both read (a free function's tr() would
// take the namespace's name in lupdate and this one at run time).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Headroom::Report)
};

} // namespace

namespace {
// The floor every box is held to, in one clause: a figure's subtitle carries it too.
QString floorClause(const ReportInputs &in)
{
    const Costs::Assumptions &a = in.assumptions;
    QString floor = Text::tr("A box qualifies when it answers %1 tokens within %2, the prompt's prefill included")
                        .arg(Format::tokens(in.a.scenario.answerTokens), Format::seconds(a.answerWithinSeconds));
    if (a.speedFloorTokS > 0)
        floor += QLatin1Char(' ') + Text::tr("and decodes at %1 or faster").arg(Format::rate(a.speedFloorTokS));
    return floor + QLatin1Char('.');
}

} // namespace

// What the decision rests on beyond the workload and the floor: the host price, how renting is
// billed, which API stands in, and what is left out. The report's first page says it whole.
QString decisionAssumptions(const ReportInputs &in)
{
    const Costs::Assumptions &a = in.assumptions;
    QStringList parts;
    QStringList hosts;
    for (const Costs::Side *side : {&in.a, &in.b}) {
        if (!side->host)
            continue;
        hosts
            << (a.hostUsd
                    ? Text::tr("%1's host priced at %2 (your figure)").arg(side->hardware.name, Format::usd(*a.hostUsd))
                : side->host->priceUsd
                    ? Text::tr("%1's host %2 at %3")
                          .arg(side->hardware.name, side->host->name, Format::usd(*side->host->priceUsd))
                    : Text::tr("%1's host %2 has no known price, so buying it is not costed")
                          .arg(side->hardware.name, side->host->name));
    }
    parts << hosts;
    parts << (a.rentalPattern == Costs::RentalPattern::Reserved
                  ? Text::tr("renting is reserved around the clock")
                  : Text::tr("renting is on demand, the hours the workload needs rounded up to whole hours a day"));
    for (const Costs::Side *side : {&in.a, &in.b}) {
        if (side->api && side->apiStandsIn && !a.apiUsdPerMillionTokens)
            parts << Text::tr("no API serves %1: %2 through %3 stands in")
                         .arg(side->model.name, side->api->modelId, side->api->provider);
        if (side == &in.a && in.a.model.id == in.b.model.id)
            break;
    }
    parts.removeDuplicates();
    QString text = parts.join(QStringLiteral("; ")) + QStringLiteral(". ");
    text[0] = text[0].toUpper();
    return text + Text::tr("Resale value and the time value of money are left out.");
}

QString assumptionsLine(const ReportInputs &in)
{
    const Scenario &s = in.a.scenario;
    const Costs::Assumptions &a = in.assumptions;
    return Text::tr(
               "%1 at %2 weights, %3 KV cache, %4 tokens of context, %5 sequence(s). Decode and prompt-processing "
               "speeds fitted on published llama.cpp measurements. Electricity %6 per kWh; workload %7 output tokens a day, %8 input tokens per "
               "output token, %9 of them cached; costs over %10 months; %11.")
               .arg(in.a.model.name, weightsFormatFor(in.a.model, s).name, kvTypeName(s.kvType),
                    Format::tokens(s.contextTokens))
               .arg(s.batch)
               .arg(Format::usd(a.electricityUsdPerKwh))
               .arg(QLocale().toString(qint64(a.tokensPerDay)))
               .arg(a.inputPerOutput, 0, 'g', 3)
               .arg(Format::percent(a.cacheHitShare * 100))
               .arg(a.horizonMonths)
               .arg(a.apiUsdPerMillionTokens
                        ? Text::tr("cloud API %1 per million output tokens").arg(Format::usd(*a.apiUsdPerMillionTokens))
                        : Text::tr("cloud API: the model's own API prices")) +
           QLatin1Char(' ') + floorClause(in);
}

namespace {

QStringList sourcesFor(const Catalog &catalog, const ReportInputs &in)
{
    QStringList sources;
    const auto add = [&sources](const QString &what, const Provenance &p) {
        if (!p.source.isEmpty())
            sources << QStringLiteral("%1: %2 (as of %3)").arg(what, p.source, p.asOf);
    };
    add(in.a.model.name + Text::tr(" parameters"), in.a.model.paramsSource);
    add(in.a.model.name + Text::tr(" attention geometry"), in.a.model.geometrySource);
    for (const Costs::Side *side : {&in.a, &in.b}) {
        add(side->hardware.name + Text::tr(" memory"), side->hardware.memorySource);
        add(side->hardware.name + Text::tr(" bandwidth"), side->hardware.bandwidthSource);
        for (const PriceQuote &q : side->hardware.prices) {
            add(side->hardware.name + Text::tr(" price"), q.provenance);
            if (const QString warning = Staleness::priceWarning(q.provenance.asOf); !warning.isEmpty())
                sources.last() += QStringLiteral(" — ") + warning;
        }
    }
    // What the decision's costs rest on: the host, the power, the API and the rental offers.
    for (const Costs::Side *side : {&in.a, &in.b}) {
        add(side->hardware.name + Text::tr(" power"), side->hardware.powerSource);
        if (side->host) {
            add(side->host->name + Text::tr(" price"), side->host->priceSource);
            add(side->host->name + Text::tr(" power"), side->host->powerSource);
        }
        if (side->api)
            add(Text::tr("API prices (%1, %2)").arg(side->api->provider, side->api->modelId), side->api->provenance);
        if (side->rental)
            add(Text::tr("Rental (%1) of %2").arg(side->rental->provider, side->hardware.name),
                side->rental->provenance);
    }
    add(Text::tr("Decode calibration"), catalog.calibrationSource);
    sources.removeDuplicates();
    return sources;
}

// Every way to get the tokens, as the compare view's options table shows them.
QString optionsHtml(const CompareModel &model)
{
    const OptionsModel options(&model);
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='2' width='100%'><tr>");
    // The reason column gets the room: a reader signs what it says.
    static constexpr int kWidths[OptionsModel::ColumnCount] = {22, 34, 12, 17, 15};
    for (int c = 0; c < OptionsModel::ColumnCount; ++c)
        html += QStringLiteral("<th width='%1%'>%2</th>")
                    .arg(kWidths[c])
                    .arg(options.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < options.rowCount(); ++r) {
        const bool won = options.index(r, OptionsModel::OptionColumn).data(BetterRole).toBool();
        html += QStringLiteral("<tr>");
        for (int c = 0; c < OptionsModel::ColumnCount; ++c) {
            // The status column carries the whole reason on paper: no tooltip there.
            const QModelIndex index = options.index(r, c);
            const QString text = c == OptionsModel::StatusColumn && !won ? index.data(Qt::ToolTipRole).toString()
                                                                         : index.data().toString();
            html += QStringLiteral("<td%1>%2%3%4</td>")
                        .arg(c == OptionsModel::OptionColumn || c == OptionsModel::StatusColumn
                                 ? QString()
                                 : QStringLiteral(" align='right'"),
                             won ? QStringLiteral("<b>") : QString(), text.toHtmlEscaped(),
                             won ? QStringLiteral("</b>") : QString());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString tableHtml(const CompareModel &model)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='2' width='100%'><tr><th></th>");
    for (int c = 0; c < CompareModel::ColumnCount; ++c)
        html += QStringLiteral("<th>%1</th>").arg(model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < model.rowCount(); ++r) {
        html +=
            QStringLiteral("<tr><td><b>%1</b></td>").arg(model.headerData(r, Qt::Vertical).toString().toHtmlEscaped());
        for (int c = 0; c < CompareModel::ColumnCount; ++c) {
            const QModelIndex index = model.index(r, c);
            // Bold, not colour, marks the better value: it survives black-and-white print.
            const bool better = index.data(BetterRole).toBool();
            html += QStringLiteral("<td align='right'>%1%2%3</td>")
                        .arg(better ? QStringLiteral("<b>") : QString(), index.data().toString().toHtmlEscaped(),
                             better ? QStringLiteral(" ✓</b>") : QString());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

bool paint(QPagedPaintDevice &device, QPainter &p, const Catalog &catalog, const ReportInputs &in,
           const Progress &progress)
{
    const auto step = [&progress](int n) { return !progress || progress(n, kSteps); };
    // Lay pages out in a fixed logical space (A4-like, 96 dpi) and let the device scale it.
    const QRectF page(0, 0, 794, 1123);
    const QRect viewport = p.viewport();
    const double scale = std::min(viewport.width() / page.width(), viewport.height() / page.height());
    p.setWindow(page.toRect());
    p.setViewport(QRect(viewport.topLeft(), QSize(int(page.width() * scale), int(page.height() * scale))));

    if (!step(0))
        return false;
    const CompareModel model(in.a, in.b, in.assumptions, catalog);

    // Text at 14 logical pixels is 9.3 pt once the 794-wide page is printed across A4's 186 mm.
    constexpr int kTextPx = 14;
    const QFont bodyFont = Fonts::paper(kTextPx);
    const auto drawHtml = [&](const QString &html, const QRectF &box) {
        QTextDocument doc;
        doc.setDefaultFont(bodyFont);
        doc.setTextWidth(box.width());
        doc.setHtml(html);
        p.save();
        p.translate(box.topLeft());
        doc.drawContents(&p, QRectF(QPointF(0, 0), box.size()));
        p.restore();
        return doc.size().height();
    };
    const QString models =
        in.a.model.id == in.b.model.id ? in.a.model.name : Text::tr("%1 and %2").arg(in.a.model.name, in.b.model.name);
    // Page 1 opens with the answer: which box, and why, then what it costs over the horizon, then
    // the figures it follows from, then what was assumed.
    QString html = QStringLiteral("<h2>%1</h2><p><b>%2</b></p>")
                       .arg(Text::tr("Budget proposal: %1 or %2 for %3")
                                .arg(in.a.hardware.name, in.b.hardware.name, models)
                                .toHtmlEscaped(),
                            model.recommendation().text.toHtmlEscaped());
    html += optionsHtml(model);
    html += QStringLiteral("<p><i>%1 %2</i></p>")
                .arg(Text::tr("Assumptions:").toHtmlEscaped(),
                     QString(assumptionsLine(in) + QLatin1Char(' ') + decisionAssumptions(in)).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(Text::tr("Prepared with Headroom on %1. Both boxes figure by figure on page 2, charts on page 3, "
                              "cost over time and sources on page 4.")
                         .arg(QDate::currentDate().toString(Qt::ISODate))
                         .toHtmlEscaped());
    drawHtml(html, QRectF(40, 40, page.width() - 80, page.height() - 80));

    // Page 2: the figures the options follow from, a page of their own so none is cut.
    device.newPage();
    QString figures = QStringLiteral("<h3>%1</h3>").arg(Text::tr("The two boxes, figure by figure").toHtmlEscaped());
    figures += tableHtml(model);
    figures +=
        QStringLiteral("<p>%1</p>")
            .arg(Text::tr(
                     "✓ marks the better value in each row. Speeds are single-sequence decode estimates from memory "
                     "bandwidth, calibrated on measured llama.cpp results; check them with llama-bench on the box "
                     "before you buy. A dash means the value is unknown, never zero.")
                     .toHtmlEscaped());
    drawHtml(figures, QRectF(40, 40, page.width() - 80, page.height() - 80));

    if (!step(1))
        return false;
    device.newPage();
    // The charts read the same catalog → grid → models path as the window's.
    CatalogStore store(catalog);
    EstimateGrid grid(&store);
    grid.setScenario(in.a.scenario);
    FitMatrixModel matrix(&grid);
    BandwidthChart bandwidth;
    bandwidth.setSource(&matrix);
    bandwidth.plotModel(store.modelRow(in.a.model.id),
                        {store.hardwareRow(in.a.hardware.id), store.hardwareRow(in.b.hardware.id)});
    FigureText text;
    text.title = Text::tr("Decode speed follows memory bandwidth");
    text.subtitle = Text::tr("%1; the two boxes compared are framed. Assumptions as on page 1.").arg(models);
    text.sources = {Text::tr("as on page 4")};
    text.footer = Figure::standardFooter();
    // Figures drawn at the page's own scale, so their text keeps its printed size.
    const double figureWidth = page.width() - 40;
    const QRectF tall(20, 20, figureWidth, (page.height() - 60) * 0.58);
    Figure::paint(p, tall, bandwidth, text, figureWidth, tall.height());

    if (!step(2))
        return false;
    MemoryChart memory;
    QList<MemoryChart::Bar> bars;
    for (int i = 0; i < 2; ++i)
        bars.append({(i == 0 ? QStringLiteral("A: ") : QStringLiteral("B: ")) + model.side(i).hardware.name,
                     model.costs(i).estimate});
    memory.plotBars(Text::tr("%1 · A needs %2 of %3 · B needs %4 of %5")
                        .arg(models, Format::bytes(model.costs(0).estimate.totalBytes),
                             Format::bytes(model.costs(0).estimate.usableBytes),
                             Format::bytes(model.costs(1).estimate.totalBytes),
                             Format::bytes(model.costs(1).estimate.usableBytes)),
                    bars);
    text.title = Text::tr("Memory needed against memory usable");
    text.subtitle =
        Text::tr("Weights, KV cache at the context and runtime overhead, in %1; the rest of the bar is free "
                 "memory.")
            .arg(Format::byteUnitName());
    const QRectF rest(20, tall.bottom() + 20, figureWidth, page.height() - tall.bottom() - 40);
    Figure::paint(p, rest, memory, text, figureWidth, rest.height());

    if (!step(3))
        return false;
    device.newPage();
    CostChart cost;
    cost.setSource(&model); // the same comparison page 1 reads
    text.title = Text::tr("What each box costs over time, against the API");
    text.subtitle = Text::tr("Purchase with its host on day one, then electricity at the workload's duty cycle; the "
                             "API line prices the same tokens. Assumptions as on page 1.");
    const QRectF half(20, 20, figureWidth, (page.height() - 60) / 2);
    Figure::paint(p, half, cost, text, figureWidth, half.height());
    QString sources = QStringLiteral("<h3>%1</h3><ul>").arg(Text::tr("Sources"));
    for (const QString &source : sourcesFor(catalog, in))
        sources += QStringLiteral("<li>%1</li>").arg(source.toHtmlEscaped());
    sources += QStringLiteral("</ul>");
    drawHtml(sources, QRectF(40, half.bottom() + 20, page.width() - 80, page.height() - half.bottom() - 60));
    return step(4);
}

QString write(const Catalog &catalog, const ReportInputs &inputs, const QString &path, QPageSize::PageSizeId page,
              const Progress &progress, const SafeWrite::Options &options)
{
    const SafeWrite::Result written = SafeWrite::toFile(
        path,
        [&](QIODevice &out) {
            QPdfWriter pdf(&out);
            pdf.setResolution(96);
            pdf.setPageSize(QPageSize(page));
            pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
            pdf.setTitle(Text::tr("Budget proposal: %1 or %2").arg(inputs.a.hardware.name, inputs.b.hardware.name));
            pdf.setCreator(QStringLiteral("Headroom %1").arg(QStringLiteral(HEADROOM_VERSION)));
            QPainter painter(&pdf);
            return paint(pdf, painter, catalog, inputs, progress);
        },
        options);
    if (written.cancelled)
        return Text::tr("Export cancelled; nothing was written to %1.").arg(path);
    if (!written.ok)
        return Text::tr("Cannot write %1: %2").arg(path, written.reason);
    return {};
}

} // namespace Headroom::Report
