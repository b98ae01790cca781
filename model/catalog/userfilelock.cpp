// A user data file's lock, held for a whole read-modify-write; a dead holder's lock is taken over.
#include "userfilelock.h"

#include <QDir>
#include <QFileInfo>

namespace Headroom {

namespace {
// A lock file whose process died is taken over at once; one that names no process (its writer was
// killed between creating and filling it) after this long. A live holder keeps its lock anyway:
// QLockFile also holds an flock, which a stale-lock removal must get first.
constexpr int kStaleMs = 3000;
} // namespace

UserFileLock::UserFileLock(const QString &path)
    : m_path(path)
    , m_lock(path + QStringLiteral(".lock"))
{
    m_lock.setStaleLockTime(kStaleMs);
}

QString UserFileLock::acquire(int waitMs)
{
    m_heldByAnother = false;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (m_lock.tryLock(waitMs))
        return {};
    switch (m_lock.error()) {
    case QLockFile::LockFailedError: {
        m_heldByAnother = true;
        qint64 pid = 0;
        QString host, application;
        const QString holder = m_lock.getLockInfo(&pid, &host, &application)
                                   ? QStringLiteral("process %1").arg(pid)
                                   : QStringLiteral("a process that is starting");
        const QString waited = waitMs >= 1000 ? QStringLiteral(" for more than %1 s").arg(waitMs / 1000) : QString();
        return QStringLiteral("%1 is locked by another Headroom (%2)%3; try again when it has finished")
            .arg(m_path, holder, waited);
    }
    case QLockFile::PermissionError:
        return QStringLiteral("cannot lock %1: no permission to create %1.lock").arg(m_path);
    case QLockFile::NoError:
    case QLockFile::UnknownError: break;
    }
    return QStringLiteral("cannot lock %1: %1.lock could not be created").arg(m_path);
}

} // namespace Headroom
