// The one way Headroom reads a file: checked for what it is once opened, never read past its limit.
#include "inputfile.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QMap>
#include <QMutex>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Headroom::InputFile {

namespace {

constexpr qint64 kChunk = 64 * 1024;

// Every file read by this process, by (device, inode), with the name it was read under.
struct Inputs
{
    QMutex mutex;
    QMap<std::pair<quint64, quint64>, QString> files;
};

Inputs &inputs()
{
    static Inputs all;
    return all;
}

void remember(const QString &path, const struct stat &st)
{
    Inputs &all = inputs();
    const QMutexLocker lock(&all.mutex);
    all.files.insert({quint64(st.st_dev), quint64(st.st_ino)}, path);
}

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// What `mode` is, when it is not a regular file, in words.
QString notAFile(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("is a folder, not a file");
    if (S_ISFIFO(mode))
        return QStringLiteral("is a FIFO (a named pipe), not a file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("is a device, not a file");
    if (S_ISSOCK(mode))
        return QStringLiteral("is a socket, not a file");
    return QStringLiteral("is not a regular file");
}

QString tooLarge(qint64 maxBytes)
{
    return QStringLiteral("larger than the %1 Headroom reads of it").arg(limitText(maxBytes));
}

// Opens without blocking (a FIFO with no writer would block an ordinary open forever) and without
// becoming the controlling terminal of a terminal device.
int openNonBlocking(const QString &path, Read *read)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd >= 0)
        return fd;
    const int code = errno;
    struct stat link = {};
    // ENOTDIR: a folder on the way is a file, so this file cannot exist either.
    if ((code == ENOENT || code == ENOTDIR) && ::lstat(QFile::encodeName(path).constData(), &link) != 0)
        read->missing = true; // a dangling symlink is still something the user put there
    else if (code == ELOOP)
        read->error = QStringLiteral("is a symlink loop (a link that leads back to itself)");
    else if (code == ENOENT)
        read->error = QStringLiteral("is a symlink to nothing");
    else
        read->error = systemError(code);
    read->notAFile = !read->missing && (code == ELOOP || code == ENOENT);
    return -1;
}

// A regular file: read to its end or one byte past the limit, whatever its size claims.
void readFile(int fd, qint64 maxBytes, Read *read)
{
    QByteArray &bytes = read->bytes;
    for (;;) {
        const qint64 want = std::min(kChunk, maxBytes + 1 - bytes.size());
        if (want <= 0) {
            read->error = tooLarge(maxBytes);
            bytes.clear();
            return;
        }
        const qsizetype at = bytes.size();
        bytes.resize(at + want);
        const ssize_t n = ::read(fd, bytes.data() + at, size_t(want));
        if (n < 0 && errno == EINTR) {
            bytes.resize(at);
            continue;
        }
        if (n < 0) {
            read->error = systemError(errno);
            bytes.clear();
            return;
        }
        bytes.resize(at + n);
        if (n == 0)
            return;
    }
}

// A pipe the user named: read without blocking until its writer closes it, within the limit and
// the deadline (a writer that never writes, or never stops, ends with an error, not a hang).
void readPipe(int fd, qint64 maxBytes, Read *read)
{
    QDeadlineTimer deadline(qint64(kPipeSeconds) * 1000);
    QByteArray &bytes = read->bytes;
    for (;;) {
        if (bytes.size() > maxBytes) {
            read->error = tooLarge(maxBytes);
            bytes.clear();
            return;
        }
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, int(std::max<qint64>(0, deadline.remainingTime())));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            read->error =
                ready == 0
                    ? QStringLiteral("is a pipe that did not deliver all of its data within %1 s").arg(kPipeSeconds)
                    : systemError(errno);
            bytes.clear();
            return;
        }
        const qsizetype at = bytes.size();
        bytes.resize(at + kChunk);
        const ssize_t n = ::read(fd, bytes.data() + at, size_t(kChunk));
        bytes.resize(at + std::max<ssize_t>(n, 0));
        if (n == 0)
            return; // the writer closed it: the end
        if (n < 0 && errno != EAGAIN && errno != EINTR) {
            read->error = systemError(errno);
            bytes.clear();
            return;
        }
    }
}

} // namespace

QString limitText(qint64 maxBytes)
{
    if (maxBytes >= 1024 * 1024)
        return QStringLiteral("%1 MB").arg(maxBytes / (1024 * 1024));
    return QStringLiteral("%1 bytes").arg(maxBytes);
}

Read read(const QString &path, qint64 maxBytes, Origin origin)
{
    Read result;
    if (path.isEmpty()) {
        result.error = QStringLiteral("no file name");
        return result;
    }
    const int fd = openNonBlocking(path, &result);
    if (fd < 0)
        return result;
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        result.error = systemError(errno);
    } else if (S_ISREG(st.st_mode)) {
        remember(path, st);
        readFile(fd, maxBytes, &result);
    } else if (S_ISFIFO(st.st_mode) && origin == Origin::Named) {
        remember(path, st);
        readPipe(fd, maxBytes, &result);
    } else {
        result.error = notAFile(st.st_mode);
        result.notAFile = true;
    }
    ::close(fd);
    return result;
}

Read readStandardInput(qint64 maxBytes)
{
    Read result;
    struct stat st = {};
    if (::fstat(STDIN_FILENO, &st) != 0)
        result.error = systemError(errno);
    else if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))
        readPipe(STDIN_FILENO, maxBytes, &result);
    else if (S_ISDIR(st.st_mode))
        result.error = notAFile(st.st_mode);
    else // a file, a terminal the user types into, or a device that never ends: within the limit
        readFile(STDIN_FILENO, maxBytes, &result);
    return result;
}

QString openRegular(const QString &path, QFile *file)
{
    Read probe;
    const int fd = openNonBlocking(path, &probe);
    if (fd < 0)
        return probe.missing ? systemError(ENOENT) : probe.error;
    struct stat st = {};
    QString problem;
    if (::fstat(fd, &st) != 0)
        problem = systemError(errno);
    else if (!S_ISREG(st.st_mode))
        problem = notAFile(st.st_mode);
    if (!problem.isEmpty()) {
        ::close(fd);
        return problem;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    remember(path, st);
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return file->errorString();
    }
    return {};
}

QString inputNamed(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    Inputs &all = inputs();
    const QMutexLocker lock(&all.mutex);
    return all.files.value({quint64(st.st_dev), quint64(st.st_ino)});
}

} // namespace Headroom::InputFile
