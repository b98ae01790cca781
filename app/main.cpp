#include "cli/clioptions.h"
#include "cli/commands.h"
#include "exportcommands.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void identify()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Headroom"));
    QCoreApplication::setApplicationName(QStringLiteral("headroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEADROOM_VERSION));
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// The window's flags; the commands have their own (headroom COMMAND --help).
void addWindowOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Headroom: which open coding model fits which box, and how fast.\n"
                       "Without a command it opens the window. Commands (each with --help): catalog, estimate, "
                       "compare, matrix, export, report."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Render the main window to a PNG and exit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tab"),
                      QStringLiteral("View to show: matrix, bandwidth, context, quality, compare or advisor."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("Use the dark palette.")});
    parser.addOption(
        {QStringLiteral("size"), QStringLiteral("Screenshot size, e.g. 1920x1080."), QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("model"), QStringLiteral("Model to select."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("hardware"), QStringLiteral("Hardware to select."), QStringLiteral("ID")});
    Headroom::Cli::addScenarioOptions(parser);
    parser.addOption({QStringLiteral("gpus"), QStringLiteral("GPU count."), QStringLiteral("N")});
}

// Parses the window's flags with a plain QCoreApplication. Returns the exit status when the
// invocation is answered here (help, version, a bad flag), nullopt when the window should open.
std::optional<int> answerWithoutDisplay(int argc, char *argv[], const QStringList &arguments)
{
    QCoreApplication app(argc, argv);
    identify();
    QCommandLineParser parser;
    addWindowOptions(parser);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "headroom: %s\n", qPrintable(parser.errorText()));
        return Headroom::Cli::kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("headroom %s\n", HEADROOM_VERSION);
        return 0;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);
    // A leading word is a command (or a mistyped one, which the runner names): no display needed.
    const bool command = arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-'));
    if (command && Headroom::ExportCommands::handles(arguments)) {
        // Charts are widgets and need a QApplication; with no display, draw offscreen.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        identify();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Headroom::ExportCommands::run(arguments, out, err);
    }
    if (command) {
        // Commands run with no display at all: only a QCoreApplication.
        QCoreApplication app(argc, argv);
        identify();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Headroom::Cli::run(arguments, out, err);
    }

    // --help, --version and bad flags are answered before any window system is touched, so
    // they work over ssh and in scripts; a window needs a display, and says so when there is none.
    if (const std::optional<int> status = answerWithoutDisplay(argc, argv, arguments))
        return *status;
    if (!hasDisplay()) {
        if (!arguments.contains(QStringLiteral("--screenshot"))) {
            std::fputs("headroom: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
                       "the commands need none: see 'headroom --help'\n",
                       stderr);
            return 1;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a screenshot renders without a screen
    }

    QApplication app(argc, argv);
    identify();
    // The interface follows the system language where a translation exists; Qt's own
    // strings (dialog buttons) come from Qt's translations.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("headroom"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QApplication::setApplicationDisplayName(QStringLiteral("Headroom"));
    QApplication::setDesktopFileName(QStringLiteral("org.headroom.Headroom"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.headroom.Headroom.svg")));
    QTextStream err(stderr);

    QCommandLineParser parser;
    addWindowOptions(parser);
    parser.process(app);

    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    if (screenshot) // a screenshot shows the defaults, never the user's remembered state
        QStandardPaths::setTestModeEnabled(true);

    const Headroom::Catalog &catalog = Headroom::CatalogLoader::embedded();
    auto window = std::make_unique<Headroom::MainWindow>(catalog);
    const auto scenario = Headroom::Cli::scenarioFrom(parser);
    if (const auto *error = std::get_if<Headroom::EstimateError>(&scenario)) {
        err << "headroom: " << error->message << Qt::endl;
        return Headroom::Cli::kExitUsage;
    }
    bool anyScenarioFlag = false;
    for (const char *flag : {"quant", "kv-type", "context", "batch", "gpus"})
        anyScenarioFlag = anyScenarioFlag || parser.isSet(QString::fromLatin1(flag));
    if (anyScenarioFlag)
        window->setScenario(std::get<Headroom::Scenario>(scenario));
    if (parser.isSet(QStringLiteral("model")) || parser.isSet(QStringLiteral("hardware"))) {
        const QString model = parser.value(QStringLiteral("model"));
        const QString hardware = parser.value(QStringLiteral("hardware"));
        if ((!model.isEmpty() && !catalog.findModel(model)) ||
            (!hardware.isEmpty() && !catalog.findHardware(hardware))) {
            err << "headroom: unknown model or hardware id (see 'headroom catalog')" << Qt::endl;
            return Headroom::Cli::kExitUsage;
        }
        window->selectPair(model.isEmpty() ? window->selectedModelId() : model,
                           hardware.isEmpty() ? window->selectedHardwareId() : hardware);
    }
    if (parser.isSet(QStringLiteral("dark")))
        window->setDarkPalette(true);
    const QStringList tabs = {QStringLiteral("matrix"),  QStringLiteral("bandwidth"), QStringLiteral("context"),
                              QStringLiteral("quality"), QStringLiteral("compare"),   QStringLiteral("advisor")};
    if (parser.isSet(QStringLiteral("tab"))) {
        const int tab = int(tabs.indexOf(parser.value(QStringLiteral("tab"))));
        if (tab < 0) {
            err << "headroom: --tab: expected one of " << tabs.join(QStringLiteral(", ")) << Qt::endl;
            return Headroom::Cli::kExitUsage;
        }
        if (tab < 4)
            window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))->setCurrentIndex(tab);
        else
            window->showMode(tab - 3);
    }

    if (screenshot) {
        QSize size(1280, 800);
        if (parser.isSet(QStringLiteral("size"))) {
            const QStringList parts = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
            const int w = parts.size() == 2 ? parts.at(0).toInt() : 0;
            const int h = parts.size() == 2 ? parts.at(1).toInt() : 0;
            if (w < 320 || h < 240 || w > 8000 || h > 8000) {
                err << "headroom: --size: expected WIDTHxHEIGHT between 320x240 and 8000x8000" << Qt::endl;
                return Headroom::Cli::kExitUsage;
            }
            size = QSize(w, h);
        }
        window->resize(size);
        window->show();
        QCoreApplication::processEvents();
        const QString file = parser.value(QStringLiteral("screenshot"));
        if (!window->grab().save(file, "PNG")) {
            err << "headroom: could not write the screenshot to " << file << Qt::endl;
            return 1;
        }
        return 0;
    }
    window->show();
    return QApplication::exec();
}
