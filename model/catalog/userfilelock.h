// A user data file's lock, held for a whole read-modify-write; a dead holder's lock is taken over.
#pragma once

#include <QLockFile>
#include <QString>

namespace Headroom {

// A user data file's lock: PATH.lock beside it (QLockFile), held for a whole read-modify-write,
// so two Headroom processes saving at once never lose each other's changes (as git's index.lock).
// A lock left by a process that died is taken over; one held by a live process is waited for.
class UserFileLock final
{
    Q_DISABLE_COPY_MOVE(UserFileLock)

public:
    // How long a save waits for another Headroom before it gives up (contracts.md: exit 1).
    static constexpr int kWaitMs = 10000;

    explicit UserFileLock(const QString &path);

    // Waits up to `waitMs` for the lock. Returns why it could not be had, in words naming the file
    // (and the process holding it); empty when it is held.
    [[nodiscard]] QString acquire(int waitMs = kWaitMs);
    // The last acquire failed because another process holds the lock (worth a retry).
    [[nodiscard]] bool heldByAnother() const noexcept { return m_heldByAnother; }

private:
    QString m_path;
    QLockFile m_lock;
    bool m_heldByAnother = false;
};

} // namespace Headroom
