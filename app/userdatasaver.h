// Saves the user's catalog after each burst of edits, through the one safe write path.
#pragma once

#include "catalog.h"
#include "userdata.h"

#include <QObject>
#include <QTimer>

namespace Headroom {

class CatalogStore;

// Saves the user's catalog whenever it changes (coalesced: one write per burst of edits), through
// the one safe write path with a backup, under the file's lock: only this window's changes since
// it last read or wrote the file go in, so another Headroom's entries saved meanwhile stay. When
// another Headroom holds the lock, it says so and tries again. When the file could not be read at
// start and could not be moved aside either, it never saves over it: what the user made is not
// lost to a new file.
class UserDataSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDataSaver)

public:
    // `onDisk`: the user catalog as the file held it when it was read (empty when there was none,
    // or when it was moved aside and its backup shown instead).
    UserDataSaver(CatalogStore *store, UserCatalogFile file, bool mayWrite, Catalog onDisk, QObject *parent = nullptr);

    // Writes now if anything is waiting (on quit).
    void flush();
    [[nodiscard]] const UserCatalogFile &file() const noexcept { return m_file; }

Q_SIGNALS:
    // A save failed or was refused, in words.
    void problem(const QString &text);
    // Another Headroom is saving the same file: this save waits and is tried again.
    void busy(const QString &text);
    void saved();

private:
    void save(int lockWaitMs);

    CatalogStore *m_store;
    UserCatalogFile m_file;
    bool m_mayWrite;
    Catalog m_saved; // the base of the next save's changes
    QTimer m_pending;
};

} // namespace Headroom
