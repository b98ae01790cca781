// Saves the user's catalog after each burst of edits, through the one safe write path.
#include "userdatasaver.h"

#include "catalogstore.h"
#include "userfilelock.h"

namespace Headroom {

namespace {
// The window waits only briefly for another Headroom's save, then says so and retries.
constexpr int kLockWaitMs = 500;
constexpr int kRetryMs = 2000;
} // namespace

UserDataSaver::UserDataSaver(CatalogStore *store, UserCatalogFile file, bool mayWrite, Catalog onDisk, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_file(std::move(file))
    , m_mayWrite(mayWrite)
    , m_saved(std::move(onDisk))
{
    m_pending.setSingleShot(true);
    connect(&m_pending, &QTimer::timeout, this, [this] { save(kLockWaitMs); });
    connect(store, &CatalogStore::userCatalogChanged, &m_pending, [this] { m_pending.start(250); });
}

void UserDataSaver::flush()
{
    if (m_pending.isActive()) {
        m_pending.stop();
        save(UserFileLock::kWaitMs); // the last chance: wait as long as a command would
    }
}

void UserDataSaver::save(int lockWaitMs)
{
    if (!m_mayWrite) {
        Q_EMIT problem(tr("Your changes are not saved: %1 could not be read and could not be moved aside, and "
                          "Headroom will not write over it. Move or repair that file, then edit again.")
                           .arg(m_file.path()));
        return;
    }
    const Catalog ours = m_store->userCatalog();
    bool locked = false;
    const SafeWrite::Result result = m_file.saveChanges(m_saved, ours, lockWaitMs, &locked);
    if (result.ok) {
        m_saved = ours;
        Q_EMIT saved();
    } else if (locked) {
        // Not an error to interrupt the user with: said in the status bar, and tried again.
        Q_EMIT busy(tr("Your catalog is not saved yet: %1. Headroom tries again in a moment.").arg(result.reason));
        m_pending.start(kRetryMs);
    } else {
        Q_EMIT problem(tr("Could not save your catalog to %1: %2. Your last saved catalog is unchanged.")
                           .arg(m_file.path(), result.reason));
    }
}

} // namespace Headroom
