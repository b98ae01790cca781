// The user data files' guarantees, unit by unit: what a save merges (UserDataMerge), how a save
// commits and rotates the backup (UserData::commit), what a held lock says (UserFileLock), and what
// the one reader takes and refuses (InputFile). The hostile suite (tst_hostile) runs the same
// guarantees end to end through the binary.
#include "catalog.h"
#include "inputfile.h"
#include "usercalibration.h"
#include "userdata.h"
#include "userdatamerge.h"
#include "userfilelock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Headroom;

namespace {

QJsonObject entry(const char *id, int value)
{
    return {{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("v"), value}};
}

QString idOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("id")).toString();
}

QStringList ids(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &v : list)
        out << QStringLiteral("%1=%2").arg(idOf(v.toObject())).arg(v.toObject().value(QStringLiteral("v")).toInt());
    return out;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

MeasuredCalibration calibration(double scale)
{
    MeasuredCalibration c;
    c.scale = scale;
    c.provenance = {QStringLiteral("runs.json"), QStringLiteral("2026-11-29"), {}, Grade::Measured};
    return c;
}

} // namespace

class TestUserData : public QObject
{
    Q_OBJECT

private slots:
    void mergeKeepsOtherWritersEntries();
    void mergeAppliesEditsAndRemovals();
    void membersMergeByBox();
    void calibrationSavesMergeUnderTheLock();
    void backupRotatesOnlyAfterTheCommit();
    void aCatalogThatWouldNotReadBackIsNotWritten();
    void aHeldLockNamesTheProcess();
    void readerRefusesWhatIsNotAFile();
    void readerReadsAPipeItIsGiven();
    void readerStopsAtTheLimit();
};

void TestUserData::mergeKeepsOtherWritersEntries()
{
    // We read {a}, added b; meanwhile another Headroom added c.
    const QJsonArray base{entry("a", 1)};
    const QJsonArray ours{entry("a", 1), entry("b", 2)};
    const QJsonArray theirs{entry("a", 1), entry("c", 3)};
    QCOMPARE(ids(UserDataMerge::entries(base, ours, theirs, idOf)),
             (QStringList{QStringLiteral("a=1"), QStringLiteral("c=3"), QStringLiteral("b=2")}));
}

void TestUserData::mergeAppliesEditsAndRemovals()
{
    const QJsonArray base{entry("a", 1), entry("b", 2), entry("c", 3)};
    // Ours: a edited, b removed, c untouched. Theirs: c edited by the other writer, d added.
    const QJsonArray ours{entry("a", 10), entry("c", 3)};
    const QJsonArray theirs{entry("a", 1), entry("b", 2), entry("c", 30), entry("d", 4)};
    QCOMPARE(ids(UserDataMerge::entries(base, ours, theirs, idOf)),
             (QStringList{QStringLiteral("a=10"), QStringLiteral("c=30"), QStringLiteral("d=4")}));
    // Edited here after the other writer removed it: our edit is kept, not lost.
    const QJsonArray removedThere{entry("b", 2), entry("c", 3)};
    QCOMPARE(ids(UserDataMerge::entries(base, ours, removedThere, idOf)),
             (QStringList{QStringLiteral("c=3"), QStringLiteral("a=10")}));
}

void TestUserData::membersMergeByBox()
{
    const QJsonObject base{{QStringLiteral("x"), 1}};
    const QJsonObject ours{{QStringLiteral("y"), 2}};                             // x forgotten, y calibrated
    const QJsonObject theirs{{QStringLiteral("x"), 1}, {QStringLiteral("z"), 3}}; // z calibrated meanwhile
    const QJsonObject merged = UserDataMerge::members(base, ours, theirs);
    QCOMPARE(merged.keys(), (QStringList{QStringLiteral("y"), QStringLiteral("z")}));
}

void TestUserData::calibrationSavesMergeUnderTheLock()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calibration.json"));
    QVERIFY(UserCalibration::save(path, {{QStringLiteral("rtx-4090"), calibration(0.9)}}).ok);
    // A second writer that never read the file adds its box: the first box stays.
    QVERIFY(UserCalibration::saveChanges(path, {}, {{QStringLiteral("dgx-spark"), calibration(1.1)}}, 1000).ok);
    QCOMPARE(UserCalibration::read(path).boxes.keys(),
             (QStringList{QStringLiteral("dgx-spark"), QStringLiteral("rtx-4090")}));
    // A file that does not read is not written over.
    write(path, R"({"format":1,"boxes":[1,2]})");
    const SafeWrite::Result refused =
        UserCalibration::saveChanges(path, {}, {{QStringLiteral("m5-max-128"), calibration(1.0)}}, 1000);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(path), qPrintable(refused.error));
    QCOMPARE(bytesOf(path), QByteArray(R"({"format":1,"boxes":[1,2]})"));
}

void TestUserData::backupRotatesOnlyAfterTheCommit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.json"));
    QVERIFY(UserData::commit(path, "one").ok);
    QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));
    QVERIFY(UserData::commit(path, "two").ok);
    QCOMPARE(bytesOf(path + QStringLiteral(".bak")), QByteArray("one"));
    // A save that fails part-way (a full disk after 1 byte): file and backup as they were.
    SafeWrite::Options full;
    full.failAfterBytes = 1;
    QVERIFY(!UserData::commit(path, "three", full).ok);
    QCOMPARE(bytesOf(path), QByteArray("two"));
    QCOMPARE(bytesOf(path + QStringLiteral(".bak")), QByteArray("one"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".bak.new")));
    // A .bak.new an interrupted save left behind does not stop the next one.
    write(path + QStringLiteral(".bak.new"), "stale");
    QVERIFY(UserData::commit(path, "four").ok);
    QCOMPARE(bytesOf(path + QStringLiteral(".bak")), QByteArray("two"));
}

// A box whose usable setting is larger than its memory is refused by the reader; the writer checks
// its own bytes with that reader, so the good file on disk stays and the reason names the field.
void TestUserData::aCatalogThatWouldNotReadBackIsNotWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.json"));
    const Catalog builtin = CatalogLoader::embedded();
    HardwareSpec box = *builtin.findHardware(QStringLiteral("m5-max-128"));
    box.id = QStringLiteral("mine");
    box.user = true;
    Catalog good;
    good.hardware.append(box);
    const UserCatalogFile file(path);
    QVERIFY(file.saveChanges({}, good, 1000).ok);
    const QByteArray before = bytesOf(path);
    QVERIFY(file.read().problem.isEmpty());

    Catalog bad = good;
    bad.hardware.first().memoryBytesPerGpu = 1024.0 * 1024 * 1024; // its 96 GiB setting no longer fits
    bad.hardware.first().usableBytesPerGpu = 0.5 * 1024 * 1024 * 1024;
    const SafeWrite::Result changes = file.saveChanges(good, bad, 1000);
    QVERIFY(!changes.ok);
    QVERIFY2(changes.reason.contains(QStringLiteral("more than the memory")), qPrintable(changes.reason));
    QCOMPARE(bytesOf(path), before);
    const SafeWrite::Result whole = file.save(bad);
    QVERIFY(!whole.ok);
    QCOMPARE(bytesOf(path), before);
}

void TestUserData::aHeldLockNamesTheProcess()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calibration.json"));
    UserFileLock holder(path);
    QVERIFY(holder.acquire(0).isEmpty());
    UserFileLock second(path);
    QElapsedTimer clock;
    clock.start();
    const QString problem = second.acquire(300);
    QVERIFY(clock.elapsed() >= 250); // it waited
    QVERIFY(second.heldByAnother());
    QVERIFY2(problem.contains(path), qPrintable(problem));
    QVERIFY2(problem.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(problem));
    // A save while the lock is held fails and says why; the file is untouched.
    const SafeWrite::Result r = UserCalibration::saveChanges(path, {}, {{QStringLiteral("x"), calibration(1)}}, 100);
    QVERIFY(!r.ok);
    QVERIFY(!QFile::exists(path));
}

void TestUserData::readerRefusesWhatIsNotAFile()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
    QElapsedTimer clock;
    clock.start();
    const InputFile::Read own = InputFile::read(fifo, 1000, InputFile::Origin::Own);
    QVERIFY(clock.elapsed() < 2000); // never waits for a writer
    QVERIFY(own.notAFile);
    QVERIFY2(own.error.contains(QStringLiteral("FIFO")), qPrintable(own.error));
    const QString loop = dir.filePath(QStringLiteral("loop"));
    QCOMPARE(::symlink(QFile::encodeName(loop).constData(), QFile::encodeName(loop).constData()), 0);
    const InputFile::Read looped = InputFile::read(loop, 1000, InputFile::Origin::Named);
    QVERIFY2(looped.error.contains(QStringLiteral("loop")), qPrintable(looped.error));
    QVERIFY(InputFile::read(dir.path(), 1000, InputFile::Origin::Named).error.contains(QStringLiteral("folder")));
    const InputFile::Read missing = InputFile::read(dir.filePath(QStringLiteral("none")), 1000, InputFile::Origin::Own);
    QVERIFY(missing.missing);
    QVERIFY(missing.error.isEmpty());
}

void TestUserData::readerReadsAPipeItIsGiven()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    QCOMPARE(::write(fds[1], "{\"a\": 1}", 8), 8);
    ::close(fds[1]);
    const InputFile::Read r =
        InputFile::read(QStringLiteral("/proc/self/fd/%1").arg(fds[0]), 1000, InputFile::Origin::Named);
    ::close(fds[0]);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.bytes, QByteArray("{\"a\": 1}"));
}

void TestUserData::readerStopsAtTheLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big"));
    write(path, QByteArray(2000, 'x'));
    const InputFile::Read r = InputFile::read(path, 1000, InputFile::Origin::Own);
    QVERIFY(!r.ok());
    QVERIFY(r.bytes.isEmpty());
    QVERIFY2(r.error.contains(QStringLiteral("1000 bytes")), qPrintable(r.error));
    write(path, QByteArray(1000, 'x'));
    QVERIFY(InputFile::read(path, 1000, InputFile::Origin::Own).ok());
    // The reader remembers what it read: a write over it can be refused.
    QCOMPARE(InputFile::inputNamed(path), path);
}

QTEST_GUILESS_MAIN(TestUserData)
#include "tst_userdata.moc"
