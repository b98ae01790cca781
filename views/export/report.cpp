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

QString assumptionsLine(const ReportInputs &in)
{
    const Scenario &s = in.a.scenario;
    const Costs::Assumptions &a = in.assumptions;
    return Text::
        tr("%1 at %2 weights, %3 KV cache, %4 tokens of context, %5 sequence(s). Decode and prompt-processing "
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
                     : Text::tr("cloud API: the model's own API prices"));
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
    add(Text::tr("Decode calibration"), catalog.calibrationSource);
    sources.removeDuplicates();
    return sources;
}

// The horizon's totals in one line: each box bought and run, and the API for the same tokens.
QString tcoSummary(const CompareModel &model)
{
    const Costs::Assumptions &a = model.assumptions();
    QStringList parts;
    for (int i = 0; i < 2; ++i) {
        const Costs::SideCosts &c = model.costs(i);
        const QString letter = i == 0 ? QStringLiteral("A") : QStringLiteral("B");
        parts << Text::tr("%1 (%2) %3")
                     .arg(letter, model.side(i).hardware.name, c.tcoUsd ? Format::usd(*c.tcoUsd) : QStringLiteral("—"));
    }
    const Costs::SideCosts &first = model.costs(0);
    const Costs::SideCosts &second = model.costs(1);
    const auto api = first.apiTcoUsd ? first.apiTcoUsd : second.apiTcoUsd;
    return Text::tr("Cost of ownership over %1 months (purchase with host, and electricity): %2; the same tokens "
                    "through the API: %3.")
        .arg(a.horizonMonths)
        .arg(parts.join(QStringLiteral("; ")), api ? Format::usd(*api) : QStringLiteral("—"));
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
    QString html = QStringLiteral("<h2>%1</h2><p><b>%2</b></p><p>%3</p>")
                       .arg(Text::tr("Budget proposal: %1 or %2 for %3")
                                .arg(in.a.hardware.name, in.b.hardware.name, models)
                                .toHtmlEscaped(),
                            model.recommendation().text.toHtmlEscaped(), tcoSummary(model).toHtmlEscaped());
    html += tableHtml(model);
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(Text::tr(
                     "✓ marks the better value in each row. Speeds are single-sequence decode estimates from memory "
                     "bandwidth, calibrated on measured llama.cpp results; check them with llama-bench on the box "
                     "before you buy. A dash means the value is unknown, never zero.")
                     .toHtmlEscaped());
    html += QStringLiteral("<p><i>%1 %2</i></p>")
                .arg(Text::tr("Assumptions:").toHtmlEscaped(), assumptionsLine(in).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(Text::tr("Prepared with Headroom on %1. Charts on page 2, cost over time and sources on page 3.")
                         .arg(QDate::currentDate().toString(Qt::ISODate))
                         .toHtmlEscaped());
    drawHtml(html, QRectF(40, 40, page.width() - 80, page.height() - 80));

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
    text.sources = {Text::tr("as on page 3")};
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
