#include "cli/clioptions.h"
#include "cli/commands.h"
#include "englishplurals.h"
#include "exportcommands.h"
#include "language.h"
#include "mainwindow.h"
#include "safewrite.h"
#include "userdata.h"
#include "windowhost.h"
#include "windowoptions.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QImage>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextStream>

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

// Qt's own messages (XDG_RUNTIME_DIR unset, libpng, platform notes) never reach a command's
// stderr: one line there means one line.
void quiet(QtMsgType, const QMessageLogContext &, const QString &) {}

using Runner = int (*)(const QStringList &, QTextStream &, QTextStream &);

// Runs a command with its output collected, then written to standard output with every byte
// checked: "> /dev/full" or a full disk is exit 1 with the reason, never a silent exit 0.
template<typename Application>
int runCommand(int argc, char *argv[], const QStringList &arguments, Runner runner)
{
    qInstallMessageHandler(quiet);
    Application app(argc, argv);
    identify();
    Headroom::installEnglishPlurals(); // the commands speak English ("1 year", "3 years")
    QByteArray output;
    QString errors;
    int status = Headroom::Cli::kExitOk;
    {
        QTextStream out(&output);
        QTextStream err(&errors);
        status = runner(arguments, out, err);
    }
    const Headroom::SafeWrite::Result written = Headroom::SafeWrite::toStandardOutput(output);
    if (!errors.isEmpty())
        std::fputs(errors.toLocal8Bit().constData(), stderr);
    if (!written.ok) {
        std::fprintf(stderr, "headroom: %s\n", qPrintable(written.error));
        return Headroom::Cli::kExitEnvironment;
    }
    return status;
}

// The commands that draw charts need widgets (a QApplication, offscreen without a display);
// the others only a QCoreApplication.
int dispatch(int argc, char *argv[], const QStringList &arguments)
{
    if (Headroom::ExportCommands::handles(arguments)) {
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return runCommand<QApplication>(argc, argv, arguments, &Headroom::ExportCommands::run);
    }
    return runCommand<QCoreApplication>(argc, argv, arguments, &Headroom::Cli::run);
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);
    // A leading word is a command (or a mistyped one, which the runner names): no display needed.
    if (arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-')))
        return dispatch(argc, argv, arguments);

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
    if (arguments.contains(QStringLiteral("--screenshot")))
        qInstallMessageHandler(quiet); // a scripted screenshot: one stderr line at most

    QApplication app(argc, argv);
    identify();
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
    // The language chosen in View → Language (the system's until then); --lang for this run.
    // Qt's own strings (dialog buttons) come from Qt's translations.
    Headroom::Language::apply(options.language.value_or(Headroom::Language::remembered()));
    if (screenshot) // a screenshot shows the defaults, never the user's remembered state
        QStandardPaths::setTestModeEnabled(true);

    // A screenshot shows the built-in catalog: the same picture on every machine.
    Headroom::WindowHost host(Headroom::CatalogLoader::embedded(),
                              screenshot ? QString() : Headroom::UserData::catalogPath());
    Headroom::MainWindow *window = host.window();
    Headroom::applyWindowOptions(*window, options);
    if (screenshot) {
        const QSize size = options.size;
        window->resize(size);
        window->show();
        QCoreApplication::processEvents();
        // Encoded first, then written through the checked path: a full disk never truncates an
        // existing file, and the message says why.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!window->grab().toImage().save(&buffer, "PNG")) {
            err << "headroom: cannot encode the screenshot as PNG" << Qt::endl;
            return Headroom::Cli::kExitEnvironment;
        }
        const Headroom::SafeWrite::Result written = Headroom::SafeWrite::bytesToFile(options.screenshot, png);
        if (!written.ok) {
            err << "headroom: " << written.error << Qt::endl;
            return Headroom::Cli::kExitEnvironment;
        }
        return Headroom::Cli::kExitOk;
    }
    window->show();
    return QApplication::exec();
}
