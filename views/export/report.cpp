#include "report.h"

#include "staleness.h"

#include "bandwidthchart.h"
#include "catalogstore.h"
#include "comparemodel.h"
#include "engine.h"
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

QString assumptionsLine(const ReportInputs &in)
{
    const Scenario &s = in.a.scenario;
    const Costs::Assumptions &a = in.assumptions;
    return Text::tr(
               "%1 at %2 weights, %3 KV cache, %4 tokens of context, %5 sequence(s). Decode speed fitted on published "
               "llama.cpp measurements. Electricity %6 per kWh; workload %7 output tokens a day, %8 input tokens per "
               "output token, %9 of them cached; costs over %10 months; %11.")
        .arg(in.a.model.name, Engine::formatFor(in.a.model, s).name, kvTypeName(s.kvType),
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

QString tableHtml(const CompareModel &model)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th></th>");
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

    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    doc.setTextWidth(page.width() - 80);
    const QString models =
        in.a.model.id == in.b.model.id ? in.a.model.name : Text::tr("%1 and %2").arg(in.a.model.name, in.b.model.name);
    // Page 1 opens with the answer: which box, and why, from the figures of the table below.
    QString html = QStringLiteral("<h2>%1</h2><p><b>%2</b></p><p>%3</p><p><i>%4</i></p>")
                       .arg(Text::tr("Budget proposal: %1 or %2 for %3")
                                .arg(in.a.hardware.name, in.b.hardware.name, models)
                                .toHtmlEscaped(),
                            model.recommendation().text.toHtmlEscaped(),
                            Text::tr("Prepared with Headroom on %1.").arg(QDate::currentDate().toString(Qt::ISODate)),
                            assumptionsLine(in).toHtmlEscaped());
    html += tableHtml(model);
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(Text::tr(
                     "✓ marks the better value in each row. Speeds are single-sequence decode estimates from memory "
                     "bandwidth, calibrated on measured llama.cpp results; check them with llama-bench on the box "
                     "before you buy. A dash means the value is unknown, never zero.")
                     .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><ul>").arg(Text::tr("Sources"));
    for (const QString &source : sourcesFor(catalog, in))
        html += QStringLiteral("<li>%1</li>").arg(source.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    doc.setHtml(html);
    p.save();
    p.translate(40, 40);
    doc.drawContents(&p, QRectF(0, 0, page.width() - 80, page.height() - 80));
    p.restore();

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
    text.subtitle = assumptionsLine(in);
    text.sources = {catalog.calibrationSource.source + QStringLiteral(" (") + catalog.calibrationSource.asOf +
                        QLatin1Char(')'),
                    Text::tr("box specifications: see page 1")};
    text.footer = Figure::standardFooter();
    const QRectF half(20, 20, page.width() - 40, (page.height() - 60) / 2);
    Figure::paint(p, half, bandwidth, text, 900);

    if (!step(2))
        return false;
    MemoryChart memory;
    QList<MemoryChart::Bar> bars;
    for (int i = 0; i < 2; ++i)
        bars.append({model.side(i).hardware.name + QStringLiteral(" (") + model.side(i).model.name + QLatin1Char(')'),
                     model.costs(i).estimate});
    memory.plotBars(Text::tr("%1 and %2").arg(in.a.model.name, in.b.model.name), bars);
    text.title = Text::tr("Memory needed against memory usable");
    Figure::paint(p, half.translated(0, half.height() + 20), memory, text, 900);
    return step(3);
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
