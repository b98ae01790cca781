#include "harness.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <csignal>

#include <fcntl.h>
#include <grp.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace Hostile {

namespace {

// The review's limits: 3 GB of address space (not under AddressSanitizer, which reserves terabytes
// of shadow memory) and a 20 s watch.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
constexpr rlim_t kAddressSpace = rlim_t(3) << 30;
constexpr uid_t kNobody = 65534;

QString slug(const QString &row)
{
    QString s;
    for (const QChar c : row)
        s += c.isLetterOrNumber() ? c.toLower() : QLatin1Char('-');
    return s.left(40);
}

void chownTree(const QString &dir)
{
    if (::lchown(QFile::encodeName(dir).constData(), kNobody, kNobody) != 0)
        return;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        (void)::lchown(QFile::encodeName(it.next()).constData(), kNobody, kNobody);
}

bool hasRawControl(const QByteArray &err)
{
    for (qsizetype i = 0; i < err.size(); ++i) {
        const uchar c = uchar(err.at(i));
        const bool finalNewline = c == '\n' && i == err.size() - 1;
        if ((c < 0x20 && !finalNewline) || c == 0x7f)
            return true;
        if (c == 0xc2 && i + 1 < err.size() && uchar(err.at(i + 1)) >= 0x80 && uchar(err.at(i + 1)) <= 0x9f)
            return true; // a C1 control in UTF-8
    }
    return false;
}

// The environment every case starts from: nothing of the machine's user, nothing that reaches out.
QProcessEnvironment environmentFor(const Case &c, const QString &dir)
{
    QProcessEnvironment e;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    // A sanitizer's finding aborts (a signal: counted as a crash), never an exit 1 that could pass
    // for a refusal.
    for (const char *keep : {"ASAN_OPTIONS", "UBSAN_OPTIONS"}) {
        const QString given = system.value(QLatin1String(keep));
        e.insert(QLatin1String(keep),
                 given + (given.isEmpty() ? QString() : QStringLiteral(":")) + QStringLiteral("abort_on_error=1"));
    }
    e.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    e.insert(QStringLiteral("HOME"), dir + QStringLiteral("/home"));
    e.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    e.insert(QStringLiteral("XDG_CACHE_HOME"), dir + QStringLiteral("/cache"));
    e.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir + QStringLiteral("/run"));
    e.insert(QStringLiteral("TMPDIR"), dir + QStringLiteral("/tmp"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    e.insert(QStringLiteral("HEADROOM_TODAY"), QStringLiteral("2026-11-29"));
    // A closed port on the loopback address: a case that reaches for the Hub by mistake fails
    // here, never on the internet.
    e.insert(QStringLiteral("HF_ENDPOINT"), QStringLiteral("http://127.0.0.1:9"));
    for (auto it = c.env.cbegin(); it != c.env.cend(); ++it)
        e.insert(it.key(), it.value());
    return e;
}

} // namespace

const char *outcomeName(Outcome o)
{
    static const char *names[] = {"crash", "hang", "loss", "break", "refusal", "correct"};
    return names[int(o)];
}

QString dataDir(const QString &caseDir)
{
    return caseDir + QStringLiteral("/data/Headroom/headroom");
}

QString configFile(const QString &caseDir)
{
    return caseDir + QStringLiteral("/config/Headroom/headroom.conf");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

void makeFifo(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (::mkfifo(QFile::encodeName(path).constData(), 0644) != 0)
        qFatal("cannot make the FIFO %s", qPrintable(path));
}

void makeDevice(const QString &path, int major, int minor)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(major, minor)) != 0)
        qFatal("cannot make the device node %s (root in a private mount namespace needed)", qPrintable(path));
}

void makeLink(const QString &target, const QString &link)
{
    QDir().mkpath(QFileInfo(link).absolutePath());
    if (::symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) != 0)
        qFatal("cannot link %s", qPrintable(link));
}

void mountTmpfs(const QString &path, const QString &options)
{
    QDir().mkpath(path);
    if (::mount("hostile", QFile::encodeName(path).constData(), "tmpfs", 0, options.toLatin1().constData()) != 0)
        qFatal("cannot mount a tmpfs at %s (root in a private mount namespace needed)", qPrintable(path));
}

void fillDisk(const QString &path, qint64 leaveBytes)
{
    // Whole pages first, then what is left down to the byte (tmpfs counts pages).
    QFile filler(path + QStringLiteral("/filler"));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return;
    const QByteArray page(4096, 'x');
    while (filler.write(page) == page.size()) {
    }
    filler.close();
    if (leaveBytes > 0)
        filler.resize(std::max<qint64>(0, filler.size() - leaveBytes));
}

void makeLoop(const QString &a, const QString &b)
{
    makeLink(b, a);
    makeLink(a, b);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString identity(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("missing");
    if (S_ISLNK(st.st_mode))
        return QStringLiteral("link:") + QFile::symLinkTarget(path);
    if (S_ISFIFO(st.st_mode))
        return QStringLiteral("fifo");
    if (S_ISCHR(st.st_mode))
        return QStringLiteral("chardev:%1").arg(quint64(st.st_rdev));
    if (S_ISDIR(st.st_mode))
        return QStringLiteral("dir");
    const QByteArray hash = QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("file:%1:%2").arg(QString::fromLatin1(hash)).arg(st.st_mode & 07777, 0, 8);
}

QString testData(const QString &relative)
{
    return QStringLiteral(HEADROOM_TEST_DATA "/") + relative;
}

Runner::Runner(QString headroom, QString scratch)
    : m_headroom(std::move(headroom))
    , m_scratch(std::move(scratch))
{}

Outcome Runner::judge(const Case &c, const Run &r, QString *why)
{
    if (r.hung) {
        *why = QStringLiteral("still running after %1 s").arg(c.watchMs / 1000);
        return Outcome::Hang;
    }
    const QString found = c.check ? c.check(r) : QString();
    if (c.expect.kind == Expect::Killed) {
        *why = found;
        return found.startsWith(QLatin1String("loss")) ? Outcome::Loss
               : found.isEmpty()                       ? Outcome::Correct
                                                       : Outcome::Break;
    }
    if (r.signalled || r.exitCode < 0 || r.exitCode > 2) {
        *why = QStringLiteral("exit %1%2: %3")
                   .arg(r.exitCode)
                   .arg(r.signalled ? QStringLiteral(" (signal)") : QString())
                   .arg(QString::fromLocal8Bit(r.err.left(300)));
        return Outcome::Crash;
    }
    if (found.startsWith(QLatin1String("loss"))) {
        *why = found;
        return Outcome::Loss;
    }
    const QString err = QString::fromUtf8(r.err);
    const auto broken = [why](const QString &text) {
        *why = text;
        return Outcome::Break;
    };
    if (r.exitCode == 0 && !r.err.isEmpty())
        return broken(QStringLiteral("exit 0 with stderr: %1").arg(err.left(200)));
    if (r.exitCode != 0 && (!r.err.endsWith('\n') || r.err.count('\n') != 1 || !r.err.startsWith("headroom: ")))
        return broken(QStringLiteral("exit %1 without exactly one 'headroom: ' line: %2").arg(r.exitCode).arg(err));
    // A command that fails prints its one line, not half a result first.
    if (r.exitCode != 0 && c.stdoutMode == Case::Stdout::Capture && !r.out.isEmpty())
        return broken(QStringLiteral("exit %1 after printing a result").arg(r.exitCode));
    if (hasRawControl(r.err))
        return broken(QStringLiteral("raw control characters on stderr: %1").arg(err.toHtmlEscaped()));
    if (c.expect.kind == Expect::Success && r.exitCode != 0)
        return broken(QStringLiteral("refused a valid input: %1").arg(err.trimmed()));
    if (c.expect.kind == Expect::Refusal && r.exitCode == 0)
        return broken(QStringLiteral("accepted (exit 0) what must be refused"));
    if (c.expect.kind == Expect::Refusal && c.expect.status != 0 && r.exitCode != c.expect.status)
        return broken(QStringLiteral("exit %1, not %2: %3").arg(r.exitCode).arg(c.expect.status).arg(err.trimmed()));
    if (r.exitCode != 0 && !c.expect.mention.isEmpty()) {
        const bool named = std::any_of(c.expect.mention.cbegin(), c.expect.mention.cend(),
                                       [&err](const QString &m) { return err.contains(m); });
        if (!named)
            return broken(QStringLiteral("the message names none of %1: %2")
                              .arg(c.expect.mention.join(QStringLiteral(", ")), err.trimmed()));
    }
    if (r.exitCode == 0 && c.stdoutIsJson && c.stdoutMode == Case::Stdout::Capture &&
        c.args.contains(QStringLiteral("--json"))) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        if (!doc.isObject() || !doc.object().contains(QStringLiteral("format")))
            return broken(QStringLiteral("--json printed no object with \"format\""));
    }
    if (!found.isEmpty())
        return broken(found);
    return r.exitCode == 0 ? Outcome::Correct : Outcome::Refusal;
}

Tally Runner::run(const QString &row, const QList<Case> &cases, int parallel)
{
    Tally tally;
    tally.cases = int(cases.size());
    QElapsedTimer clock;
    clock.start();
    const QString rowDir = m_scratch + QLatin1Char('/') + slug(row);
    QDir().mkpath(rowDir);
    qsizetype next = 0;
    int running = 0;
    QEventLoop loop;
    std::function<void()> startMore;

    const auto finish = [&](qsizetype index, const Run &r) {
        QString why;
        const Outcome o = judge(cases.at(index), r, &why);
        ++tally.counts[int(o)];
        if (int(o) < 4)
            tally.problems
                << QStringLiteral("%1: %2: %3").arg(QLatin1String(outcomeName(o)), cases.at(index).name, why.left(400));
        for (const QString &m : cases.at(index).mounts)
            ::umount2(QFile::encodeName(r.dir + QLatin1Char('/') + m).constData(), MNT_DETACH);
        QDir(r.dir).removeRecursively();
        --running;
        startMore();
        if (running == 0 && next >= cases.size())
            loop.quit();
    };

    const auto launch = [&](qsizetype index) {
        const Case &c = cases.at(index);
        const QString dir = rowDir + QLatin1Char('/') + QString::number(index);
        QDir(dir).removeRecursively();
        for (const char *sub : {"home", "data", "config", "cache", "tmp", "run"})
            QDir().mkpath(dir + QLatin1Char('/') + QLatin1String(sub));
        QFile::setPermissions(dir + QStringLiteral("/run"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (c.setup)
            c.setup(dir);
        if (c.stdoutMode == Case::Stdout::ReadOnly)
            writeFile(dir + QStringLiteral("/read-only-stdout"), "kept\n");
        if (c.asNobody)
            chownTree(dir);
        auto *process = new QProcess;
        process->setProcessEnvironment(environmentFor(c, dir));
        process->setWorkingDirectory(dir);
        const QByteArray readOnly = QFile::encodeName(dir + QStringLiteral("/read-only-stdout"));
        const QByteArray node = QFile::encodeName(dir + QLatin1Char('/') + c.stdoutNode);
        const Case::Stdout mode = c.stdoutMode;
        const bool nobody = c.asNobody;
        // valgrind maps more than the review's 3 GB limit allows; it bounds memory itself.
        const bool limitMemory = !kSanitized && !c.env.contains(QStringLiteral("HOSTILE_NO_RLIMIT"));
        // In the child between fork and exec: async-signal-safe calls only.
        process->setChildProcessModifier([mode, readOnly, node, nobody, limitMemory] {
            ::setpgid(0, 0);
            if (limitMemory) {
                const rlimit limit{kAddressSpace, kAddressSpace};
                ::setrlimit(RLIMIT_AS, &limit);
            }
            if (mode == Case::Stdout::Closed) {
                ::close(STDOUT_FILENO);
            } else if (mode != Case::Stdout::Capture) {
                const int fd = ::open(mode == Case::Stdout::ReadOnly ? readOnly.constData() : node.constData(),
                                      mode == Case::Stdout::ReadOnly ? O_RDONLY : O_WRONLY);
                if (fd >= 0 && fd != STDOUT_FILENO) {
                    ::dup2(fd, STDOUT_FILENO);
                    ::close(fd);
                }
            }
            if (nobody) {
                ::setgroups(0, nullptr);
                if (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
                    ::_exit(125);
            }
        });
        auto hung = std::make_shared<bool>(false);
        auto pid = std::make_shared<qint64>(0);
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QObject::connect(process, &QProcess::started, process, [process, pid] { *pid = process->processId(); });
        auto *watch = new QTimer(process);
        watch->setSingleShot(true);
        QObject::connect(watch, &QTimer::timeout, process, [process, hung, pid] {
            *hung = true;
            if (*pid > 0)
                ::kill(-pid_t(*pid), SIGKILL);
            process->kill();
        });
        QObject::connect(process, &QProcess::finished, process,
                         [process, hung, pid, clock, dir, index, &finish](int exitCode, QProcess::ExitStatus status) {
                             Run r;
                             r.elapsedMs = clock->elapsed();
                             r.exitCode = exitCode;
                             r.hung = *hung;
                             r.signalled = status == QProcess::CrashExit && !*hung;
                             r.out = process->readAllStandardOutput();
                             r.err = process->readAllStandardError();
                             r.dir = dir;
                             // A script's children left behind (a writer, a reader) end with it.
                             if (*pid > 0)
                                 ::kill(-pid_t(*pid), SIGKILL);
                             process->deleteLater();
                             finish(index, r);
                         });
        QObject::connect(process, &QProcess::errorOccurred, process, [process, dir, index, &finish](auto error) {
            if (error != QProcess::FailedToStart)
                return;
            Run r;
            r.exitCode = 127;
            r.err = "headroom: the case could not start: " + process->errorString().toUtf8() + '\n';
            r.dir = dir;
            process->deleteLater();
            finish(index, r);
        });
        process->start(c.program.isEmpty() ? m_headroom : c.program, c.argsFor ? c.argsFor(dir) : c.args);
        if (!c.input.isEmpty())
            process->write(c.input);
        process->closeWriteChannel();
        watch->start(c.watchMs);
    };

    startMore = [&] {
        while (running < parallel && next < cases.size()) {
            ++running;
            launch(next++);
        }
    };
    startMore();
    if (running > 0)
        loop.exec();
    tally.elapsedMs = clock.elapsed();
    return tally;
}

} // namespace Hostile
