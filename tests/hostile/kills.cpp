// Kill -9 at each system call of a save, and writers at once. Each save is traced once (strace) to
// find the calls it makes from the moment it first touches the file it saves; then one case per
// call kills the process just before that call (strace -e inject=CALL:signal=KILL:when=N, counted
// per thread as strace does). Afterwards the file and its backup must each be a whole generation,
// and the next save must go through (a lock left by the dead process is taken over). Two and four
// calibrate runs at once must all land; four writers of one -o must leave one whole file.
#include "rows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace Hostile {

namespace {

const QString kCalls = QStringLiteral(
    "openat,open,write,pwrite64,fsync,fdatasync,rename,renameat,renameat2,link,linkat,unlink,unlinkat,ftruncate,"
    "mkdir,mkdirat,close,flock,fcntl");

struct Save
{
    QString name;
    QStringList args;
    QString touches; // a path fragment: the save has begun once a call names it
    std::function<void(const QString &dir)> setup;
    std::function<QString(const Run &, const QString &headroom)> check;
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList boxesIn(const QString &file)
{
    const QJsonObject o = QJsonDocument::fromJson(readAll(file)).object();
    return sorted(o.value(QStringLiteral("boxes")).toObject().keys());
}

// The calibration file and its backup after a kill: each a whole generation, none of the boxes
// the user had lost; and the next calibrate goes through.
QString calibrationHolds(const Run &r, const QString &headroom, const QStringList &before, const QStringList &newer,
                         const QStringList &olderBackup)
{
    const QString file = dataDir(r.dir) + QStringLiteral("/calibration.json");
    const QStringList now = boxesIn(file);
    if (now != sorted(before) && now != sorted(newer))
        return QStringLiteral("loss: calibration.json holds %1, neither %2 nor %3")
            .arg(now.join(QLatin1Char(',')), before.join(QLatin1Char(',')), newer.join(QLatin1Char(',')));
    const QStringList backup = boxesIn(file + QStringLiteral(".bak"));
    if (backup != sorted(before) && backup != sorted(olderBackup))
        return QStringLiteral("loss: calibration.json.bak holds %1").arg(backup.join(QLatin1Char(',')));
    QProcess next;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), r.dir + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), r.dir + QStringLiteral("/config"));
    env.insert(QStringLiteral("HOME"), r.dir + QStringLiteral("/home"));
    next.setProcessEnvironment(env);
    next.start(headroom,
               {QStringLiteral("calibrate"), llamaBench(), QStringLiteral("--hardware"), QStringLiteral("m5-max-128")});
    if (!next.waitForFinished(20000) || next.exitCode() != 0)
        return QStringLiteral("break: the next calibrate after the kill failed: %1")
            .arg(QString::fromUtf8(next.readAllStandardError()).trimmed());
    if (!boxesIn(file).contains(QStringLiteral("rtx-4090")) && before.contains(QStringLiteral("rtx-4090")))
        return QStringLiteral("loss: rtx-4090 is gone after the next save");
    return {};
}

void calibrated(const QString &dir)
{
    // Two generations: the backup has two boxes, the file three.
    QJsonObject three = QJsonDocument::fromJson(threeBoxCalibration()).object();
    QJsonObject two = three;
    QJsonObject boxes = two.value(QStringLiteral("boxes")).toObject();
    boxes.remove(QStringLiteral("dgx-spark"));
    two.insert(QStringLiteral("boxes"), boxes);
    writeFile(dataDir(dir) + QStringLiteral("/calibration.json"), threeBoxCalibration());
    writeFile(dataDir(dir) + QStringLiteral("/calibration.json.bak"), QJsonDocument(two).toJson());
}

QList<Save> saves()
{
    const QStringList three = {QStringLiteral("dgx-spark"), QStringLiteral("rtx-4090"), QStringLiteral("rtx-5090")};
    const QStringList two = {QStringLiteral("rtx-4090"), QStringLiteral("rtx-5090")};
    const QStringList four = {QStringLiteral("dgx-spark"), QStringLiteral("rtx-4090"), QStringLiteral("rtx-5090"),
                              QStringLiteral("m5-ultra-96")};
    const QStringList fewer = {QStringLiteral("dgx-spark"), QStringLiteral("rtx-5090")};
    QList<Save> all;
    all.append(
        {QStringLiteral("calibrate a fourth box"),
         {QStringLiteral("calibrate"), llamaBench(), QStringLiteral("--hardware"), QStringLiteral("m5-ultra-96")},
         QStringLiteral("calibration.json"),
         calibrated,
         [three, four, two](const Run &r, const QString &h) { return calibrationHolds(r, h, three, four, two); }});
    all.append(
        {QStringLiteral("calibrate --builtin-only"),
         {QStringLiteral("calibrate"), llamaBench(), QStringLiteral("--hardware"), QStringLiteral("m5-ultra-96"),
          QStringLiteral("--builtin-only")},
         QStringLiteral("calibration.json"),
         calibrated,
         [three, four, two](const Run &r, const QString &h) { return calibrationHolds(r, h, three, four, two); }});
    all.append({QStringLiteral("calibrate --forget"),
                {QStringLiteral("calibrate"), QStringLiteral("--hardware"), QStringLiteral("rtx-4090"),
                 QStringLiteral("--forget")},
                QStringLiteral("calibration.json"),
                calibrated,
                [three, fewer, two](const Run &r, const QString &h) {
                    // Forgetting is what the user asked: the file may lose rtx-4090, nothing else.
                    const QString file = dataDir(r.dir) + QStringLiteral("/calibration.json");
                    const QStringList now = boxesIn(file);
                    if (now != sorted(three) && now != sorted(fewer))
                        return QStringLiteral("loss: calibration.json holds %1").arg(now.join(QLatin1Char(',')));
                    const QStringList backup = boxesIn(file + QStringLiteral(".bak"));
                    if (backup != sorted(three) && backup != sorted(two))
                        return QStringLiteral("loss: the backup holds %1").arg(backup.join(QLatin1Char(',')));
                    Q_UNUSED(h);
                    return QString();
                }});
    all.append(
        {QStringLiteral("calibrate the first box"),
         {QStringLiteral("calibrate"), llamaBench(), QStringLiteral("--hardware"), QStringLiteral("m5-ultra-96")},
         QStringLiteral("calibration.json"),
         [](const QString &) {},
         [](const Run &r, const QString &h) {
             return calibrationHolds(r, h, {}, {QStringLiteral("m5-ultra-96")}, {});
         }});
    all.append({QStringLiteral("calibrate a box again"),
                {QStringLiteral("calibrate"), llamaBench(), QStringLiteral("--hardware"), QStringLiteral("rtx-4090")},
                QStringLiteral("calibration.json"),
                calibrated,
                [three, two](const Run &r, const QString &h) { return calibrationHolds(r, h, three, three, two); }});
    for (const char *ext : {".csv", ".svg", ".png", ".pdf"}) {
        const QString target = QStringLiteral("out") + QLatin1String(ext);
        QStringList args = QByteArray(ext) == ".csv"
                               ? QStringList{QStringLiteral("matrix"), QStringLiteral("-o"), target}
                               : QStringList{QStringLiteral("export"),
                                             QStringLiteral("--chart"),
                                             QStringLiteral("bandwidth"),
                                             QStringLiteral("--model"),
                                             QStringLiteral("devstral-2"),
                                             QStringLiteral("-o"),
                                             target};
        all.append({args.first() + QStringLiteral(" -o an existing file"), args, target,
                    [target](const QString &dir) { writeFile(dir + QLatin1Char('/') + target, "old\n"); },
                    [target](const Run &r, const QString &) {
                        const QByteArray now = readAll(r.dir + QLatin1Char('/') + target);
                        // The old file, or a whole new one (CSV and SVG end in a newline, PNG in its
                        // IEND chunk, PDF in %%EOF).
                        const bool whole = now == "old\n" || now.endsWith('\n') ||
                                           now.endsWith(QByteArray::fromHex("49454e44ae426082")) ||
                                           now.trimmed().endsWith("%%EOF");
                        return whole
                                   ? QString()
                                   : QStringLiteral("loss: %1 is neither the old file nor a whole new one").arg(target);
                    }});
    }
    return all;
}

// The calls of `save` from the moment it touches its file: (name, its number in the main thread).
QList<std::pair<QString, int>> callsOf(const Context &ctx, const Save &save)
{
    QTemporaryDir scratch;
    const QString dir = scratch.path();
    for (const char *sub : {"home", "data", "config", "tmp"})
        QDir().mkpath(dir + QLatin1Char('/') + QLatin1String(sub));
    save.setup(dir);
    QProcess trace;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    env.insert(QStringLiteral("HOME"), dir + QStringLiteral("/home"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    trace.setProcessEnvironment(env);
    trace.setWorkingDirectory(dir);
    trace.start(QStringLiteral("strace"), QStringList{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"),
                                                      dir + QStringLiteral("/trace"), QStringLiteral("-e"),
                                                      QStringLiteral("trace=") + kCalls, ctx.headroom} +
                                              save.args);
    if (!trace.waitForFinished(60000) || trace.exitCode() != 0)
        qFatal("tracing '%s' failed: %s", qPrintable(save.name), trace.readAllStandardError().constData());
    static const QRegularExpression line(QStringLiteral("^(\\d+)\\s+([a-z0-9_]+)\\("));
    QList<std::pair<QString, int>> calls;
    QMap<QString, int> counts;
    QString mainPid;
    bool armed = false;
    for (const QByteArray &raw : readAll(dir + QStringLiteral("/trace")).split('\n')) {
        const QString text = QString::fromUtf8(raw);
        const auto m = line.match(text);
        if (!m.hasMatch())
            continue;
        if (mainPid.isEmpty())
            mainPid = m.captured(1);
        if (m.captured(1) != mainPid)
            continue;
        const int n = ++counts[m.captured(2)];
        armed = armed || text.contains(save.touches);
        if (armed)
            calls.append({m.captured(2), n});
    }
    // A figure written piece by piece makes hundreds of writes: every call that renames, links,
    // removes, syncs or locks is kept, and the rest sampled evenly to about sixty.
    static const QStringList always = {
        QStringLiteral("rename"),    QStringLiteral("renameat"), QStringLiteral("renameat2"), QStringLiteral("link"),
        QStringLiteral("linkat"),    QStringLiteral("unlink"),   QStringLiteral("unlinkat"),  QStringLiteral("fsync"),
        QStringLiteral("fdatasync"), QStringLiteral("flock")};
    const qsizetype step = std::max<qsizetype>(1, calls.size() / 60);
    QList<std::pair<QString, int>> kept;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        if (always.contains(calls.at(i).first) || i % step == 0)
            kept.append(calls.at(i));
    }
    return kept;
}

QString script(const QString &headroom, const QList<QStringList> &runs)
{
    QString s;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        QStringList quoted;
        for (const QString &a : runs.at(i))
            quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
        s += QStringLiteral("( '%1' %2 >/dev/null 2>err%3; echo $? > status%3 ) &\n")
                 .arg(headroom, quoted.join(QLatin1Char(' ')))
                 .arg(i);
    }
    return s + QStringLiteral("wait\n");
}

QString allZero(const Run &r, int n)
{
    for (int i = 0; i < n; ++i) {
        const QByteArray status = readAll(r.dir + QStringLiteral("/status%1").arg(i)).trimmed();
        if (status != "0")
            return QStringLiteral("break: writer %1 exited %2: %3")
                .arg(i)
                .arg(QString::fromUtf8(status), QString::fromUtf8(readAll(r.dir + QStringLiteral("/err%1").arg(i))));
    }
    return {};
}

} // namespace

QList<Case> killCases(const Context &ctx)
{
    QList<Case> cases;
    for (const Save &save : saves()) {
        for (const auto &[call, n] : callsOf(ctx, save)) {
            Case c;
            c.name = QStringLiteral("%1, killed before %2 #%3").arg(save.name, call).arg(n);
            c.program = QStringLiteral("strace");
            c.args = QStringList{QStringLiteral("-f"), QStringLiteral("-qq"),
                                 QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                 QStringLiteral("-e"), QStringLiteral("trace=") + call,
                                 QStringLiteral("-e"), QStringLiteral("inject=%1:signal=KILL:when=%2").arg(call).arg(n),
                                 ctx.headroom} +
                     save.args;
            c.expect.kind = Expect::Killed;
            c.setup = save.setup;
            const auto check = save.check;
            const QString headroom = ctx.headroom;
            c.check = [check, headroom](const Run &r) { return check(r, headroom); };
            cases << c;
        }
    }
    // Writers at once, on one HOME: every calibration lands, none is lost.
    const QStringList boxes = {QStringLiteral("m5-ultra-96"), QStringLiteral("m5-max-128"),
                               QStringLiteral("rtx-pro-6000"), QStringLiteral("rtx-5080")};
    for (const int writers : {2, 4}) {
        for (int trial = 0; trial < 40; ++trial) {
            QList<QStringList> runs;
            for (int i = 0; i < writers; ++i) {
                QStringList args{QStringLiteral("calibrate"), llamaBench(), QStringLiteral("--hardware"), boxes.at(i)};
                if ((trial + i) % 3 == 0)
                    args << QStringLiteral("--builtin-only");
                runs << args;
            }
            Case c;
            c.name = QStringLiteral("%1 calibrate runs at once, trial %2").arg(writers).arg(trial + 1);
            c.program = QStringLiteral("/bin/sh");
            c.args = {QStringLiteral("-c"), script(ctx.headroom, runs)};
            c.expect = succeeds();
            c.setup = [](const QString &dir) {
                writeFile(dataDir(dir) + QStringLiteral("/calibration.json"), threeBoxCalibration());
            };
            c.check = [writers, boxes](const Run &r) {
                if (const QString bad = allZero(r, writers); !bad.isEmpty())
                    return bad;
                const QStringList now = boxesIn(dataDir(r.dir) + QStringLiteral("/calibration.json"));
                for (const QString &box :
                     boxes.mid(0, writers) + QStringList{QStringLiteral("rtx-4090"), QStringLiteral("rtx-5090"),
                                                         QStringLiteral("dgx-spark")}) {
                    if (!now.contains(box))
                        return QStringLiteral("loss: %1 is missing after %2 writers").arg(box).arg(writers);
                }
                return QString();
            };
            cases << c;
        }
    }
    // A calibrate and a forget at once: the forgotten box goes, the calibrated one stays.
    for (int trial = 0; trial < 30; ++trial) {
        Case c;
        c.name = QStringLiteral("calibrate and forget at once, trial %1").arg(trial + 1);
        c.program = QStringLiteral("/bin/sh");
        c.args = {QStringLiteral("-c"),
                  script(ctx.headroom, {{QStringLiteral("calibrate"), llamaBench(), QStringLiteral("--hardware"),
                                         QStringLiteral("m5-ultra-96")},
                                        {QStringLiteral("calibrate"), QStringLiteral("--hardware"),
                                         QStringLiteral("rtx-5090"), QStringLiteral("--forget")}})};
        c.expect = succeeds();
        c.setup = [](const QString &dir) {
            writeFile(dataDir(dir) + QStringLiteral("/calibration.json"), threeBoxCalibration());
        };
        c.check = [](const Run &r) {
            if (const QString bad = allZero(r, 2); !bad.isEmpty())
                return bad;
            const QStringList now = boxesIn(dataDir(r.dir) + QStringLiteral("/calibration.json"));
            if (now != sorted({QStringLiteral("dgx-spark"), QStringLiteral("rtx-4090"), QStringLiteral("m5-ultra-96")}))
                return QStringLiteral("loss: the file holds %1").arg(now.join(QLatin1Char(',')));
            return QString();
        };
        cases << c;
    }
    // Another Headroom holding the lock: a save waits up to 10 s, then exits 1 naming the file and
    // the holder's process id, prints nothing else and leaves the file; a lock released within
    // the wait is taken. The holder keeps an flock on PATH.lock, as QLockFile does.
    for (const int holdSeconds : {13, 3}) {
        Case c;
        c.name = QStringLiteral("calibrate while another process holds the lock for %1 s").arg(holdSeconds);
        c.program = QStringLiteral("/bin/sh");
        c.args = {QStringLiteral("-c"),
                  QStringLiteral("lock=\"$XDG_DATA_HOME/Headroom/headroom/calibration.json.lock\"\n"
                                 "( exec 9>\"$lock\"; flock -x 9; printf '%s\\nheadroom\\n\\n' $$ >&9; sleep %1 ) &\n"
                                 "sleep 0.5\n"
                                 "exec \"$0\" calibrate \"$1\" --hardware m5-ultra-96")
                      .arg(holdSeconds),
                  ctx.headroom, llamaBench()};
        c.expect = holdSeconds > 10 ? refused({QStringLiteral("calibration.json")}, 1) : succeeds();
        auto before = std::make_shared<QString>();
        c.setup = [before](const QString &dir) {
            writeFile(dataDir(dir) + QStringLiteral("/calibration.json"), threeBoxCalibration());
            *before = identity(dataDir(dir) + QStringLiteral("/calibration.json"));
        };
        c.check = [before, holdSeconds](const Run &r) -> QString {
            const QString file = dataDir(r.dir) + QStringLiteral("/calibration.json");
            if (holdSeconds > 10) {
                if (!r.err.contains("process "))
                    return QStringLiteral("break: the message does not name the process holding the lock");
                return unchanged(file, *before, QStringLiteral("calibration.json"));
            }
            return boxesIn(file).contains(QStringLiteral("m5-ultra-96"))
                       ? QString()
                       : QStringLiteral("loss: the calibration made after the wait is not there");
        };
        c.watchMs = 30000;
        cases << c;
    }
    // Four writers of one output: one whole file, never a mix.
    for (int trial = 0; trial < 25; ++trial) {
        const QStringList matrix{QStringLiteral("matrix"), QStringLiteral("-o"), QStringLiteral("m.csv")};
        Case c;
        c.name = QStringLiteral("four matrix -o one file, trial %1").arg(trial + 1);
        c.program = QStringLiteral("/bin/sh");
        c.args = {QStringLiteral("-c"), script(ctx.headroom, {matrix, matrix, matrix, matrix})};
        c.expect = succeeds();
        c.check = [](const Run &r) {
            if (const QString bad = allZero(r, 4); !bad.isEmpty())
                return bad;
            const QByteArray csv = readAll(r.dir + QStringLiteral("/m.csv"));
            return csv.count('\n') > 20 && csv.endsWith('\n') ? QString()
                                                              : QStringLiteral("loss: m.csv is not one whole matrix");
        };
        cases << c;
    }
    return cases;
}

} // namespace Hostile
