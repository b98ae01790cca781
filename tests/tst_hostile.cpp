// The reliability review (../shared/reference/reliability-review-2026-12.md) as a suite: a case
// generator per row of its table, at least as many cases per row as the review ran, judged by the
// README's contract, counted in the review's columns and printed as its table. Every column but
// clean refusals and correct answers must be 0.
//
// Faults are made in a private mount namespace on a tmpfs of the suite's own (full and read-only
// disks are small tmpfs mounts, device nodes are made there with mknod), so the machine's disks and
// /dev are never touched: that needs root and unshare(2). Under CI=true a machine without them
// fails the suite; elsewhere it is skipped. strace (kills at each system call) comes with .ci/deps.
// The memory-checked sample runs in CI's AddressSanitizer pass, where the binary checks itself;
// HOSTILE_VALGRIND=1 runs it under valgrind in a plain build (valgrind is then needed by hand).
#include "hostile/harness.h"
#include "hostile/hostilehub.h"
#include "hostile/rows.h"

#include <QFile>

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Hostile;

// The behaviour rows are judged in the plain build; the sanitizer build (CI's second pass, every
// run several times slower) runs the memory-checked sample, where AddressSanitizer and UBSan check
// the binary from inside.
#define BEHAVIOUR_ROW()                                                                                                \
    if (m_context.sanitized)                                                                                           \
    QSKIP("judged in the plain build; this sanitizer build runs the memory-checked sample")

namespace {

// Set in main(), before any thread exists: a private mount namespace and a tmpfs to work on.
QString g_scratch;
QString g_whyNot;
bool g_chroot = false;

// A chroot (as ../shared/tools/fresh-debian makes) has a directory for its root, not a mount point: no
// mount of it can be made private, and a tmpfs mounted there would show on the machine outside. Told
// apart from a machine that lacks namespaces by the root missing from its own mount table.
bool inChroot()
{
    QFile table(QStringLiteral("/proc/self/mountinfo"));
    if (!table.open(QIODevice::ReadOnly))
        return false; // no /proc: not the case this is for, so the suite fails under CI as before
    for (const QByteArray &line : table.readAll().split('\n')) {
        if (line.split(' ').value(4) == "/")
            return false;
    }
    return true;
}

void enterPrivateNamespace()
{
    if (::geteuid() != 0) {
        g_whyNot = QStringLiteral("the suite needs root for its private mount namespace");
        return;
    }
    if (inChroot()) {
        g_chroot = true;
        g_whyNot = QStringLiteral("a chroot: its root is not a mount point, so no private mount namespace can be made "
                                  "here (CI runs the suite on the machine itself)");
        return;
    }
    if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        g_whyNot =
            QStringLiteral("no private mount namespace here: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    char pattern[] = "/tmp/headroom-hostile-XXXXXX";
    if (!::mkdtemp(pattern) || ::chmod(pattern, 0755) != 0 ||
        ::mount("hostile", pattern, "tmpfs", 0, "size=3g,mode=0755") != 0) {
        g_whyNot =
            QStringLiteral("cannot mount the suite's tmpfs: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    g_scratch = QString::fromLocal8Bit(pattern);
}

bool onPath(const char *tool)
{
    return !QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty();
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cliCommandsAndFlags();
    void writePath();
    void killsAndConcurrentWriters();
    void userFiles();
    void importGguf();
    void importConfig();
    void importHub();
    void calibrate();
    void windowStart();
    void memcheckSample();
    void cleanupTestCase();

private:
    // Runs the row, records its counts, fails on anything but refusals and correct answers.
    void row(const QString &name, int reviewCases, const QList<Case> &cases, int parallel = 4);

    Context m_context;
    std::unique_ptr<HostileHub> m_hub;
    QList<std::pair<QString, Tally>> m_table;
};

void TestHostile::initTestCase()
{
    const bool ci = qEnvironmentVariable("CI") == QLatin1String("true");
    if (g_scratch.isEmpty()) {
        if (ci && !g_chroot)
            QFAIL(qPrintable(g_whyNot + QStringLiteral(" (CI runs as root: this must not be skipped there)")));
        QSKIP(qPrintable(g_whyNot));
    }
    for (const char *tool : {"strace", "bash"}) {
        if (!onPath(tool)) {
            if (ci)
                QFAIL(qPrintable(QStringLiteral("%1 is missing: .ci/deps installs it").arg(QLatin1String(tool))));
            QSKIP(qPrintable(QStringLiteral("%1 is missing: install it with bash .ci/deps").arg(QLatin1String(tool))));
        }
    }
    // HOSTILE_HEADROOM runs the suite against another build (an older commit's binary, to see a
    // finding before its fix).
    m_context.headroom = qEnvironmentVariable("HOSTILE_HEADROOM", QStringLiteral(HEADROOM_BINARY));
    m_context.probe = QStringLiteral(HEADROOM_PROBE);
#if defined(__SANITIZE_ADDRESS__)
    m_context.sanitized = true;
#endif
    m_context.valgrind = qEnvironmentVariableIntValue("HOSTILE_VALGRIND") > 0;
    if (m_context.valgrind && !onPath("valgrind"))
        QFAIL("HOSTILE_VALGRIND=1 needs valgrind (apt-get install valgrind)");
    m_hub = std::make_unique<HostileHub>();
    m_context.hub = m_hub->address();
}

void TestHostile::row(const QString &name, int reviewCases, const QList<Case> &cases, int parallel)
{
    // Another build's binary makes other system calls, so has fewer kill points: the count is
    // this build's promise.
    const bool otherBinary = qEnvironmentVariableIsSet("HOSTILE_HEADROOM");
    QVERIFY2(
        otherBinary || cases.size() >= reviewCases,
        qPrintable(
            QStringLiteral("%1: %2 cases, fewer than the review's %3").arg(name).arg(cases.size()).arg(reviewCases)));
    Runner runner(m_context.headroom, g_scratch);
    const Tally t = runner.run(name, cases, parallel);
    m_table.append({name, t});
    for (const QString &p : t.problems.mid(
             0, qEnvironmentVariableIntValue("HOSTILE_SHOW") > 0 ? qEnvironmentVariableIntValue("HOSTILE_SHOW") : 40))
        qWarning().noquote() << p;
    QVERIFY2(t.bad() == 0, qPrintable(QStringLiteral("%1: %2 crashes, %3 hangs, %4 losses, %5 contract breaks")
                                          .arg(name)
                                          .arg(t.counts[0])
                                          .arg(t.counts[1])
                                          .arg(t.counts[2])
                                          .arg(t.counts[3])));
}

void TestHostile::cliCommandsAndFlags()
{
    BEHAVIOUR_ROW();
    row(QStringLiteral("CLI commands and flags"), 3475,
        cliFlagCases(m_context) + cliWordCases(m_context) + cliContractCases(m_context));
}

void TestHostile::writePath()
{
    BEHAVIOUR_ROW();
    row(QStringLiteral("write path (-o, stdout, devices, FIFOs, full or read-only disk)"), 228, writeCases(m_context));
}

void TestHostile::killsAndConcurrentWriters()
{
    BEHAVIOUR_ROW();
    row(QStringLiteral("kill -9 mid-write, concurrent writers"), 360, killCases(m_context), 2);
}

void TestHostile::userFiles()
{
    BEHAVIOUR_ROW();
    row(QStringLiteral("user catalog / calibration / settings / scenario files"), 954, userFileCases(m_context), 6);
}

void TestHostile::importGguf()
{
    BEHAVIOUR_ROW();
    row(QStringLiteral("import: hostile GGUF"), 440, ggufCases(m_context));
}

void TestHostile::importConfig()
{
    BEHAVIOUR_ROW();
    row(QStringLiteral("import: hostile config.json"), 1093, configCases(m_context));
}

void TestHostile::importHub()
{
    BEHAVIOUR_ROW();
    row(QStringLiteral("import hf: (a hostile Hub on loopback)"), 215, hubCases(m_context), 8);
    QVERIFY2(!m_hub->tokenLeaked(), "HF_TOKEN reached another origin");
    QVERIFY2(m_hub->requestsFor(QStringLiteral("pages-loop")) <= 3 * 8,
             "a paged list that loops was followed more than once a run");
}

void TestHostile::calibrate()
{
    BEHAVIOUR_ROW();
    row(QStringLiteral("calibrate (hostile llama-bench output)"), 458, calibrateCases(m_context));
}

void TestHostile::windowStart()
{
    BEHAVIOUR_ROW();
    row(QStringLiteral("window start and --screenshot targets"), 103, windowCases(m_context), 3);
}

void TestHostile::memcheckSample()
{
    // valgrind adds about ten minutes (3 s a run): the plain build runs it when asked.
    if (!m_context.sanitized && !m_context.valgrind)
        QSKIP("the memory-checked sample runs in the sanitizer build (CI's second pass); HOSTILE_VALGRIND=1 runs "
              "it under valgrind in this build");
    row(m_context.sanitized ? QStringLiteral("memory-checked sample (AddressSanitizer + UBSan build)")
                            : QStringLiteral("valgrind memcheck sample (import, catalogs, scenarios, calibrate)"),
        385, memcheckCases(m_context), 2);
}

void TestHostile::cleanupTestCase()
{
    if (m_table.isEmpty())
        return;
    // The review's table, with this suite's counts.
    std::array<int, kOutcomes> total{};
    int cases = 0;
    qint64 ms = 0;
    QString out = QStringLiteral("\n| category | cases | crashes | hangs | data loss | contract breaks | clean "
                                 "refusals | correct | seconds |\n|---|---|---|---|---|---|---|---|---|\n");
    const auto line = [&out](const QString &name, int n, const std::array<int, kOutcomes> &c, qint64 elapsed) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                   .arg(name)
                   .arg(n)
                   .arg(c[0])
                   .arg(c[1])
                   .arg(c[2])
                   .arg(c[3])
                   .arg(c[4])
                   .arg(c[5])
                   .arg(elapsed / 1000);
    };
    for (const auto &[name, t] : std::as_const(m_table)) {
        line(name, t.cases, t.counts, t.elapsedMs);
        cases += t.cases;
        ms += t.elapsedMs;
        for (int i = 0; i < kOutcomes; ++i)
            total[i] += t.counts[i];
    }
    line(QStringLiteral("**total**"), cases, total, ms);
    std::fputs(out.toUtf8().constData(), stdout);
    std::fflush(stdout);
    // ctest shows a passing test's output only when asked: .ci/test prints this file after the run.
    QFile counts(QStringLiteral("hostile-counts.md"));
    if (counts.open(QIODevice::WriteOnly | QIODevice::Truncate))
        counts.write(out.toUtf8());
    ::umount2(QFile::encodeName(g_scratch).constData(), MNT_DETACH);
    ::rmdir(QFile::encodeName(g_scratch).constData());
}

int main(int argc, char *argv[])
{
    enterPrivateNamespace();
    // A row runs for minutes (the memory-checked sample for about ten): past QtTest's 5-minute watch.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    QCoreApplication app(argc, argv);
    TestHostile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostile.moc"
