#pragma once

#include "userdata.h"

#include <QObject>
#include <QTimer>

namespace Headroom {

class CatalogStore;

// Saves the user's catalog whenever it changes (coalesced: one write per burst of edits), through
// the one safe write path with a backup. When the file could not be read at start and could not
// be moved aside either, it never saves over it: what the user made is not lost to a new file.
class UserDataSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDataSaver)

public:
    UserDataSaver(CatalogStore *store, UserCatalogFile file, bool mayWrite, QObject *parent = nullptr);

    // Writes now if anything is waiting (on quit).
    void flush();
    [[nodiscard]] const UserCatalogFile &file() const noexcept { return m_file; }

Q_SIGNALS:
    // A save failed or was refused, in words.
    void problem(const QString &text);
    void saved();

private:
    void save();

    CatalogStore *m_store;
    UserCatalogFile m_file;
    bool m_mayWrite;
    QTimer m_pending;
};

} // namespace Headroom
