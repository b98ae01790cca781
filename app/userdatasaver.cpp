#include "userdatasaver.h"

#include "catalogstore.h"

namespace Headroom {

UserDataSaver::UserDataSaver(CatalogStore *store, UserCatalogFile file, bool mayWrite, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_file(std::move(file))
    , m_mayWrite(mayWrite)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(250);
    connect(&m_pending, &QTimer::timeout, this, &UserDataSaver::save);
    connect(store, &CatalogStore::userCatalogChanged, &m_pending, qOverload<>(&QTimer::start));
}

void UserDataSaver::flush()
{
    if (m_pending.isActive()) {
        m_pending.stop();
        save();
    }
}

void UserDataSaver::save()
{
    if (!m_mayWrite) {
        Q_EMIT problem(tr("Your changes are not saved: %1 could not be read and could not be moved aside, and "
                          "Headroom will not write over it. Move or repair that file, then edit again.")
                           .arg(m_file.path()));
        return;
    }
    const SafeWrite::Result result = m_file.save(m_store->userCatalog());
    if (result.ok)
        Q_EMIT saved();
    else
        Q_EMIT problem(tr("Could not save your catalog to %1: %2. Your last saved catalog is unchanged.")
                           .arg(m_file.path(), result.reason));
}

} // namespace Headroom
