// The program: a command, or the window.
#include "cli/clioptions.h"
#include "cli/commands.h"
#include "englishplurals.h"
#include "exportcommands.h"
#include "mainwindow.h"
#include "messagetext.h"
#include "safewrite.h"
#include "windowhost.h"
#include "windowoptions.h"
#include "windowstart.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QImage>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <memory>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

namespace {

// A closed standard stream (`--help >&-`) would hand its number to the next file opened, and
// standard output would land there (an event file descriptor, a lock file). Each closed one is
// taken by /dev/null opened the wrong way round, so every write to it fails and is reported.
void reserveStandardStreams()
{
    for (const int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO}) {
        if (::fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            const int placeholder = ::open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY);
            if (placeholder >= 0 && placeholder != fd) {
                ::dup2(placeholder, fd);
                ::close(placeholder);
            }
        }
    }
}

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

// Qt's own messages (XDG_RUNTIME_DIR unset, libpng, platform notes) never reach a command's
// stderr: one line there means one line.
void quiet(QtMsgType, const QMessageLogContext &, const QString &) {}

// Parses the window's flags with a plain QCoreApplication. Returns the exit status when the
// invocation is answered here (help, version, a bad flag), nullopt when the window should open.
// One line on stderr, control characters quoted.
void complain(const QString &message)
{
    std::fprintf(stderr, "headroom: %s\n", Headroom::MessageText::oneLine(message).toLocal8Bit().constData());
}

// Text for standard output, every byte checked: "--help > /dev/full" is exit 1, not a silent 0.
int print(const QString &text)
{
    const Headroom::SafeWrite::Result written = Headroom::SafeWrite::toStandardOutput(text.toLocal8Bit());
    if (written.ok)
        return Headroom::Cli::kExitOk;
    complain(written.error);
    return Headroom::Cli::kExitEnvironment;
}

std::optional<int> answerWithoutDisplay(int argc, char *argv[], const QStringList &arguments)
{
    QCoreApplication app(argc, argv);
    identify();
    QCommandLineParser parser;
    Headroom::addWindowOptions(parser);
    if (!parser.parse(arguments)) {
        complain(parser.errorText());
        return Headroom::Cli::kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        return print(parser.helpText());
    if (parser.isSet(QStringLiteral("version")))
        return print(QStringLiteral("headroom %1\n").arg(QStringLiteral(HEADROOM_VERSION)));
    const auto options = Headroom::windowOptionsFrom(parser);
    if (const auto *error = std::get_if<Headroom::EstimateError>(&options)) {
        complain(error->message);
        return Headroom::Cli::kExitUsage;
    }
    return std::nullopt;
}

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
        if (errors.isEmpty()) // one line: the command's own error comes first when there is one
            complain(written.error);
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
    reserveStandardStreams();
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
    const std::unique_ptr<Headroom::WindowHost> host = Headroom::WindowStart::open(options);
    Headroom::MainWindow *window = host->window();
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
            complain(written.error);
            return written.sameAsInput ? Headroom::Cli::kExitUsage : Headroom::Cli::kExitEnvironment;
        }
        return Headroom::Cli::kExitOk;
    }
    window->show();
    return QApplication::exec();
}
