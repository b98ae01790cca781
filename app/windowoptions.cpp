// The window's own flags (--screenshot, --tab, --size, …), checked before a display is touched.
#include "windowoptions.h"

#include "catalog.h"
#include "catalogmerge.h"
#include "cli/clioptions.h"
#include "cli/commands.h"
#include "explorepage.h"
#include "language.h"
#include "mainwindow.h"
#include "session.h"
#include "userdata.h"

namespace Headroom {

namespace {
EstimateError bad(const QString &flag, const QString &message)
{
    return {flag, QStringLiteral("--%1: %2").arg(flag, message)};
}
} // namespace

QStringList windowTabNames()
{
    return {QStringLiteral("explore"), QStringLiteral("matrix"),  QStringLiteral("bandwidth"),
            QStringLiteral("context"), QStringLiteral("quality"), QStringLiteral("compare"),
            QStringLiteral("advisor")};
}

void addWindowOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Headroom: which open coding model fits which box, and how fast.\n"
                       "Without a command it opens the window. Commands (each with --help): %1.")
            .arg(Cli::commandNames().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("screenshot"), QStringLiteral("Render the main window to a PNG and exit."),
         QStringLiteral("FILE")},
        {QStringLiteral("size"), QStringLiteral("Screenshot size, e.g. 1920x1080."), QStringLiteral("WxH")},
        {QStringLiteral("tab"), QStringLiteral("View to show: %1.").arg(windowTabNames().join(QStringLiteral(", "))),
         QStringLiteral("NAME")},
        {QStringLiteral("dark"), QStringLiteral("Use the dark palette.")},
        {QStringLiteral("model"), QStringLiteral("Model to select."), QStringLiteral("ID")},
        {QStringLiteral("hardware"), QStringLiteral("Hardware to select."), QStringLiteral("ID")},
        {QStringLiteral("gpus"), QStringLiteral("GPUs per box (default: as sold)."), QStringLiteral("N")},
        {QStringLiteral("lang"),
         QStringLiteral("Interface language for this run: system, en, de or zh_CN (View > Language remembers "
                        "a choice)."),
         QStringLiteral("CODE")},
    });
    Cli::addScenarioOptions(parser);
}

std::variant<WindowOptions, EstimateError> windowOptionsFrom(const QCommandLineParser &parser)
{
    WindowOptions o;
    // The same checks as every command: a flag given twice, one that swallowed the next flag, an
    // empty value.
    if (const auto problem = Cli::checkParsed(parser))
        return *problem;
    if (!parser.positionalArguments().isEmpty())
        return bad(QStringLiteral("screenshot"),
                   QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    o.screenshot = parser.value(QStringLiteral("screenshot"));
    if (parser.isSet(QStringLiteral("screenshot")) && o.screenshot.isEmpty())
        return bad(QStringLiteral("screenshot"), QStringLiteral("needs a file name"));
    // The window takes its size from the remembered geometry: --size shapes a screenshot only.
    if (parser.isSet(QStringLiteral("size")) && o.screenshot.isEmpty())
        return bad(QStringLiteral("size"), QStringLiteral("applies only with --screenshot"));
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList parts = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        const int w = parts.size() == 2 ? parts.at(0).toInt() : 0;
        const int h = parts.size() == 2 ? parts.at(1).toInt() : 0;
        if (w < 320 || h < 240 || w > 8000 || h > 8000)
            return bad(QStringLiteral("size"), QStringLiteral("expected WIDTHxHEIGHT between 320x240 and 8000x8000"));
        o.size = QSize(w, h);
    }
    o.tab = parser.value(QStringLiteral("tab"));
    if (parser.isSet(QStringLiteral("tab")) && !windowTabNames().contains(o.tab))
        return bad(
            QStringLiteral("tab"),
            QStringLiteral("expected one of %1, got '%2'").arg(windowTabNames().join(QStringLiteral(", ")), o.tab));
    o.dark = parser.isSet(QStringLiteral("dark"));
    if (parser.isSet(QStringLiteral("lang"))) {
        o.language = Language::parse(parser.value(QStringLiteral("lang")));
        if (!o.language)
            return bad(
                QStringLiteral("lang"),
                QStringLiteral("expected system, en, de or zh_CN, got '%1'").arg(parser.value(QStringLiteral("lang"))));
    }
    // The ids the window will show: the built-in catalog and the user's own entries; a screenshot
    // draws the built-in catalog alone, so only its ids are accepted there.
    const Catalog catalog = o.screenshot.isEmpty() ? mergeCatalogs(CatalogLoader::embedded(),
                                                                   UserCatalogFile(UserData::catalogPath()).read().part)
                                                   : CatalogLoader::embedded();
    o.modelId = parser.value(QStringLiteral("model"));
    if (!o.modelId.isEmpty() && !catalog.findModel(o.modelId))
        return bad(QStringLiteral("model"),
                   QStringLiteral("unknown model id '%1' (see 'headroom catalog')").arg(o.modelId));
    o.hardwareId = parser.value(QStringLiteral("hardware"));
    if (!o.hardwareId.isEmpty() && !catalog.findHardware(o.hardwareId))
        return bad(QStringLiteral("hardware"),
                   QStringLiteral("unknown hardware id '%1' (see 'headroom catalog')").arg(o.hardwareId));
    // The same parser and limits as the commands: rejected with a message, never clamped.
    bool anyScenarioFlag = false;
    for (const char *flag :
         {"quant", "kv-type", "context", "batch", "gpus", "prompt", "answer", "efficiency", "offload", "parallel"})
        anyScenarioFlag = anyScenarioFlag || parser.isSet(QString::fromLatin1(flag));
    if (anyScenarioFlag) {
        const auto scenario = Cli::scenarioFrom(parser);
        if (const auto *error = std::get_if<EstimateError>(&scenario))
            return *error;
        o.scenario = std::get<Scenario>(scenario);
        if (!o.hardwareId.isEmpty() && o.scenario->gpus > 0) {
            const HardwareSpec &box = *catalog.findHardware(o.hardwareId);
            if (o.scenario->gpus > std::max(box.maxGpus, box.gpus))
                return bad(
                    QStringLiteral("gpus"),
                    QStringLiteral("%1 holds at most %2 GPU(s)").arg(box.name).arg(std::max(box.maxGpus, box.gpus)));
        }
    }
    return o;
}

void applyWindowOptions(MainWindow &window, const WindowOptions &o)
{
    Session &session = window.session();
    if (o.scenario)
        session.setScenario(*o.scenario);
    if (!o.modelId.isEmpty() || !o.hardwareId.isEmpty())
        session.select(o.modelId.isEmpty() ? session.modelId() : o.modelId,
                       o.hardwareId.isEmpty() ? session.hardwareId() : o.hardwareId);
    if (o.dark)
        window.setDarkPalette(true);
    const int tab = int(windowTabNames().indexOf(o.tab));
    if (tab == 0) {
        window.showPage(MainWindow::Page::Explore);
    } else if (tab >= 1 && tab <= 4) {
        window.showPage(MainWindow::Page::Explore);
        window.explorePage()->showView(ExplorePage::View(tab - 1));
    } else if (tab == 5) {
        window.showPage(MainWindow::Page::Compare);
    } else if (tab == 6) {
        window.showPage(MainWindow::Page::Advisor);
    }
}

} // namespace Headroom
