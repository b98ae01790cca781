// The one way Headroom writes a file or standard output: whole or not at all.
#include "safewrite.h"

#include "inputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Headroom::SafeWrite {

namespace {

// Forwards every write to `target` and remembers the first one that did not arrive whole.
class CheckedDevice final : public QIODevice
{
public:
    CheckedDevice(QIODevice *target, qint64 budget)
        : m_target(target)
        , m_budget(budget)
    {
        QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    [[nodiscard]] bool failed() const noexcept { return !m_problem.isEmpty(); }
    [[nodiscard]] const QString &problem() const noexcept { return m_problem; }
    [[nodiscard]] bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (failed())
            return -1;
        if (m_budget >= 0 && m_written + length > m_budget) {
            m_problem = QString::fromLocal8Bit(std::strerror(ENOSPC));
            return -1;
        }
        const qint64 n = m_target->write(data, length);
        if (n != length) {
            m_problem = m_target->errorString().isEmpty() ? QStringLiteral("short write") : m_target->errorString();
            return -1;
        }
        m_written += n;
        return n;
    }

private:
    QIODevice *m_target;
    qint64 m_budget;
    qint64 m_written = 0;
    QString m_problem;
};

Result failure(const QString &path, const QString &reason)
{
    return {false, false, QStringLiteral("cannot write %1: %2").arg(path, reason), reason};
}

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// After a rename: the folder's new entry reaches the disk too.
void syncFolderOf(const QString &path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// A regular file or a new one: a temporary beside it, renamed into place only when complete.
Result toRegularFile(const QString &shownPath, const QString &realPath, const Producer &produce, const Options &o)
{
    QSaveFile file(realPath);
    // Keep the permissions of the file being replaced (a shared report stays group-readable).
    const QFileInfo existing(realPath);
    const bool keepPermissions = existing.exists();
    const QFileDevice::Permissions permissions = existing.permissions();
    // Unbuffered: each write reaches the file system at once, so ENOSPC fails that write. Qt 6.4's
    // QSaveFile::commit() renames the temporary even when its final buffer flush failed.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failure(shownPath, file.errorString());
    CheckedDevice checked(&file, o.failAfterBytes);
    if (!produce(checked)) {
        file.cancelWriting();
        return {false, true, {}, {}};
    }
    if (checked.failed() || file.error() != QFileDevice::NoError) {
        const QString problem = checked.failed() ? checked.problem() : file.errorString();
        file.cancelWriting();
        return failure(shownPath, problem);
    }
    if (keepPermissions)
        file.setPermissions(permissions);
    if (!file.commit())
        return failure(shownPath, file.errorString());
    syncFolderOf(realPath);
    return {true, false, {}, {}};
}

// A device, a FIFO or a socket: written in place, never replaced by a regular file.
Result toSpecialFile(const QString &shownPath, const QString &realPath, bool fifo, const Producer &produce,
                     const Options &o)
{
    // A FIFO opened for writing blocks until a reader comes; non-blocking fails at once instead.
    const int fd = ::open(QFile::encodeName(realPath).constData(), O_WRONLY | O_CLOEXEC | (fifo ? O_NONBLOCK : 0));
    if (fd < 0) {
        const int code = errno;
        return failure(shownPath, code == ENXIO ? QStringLiteral("no process is reading the FIFO") : systemError(code));
    }
    if (fifo)
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK); // then write as any file does
    QFile file;
    if (!file.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return failure(shownPath, file.errorString());
    }
    CheckedDevice checked(&file, o.failAfterBytes);
    if (!produce(checked))
        return {false, true, {}, {}};
    if (checked.failed())
        return failure(shownPath, checked.problem());
    if (!file.flush())
        return failure(shownPath, file.errorString());
    return {true, false, {}, {}};
}

} // namespace

Result toFile(const QString &path, const Producer &produce, const Options &options)
{
    if (path.isEmpty())
        return failure(path, QStringLiteral("no file name"));
    // Follow a symlink to what it names, so the link stays and its target is written.
    const QFileInfo info(path);
    QString real = path;
    if (info.isSymLink()) {
        const QString canonical = info.canonicalFilePath();
        real = canonical.isEmpty() ? info.symLinkTarget() : canonical;
    }
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 && errno == ELOOP)
        return failure(path, QStringLiteral("it is a symlink loop (a link that leads back to itself)"));
    if (!options.mayReplaceInput) {
        if (const QString input = InputFile::inputNamed(path); !input.isEmpty()) {
            Result refused = failure(path, QStringLiteral("it is also an input of this command (%1)").arg(input));
            refused.sameAsInput = true;
            return refused;
        }
    }
    if (::stat(QFile::encodeName(real).constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return failure(path, QStringLiteral("it is a folder"));
        if (!S_ISREG(st.st_mode))
            return toSpecialFile(path, real, S_ISFIFO(st.st_mode), produce, options);
    }
    return toRegularFile(path, real, produce, options);
}

Result bytesToFile(const QString &path, const QByteArray &bytes, const Options &options)
{
    // A short write is recorded by the checking device; the producer has nothing to cancel.
    return toFile(
        path,
        [&bytes](QIODevice &out) {
            out.write(bytes);
            return true;
        },
        options);
}

Result toStandardOutput(const QByteArray &bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            // EBADF: closed (main() puts a read-only placeholder there) or opened for reading.
            const QString reason =
                errno == EBADF ? QStringLiteral("it is closed or not open for writing") : systemError(errno);
            return {false, false, QStringLiteral("cannot write to standard output: %1").arg(reason), reason};
        }
        done += n;
    }
    return {true, false, {}, {}};
}

} // namespace Headroom::SafeWrite
