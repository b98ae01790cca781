#include "cli/clioptions.h"
#include "cli/commands.h"
#include "exportcommands.h"
#include "mainwindow.h"
#include "windowoptions.h"

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

// Parses the window's flags with a plain QCoreApplication. Returns the exit status when the
// invocation is answered here (help, version, a bad flag), nullopt when the window should open.
std::optional<int> answerWithoutDisplay(int argc, char *argv[], const QStringList &arguments)
{
    QCoreApplication app(argc, argv);
    identify();
    QCommandLineParser parser;
    Headroom::addWindowOptions(parser);
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
    const auto options = Headroom::windowOptionsFrom(parser);
    if (const auto *error = std::get_if<Headroom::EstimateError>(&options)) {
        std::fprintf(stderr, "headroom: %s\n", qPrintable(error->message));
        return Headroom::Cli::kExitUsage;
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
    Headroom::addWindowOptions(parser);
    parser.process(app);
    // Checked already, before the display was touched (answerWithoutDisplay).
    const Headroom::WindowOptions options = std::get<Headroom::WindowOptions>(Headroom::windowOptionsFrom(parser));
    const bool screenshot = !options.screenshot.isEmpty();
    if (screenshot) // a screenshot shows the defaults, never the user's remembered state
        QStandardPaths::setTestModeEnabled(true);

    auto window = std::make_unique<Headroom::MainWindow>(Headroom::CatalogLoader::embedded());
    Headroom::applyWindowOptions(*window, options);
    if (screenshot) {
        const QSize size = options.size;
        window->resize(size);
        window->show();
        QCoreApplication::processEvents();
        const QString file = options.screenshot;
        if (!window->grab().save(file, "PNG")) {
            err << "headroom: could not write the screenshot to " << file << Qt::endl;
            return 1;
        }
        return 0;
    }
    window->show();
    return QApplication::exec();
}
