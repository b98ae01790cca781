// The one write path, against a device that fails part-way (a full disk), and against targets
// that are not regular files (made in a temporary folder, never the machine's real /dev).
#include "safewrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <QElapsedTimer>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Headroom;

namespace {
const QByteArray kKnown = "the file the user had before\n";

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeKnown(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kKnown);
}

bool requireRoot()
{
    // Device nodes need root; CI runs as root and must not skip there.
    if (::geteuid() == 0)
        return true;
    if (qgetenv("CI") == "true")
        qWarning("not root: device-node checks need root");
    return false;
}
} // namespace

class TestSafeWrite : public QObject
{
    Q_OBJECT

private slots:
    void writesAndReplaces();
    void failureLeavesTheOldFile_data();
    void failureLeavesTheOldFile();
    void producerThatIgnoresErrorsStillFails();
    void cancelLeavesTheOldFile();
    void keepsPermissions();
    void symlinkStaysALink();
    void fifoWithoutReaderFailsAtOnce();
    void fifoWithReaderIsWrittenInPlace();
    void deviceNodeIsWrittenNotReplaced();
    void folderAndMissingDirectoryFail();

private:
    QTemporaryDir m_dir;
};

void TestSafeWrite::writesAndReplaces()
{
    const QString path = m_dir.filePath(QStringLiteral("a.txt"));
    writeKnown(path);
    const auto r = SafeWrite::bytesToFile(path, "new\n");
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(contents(path), QByteArray("new\n"));
}

void TestSafeWrite::failureLeavesTheOldFile_data()
{
    QTest::addColumn<qint64>("budget");
    QTest::newRow("nothing fits") << qint64(0);
    QTest::newRow("one byte") << qint64(1);
    QTest::newRow("half") << qint64(5000);
    QTest::newRow("one byte short") << qint64(9999);
}

void TestSafeWrite::failureLeavesTheOldFile()
{
    QFETCH(qint64, budget);
    const QString path = m_dir.filePath(QStringLiteral("b.txt"));
    writeKnown(path);
    const QByteArray big(10000, 'x');
    const auto r = SafeWrite::bytesToFile(path, big, {budget});
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(path));
    QVERIFY(!r.reason.isEmpty());
    QCOMPARE(contents(path), kKnown); // intact
    // No temporary is left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("b.txt*")}, QDir::Files | QDir::Hidden).size(), 1);
}

void TestSafeWrite::producerThatIgnoresErrorsStillFails()
{
    // QPdfWriter, QSvgGenerator and QImage do not check their writes: the device does.
    const QString path = m_dir.filePath(QStringLiteral("c.txt"));
    writeKnown(path);
    const auto r = SafeWrite::toFile(path,
                                     [](QIODevice &out) {
                                         for (int i = 0; i < 100; ++i)
                                             out.write("0123456789"); // results ignored, as those writers do
                                         return true;
                                     },
                                     {500});
    QVERIFY(!r.ok);
    QCOMPARE(contents(path), kKnown);
}

void TestSafeWrite::cancelLeavesTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("d.txt"));
    writeKnown(path);
    const auto r = SafeWrite::toFile(path, [](QIODevice &out) {
        out.write("partial");
        return false;
    });
    QVERIFY(!r.ok && r.cancelled);
    QCOMPARE(contents(path), kKnown);
}

void TestSafeWrite::keepsPermissions()
{
    const QString path = m_dir.filePath(QStringLiteral("e.txt"));
    writeKnown(path);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    QVERIFY(SafeWrite::bytesToFile(path, "again\n").ok);
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0640);
}

void TestSafeWrite::symlinkStaysALink()
{
    const QString target = m_dir.filePath(QStringLiteral("target.txt"));
    const QString link = m_dir.filePath(QStringLiteral("link.txt"));
    writeKnown(target);
    QVERIFY(QFile::link(target, link));
    QVERIFY(SafeWrite::bytesToFile(link, "through the link\n").ok);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(contents(target), QByteArray("through the link\n"));
}

void TestSafeWrite::fifoWithoutReaderFailsAtOnce()
{
    const QString fifo = m_dir.filePath(QStringLiteral("nobody.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    const auto r = SafeWrite::bytesToFile(fifo, "hello");
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("no process is reading")), qPrintable(r.error));
    QVERIFY(timer.elapsed() < 5000); // never hangs
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode)); // still a FIFO, not a regular file
}

void TestSafeWrite::fifoWithReaderIsWrittenInPlace()
{
    const QString fifo = m_dir.filePath(QStringLiteral("reader.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Non-blocking read end first, so the writer finds a reader.
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(fd >= 0);
    QVERIFY(SafeWrite::bytesToFile(fifo, "through the pipe").ok);
    char buffer[64] = {};
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    ::close(fd);
    QCOMPARE(QByteArray(buffer, int(n)), QByteArray("through the pipe"));
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
}

void TestSafeWrite::deviceNodeIsWrittenNotReplaced()
{
    if (!requireRoot()) {
        if (qgetenv("CI") == "true")
            QFAIL("CI runs as root; device nodes cannot be made here");
        QSKIP("device nodes need root");
    }
    // A null device and a full device of our own, in the temporary folder.
    const QString null = m_dir.filePath(QStringLiteral("null"));
    const QString full = m_dir.filePath(QStringLiteral("full"));
    QCOMPARE(::mknod(QFile::encodeName(null).constData(), S_IFCHR | 0666, makedev(1, 3)), 0);
    QCOMPARE(::mknod(QFile::encodeName(full).constData(), S_IFCHR | 0666, makedev(1, 7)), 0);
    QVERIFY(SafeWrite::bytesToFile(null, "discarded").ok);
    const auto r = SafeWrite::bytesToFile(full, "no room");
    QVERIFY(!r.ok);
    for (const QString &node : {null, full}) {
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(node).constData(), &st), 0);
        QVERIFY2(S_ISCHR(st.st_mode), qPrintable(node)); // still a device
    }
    // Through a symlink to the device, too.
    const QString link = m_dir.filePath(QStringLiteral("null-link"));
    QVERIFY(QFile::link(null, link));
    QVERIFY(SafeWrite::bytesToFile(link, "discarded").ok);
    QVERIFY(QFileInfo(link).isSymLink());
}

void TestSafeWrite::folderAndMissingDirectoryFail()
{
    QVERIFY(!SafeWrite::bytesToFile(m_dir.path(), "x").ok);
    const auto r = SafeWrite::bytesToFile(m_dir.filePath(QStringLiteral("no/such/dir/f.txt")), "x");
    QVERIFY(!r.ok);
    QVERIFY(!r.reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestSafeWrite)
#include "tst_safewrite.moc"
