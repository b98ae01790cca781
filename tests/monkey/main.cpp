// A seeded monkey that drives the real Headroom window (xcb under Xvfb in CI) through random
// steps and the short scenarios a buyer plays through, checking after every step that the
// window still tells one truth. On a failure it prints the seed and the last steps; every step
// is journalled as it is taken, so a crash leaves them too, and --replay reruns them.
//
//   monkey [--seed N] [--steps N | --minutes M] [--journal FILE] [--size WxH]
//   monkey --replay FILE [--journal FILE]
//   monkey --macros            the buyer's scenarios it mixes in
#include "generator.h"
#include "runner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace {

// No step may take this long, even under AddressSanitizer: past it the window is hung.
constexpr double kHangSeconds = 120;

// A home of its own: the monkey's saves, settings and scenarios never reach the user's, and the
// Hugging Face Hub is a loopback port nobody listens on.
void isolate(const QString &home)
{
    for (const char *sub : {"config", "data", "cache", "runtime"})
        QDir(home).mkpath(QLatin1String(sub));
    QFile::setPermissions(home + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("HOME", home.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home + QStringLiteral("/cache")).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", (home + QStringLiteral("/runtime")).toLocal8Bit());
    qputenv("HF_ENDPOINT", "http://127.0.0.1:9");
    QDir::setCurrent(home); // a file dialog accepted with its default name writes here
    qunsetenv("HF_TOKEN");
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "monkey: cannot make a temporary home\n");
        return 2;
    }
    isolate(home.path());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Headroom"));
    QCoreApplication::setApplicationName(QStringLiteral("headroom"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed"), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption steps(QStringLiteral("steps"), QStringLiteral("Top-level steps (default 1000)"),
                                   QStringLiteral("N"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), QStringLiteral("Run this long instead of a step count"),
                                     QStringLiteral("M"));
    const QCommandLineOption replay(QStringLiteral("replay"), QStringLiteral("Rerun the steps of a journal"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption journal(QStringLiteral("journal"), QStringLiteral("Write every step here as it is taken"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size"), QStringLiteral("WxH"),
                                  QStringLiteral("1400x900"));
    const QCommandLineOption macros(QStringLiteral("macros"), QStringLiteral("List the buyer's scenarios"));
    parser.addOptions({seed, steps, minutes, replay, journal, size, macros});
    parser.process(app);
    if (parser.isSet(macros)) {
        for (const QString &name : Monkey::Generator::macroNames())
            std::printf("%s\n", qPrintable(name));
        return 0;
    }

    Monkey::Options options;
    options.seed = parser.value(seed).toULongLong();
    options.steps = parser.isSet(steps) ? parser.value(steps).toInt() : (parser.isSet(minutes) ? 0 : 1000);
    options.minutes = parser.value(minutes).toDouble();
    options.replay = parser.value(replay);
    options.journal = parser.isSet(journal) ? parser.value(journal) : home.filePath(QStringLiteral("journal.tsv"));
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    if (wh.size() == 2)
        options.size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    home.setAutoRemove(false); // the journal and the files outlive a failure; the path is printed

    Monkey::Runner runner(options);
    std::atomic<bool> finished{false};
    std::thread watchdog([&runner, &finished, seedValue = options.seed] {
        while (!finished.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            if (!finished.load() && runner.secondsSinceProgress() > kHangSeconds) {
                std::fprintf(stderr, "monkey: HUNG: no progress for %.0f s (seed %llu); the journal holds every step\n",
                             kHangSeconds, static_cast<unsigned long long>(seedValue));
                std::fflush(stderr);
                std::abort();
            }
        }
    });
    const int status = runner.run();
    finished.store(true);
    watchdog.join();
    if (status == 0)
        home.setAutoRemove(true);
    if (status != 0)
        std::fprintf(stderr, "monkey: its home, with the settings and user files it left: %s\n",
                     qPrintable(home.path()));
    return status;
}
