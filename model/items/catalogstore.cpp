// The one owner of the catalog the window shows: built-in entries with the user's merged over them.
#include "catalogstore.h"

#include "catalogmerge.h"

#include <QCoreApplication>

namespace Headroom {

namespace {

template<typename T>
qsizetype indexOf(const QList<T> &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

template<typename T>
std::optional<T> entryOf(const QList<T> &list, const QString &id)
{
    const qsizetype i = indexOf(list, id);
    return i < 0 ? std::nullopt : std::optional<T>(list.at(i));
}

template<typename T>
CatalogStore::Origin originOf(const QList<T> &builtin, const QList<T> &user, const QString &id)
{
    if (indexOf(user, id) < 0)
        return CatalogStore::Origin::BuiltIn;
    return indexOf(builtin, id) < 0 ? CatalogStore::Origin::Own : CatalogStore::Origin::Overridden;
}

// Puts `entry` (or removes the entry of `id`) in the user list.
template<typename T>
void putUser(QList<T> *user, const QString &id, const std::optional<T> &entry)
{
    const qsizetype i = indexOf(*user, id);
    if (!entry) {
        if (i >= 0)
            user->removeAt(i);
        return;
    }
    T marked = *entry;
    marked.user = true;
    if (i >= 0)
        (*user)[i] = std::move(marked);
    else
        user->append(std::move(marked));
}

template<typename T>
QString freeId(const QList<T> &list, const QString &base)
{
    QString candidate = base.isEmpty() ? QStringLiteral("entry") : base;
    for (int n = 2; indexOf(list, candidate) >= 0; ++n)
        candidate = QStringLiteral("%1-%2").arg(base).arg(n);
    return candidate;
}

} // namespace

CatalogStore::CatalogStore(Catalog builtin, Catalog user, QObject *parent)
    : QObject(parent)
    , m_builtin(std::move(builtin))
    , m_user(std::move(user))
{
    markUser(&m_user);
    m_catalog = mergeCatalogs(m_builtin, m_user);
    indexCalibrations();
}

const Hints::SelfHost &CatalogStore::selfHost(int row) const
{
    auto found = m_selfHost.find(row);
    if (found == m_selfHost.end())
        found = m_selfHost.insert(row, Hints::selfHost(m_catalog, model(row)));
    return *found;
}

void CatalogStore::indexCalibrations()
{
    m_selfHost.clear();
    m_calibrations.clear();
    m_calibrations.reserve(m_catalog.hardware.size());
    for (const HardwareSpec &h : std::as_const(m_catalog.hardware))
        m_calibrations.append(m_catalog.calibrationFor(h));
}

void CatalogStore::remerge()
{
    Q_EMIT aboutToReset();
    m_catalog = mergeCatalogs(m_builtin, m_user);
    m_catalog.measured = m_measured;
    indexCalibrations();
    Q_EMIT reset();
}

CatalogStore::Origin CatalogStore::modelOrigin(const QString &id) const
{
    return originOf(m_builtin.models, m_user.models, id);
}

CatalogStore::Origin CatalogStore::hardwareOrigin(const QString &id) const
{
    return originOf(m_builtin.hardware, m_user.hardware, id);
}

CatalogStore::Origin CatalogStore::hostOrigin(const QString &id) const
{
    return originOf(m_builtin.hosts, m_user.hosts, id);
}

std::optional<ModelSpec> CatalogStore::userModel(const QString &id) const
{
    return entryOf(m_user.models, id);
}

std::optional<HardwareSpec> CatalogStore::userHardware(const QString &id) const
{
    return entryOf(m_user.hardware, id);
}

std::optional<HostSpec> CatalogStore::userHost(const QString &id) const
{
    return entryOf(m_user.hosts, id);
}

QString CatalogStore::freeModelId(const QString &base) const
{
    return freeId(m_catalog.models, base);
}

QString CatalogStore::freeHardwareId(const QString &base) const
{
    return freeId(m_catalog.hardware, base);
}

QString CatalogStore::freeHostId(const QString &base) const
{
    return freeId(m_catalog.hosts, base);
}

void CatalogStore::setUserModel(const QString &id, const std::optional<ModelSpec> &model)
{
    putUser(&m_user.models, id, model);
    const int row = modelRow(id);
    const std::optional<ModelSpec> shown = model ? entryOf(m_user.models, id) : entryOf(m_builtin.models, id);
    if (row >= 0 && shown) { // the same row, new values: no reset, views keep their place
        m_catalog.models[row] = *shown;
        m_selfHost.remove(row);
        Q_EMIT modelChanged(row);
    } else {
        remerge();
    }
    Q_EMIT userCatalogChanged();
}

void CatalogStore::setUserHardware(const QString &id, const std::optional<HardwareSpec> &hardware)
{
    putUser(&m_user.hardware, id, hardware);
    const int row = hardwareRow(id);
    const std::optional<HardwareSpec> shown = hardware ? entryOf(m_user.hardware, id) : entryOf(m_builtin.hardware, id);
    if (row >= 0 && shown) {
        m_catalog.hardware[row] = *shown;
        m_calibrations[row] = m_catalog.calibrationFor(*shown);
        m_selfHost.clear(); // the smallest box for any model may have changed
        Q_EMIT hardwareChanged(row);
    } else {
        remerge();
    }
    Q_EMIT userCatalogChanged();
}

void CatalogStore::setUserHost(const QString &id, const std::optional<HostSpec> &host)
{
    putUser(&m_user.hosts, id, host);
    const std::optional<HostSpec> shown = host ? entryOf(m_user.hosts, id) : entryOf(m_builtin.hosts, id);
    const qsizetype i = indexOf(m_catalog.hosts, id);
    if (i >= 0 && shown)
        m_catalog.hosts[i] = *shown;
    else if (shown)
        m_catalog.hosts.append(*shown);
    else if (i >= 0)
        m_catalog.hosts.removeAt(i);
    // A host's price, power and RAM count in the numbers of every box that names it.
    for (int row = 0; row < hardwareCount(); ++row) {
        if (m_catalog.hardware.at(row).hostId == id)
            Q_EMIT hardwareChanged(row);
    }
    Q_EMIT userCatalogChanged();
}

void CatalogStore::setMeasured(QMap<QString, MeasuredCalibration> measured)
{
    QSet<QString> touched;
    for (const auto *map : {&m_measured, &measured})
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            touched.insert(it.key());
    m_measured = std::move(measured);
    m_catalog.measured = m_measured;
    for (int row = 0; row < hardwareCount(); ++row) {
        if (!touched.contains(m_catalog.hardware.at(row).id))
            continue;
        m_calibrations[row] = m_catalog.calibrationFor(m_catalog.hardware.at(row));
        Q_EMIT hardwareChanged(row);
    }
    Q_EMIT measuredChanged();
}

void CatalogStore::setUserCatalog(Catalog user)
{
    m_user = std::move(user);
    markUser(&m_user);
    remerge();
    Q_EMIT userCatalogChanged();
}

QString originTip(CatalogStore::Origin origin, const QString &noun)
{
    switch (origin) {
    case CatalogStore::Origin::Own:
        return QCoreApplication::translate("Headroom::CatalogStore", "\n✎ Your own %1 (Catalog menu: edit or delete)")
            .arg(noun);
    case CatalogStore::Origin::Overridden:
        return QCoreApplication::translate("Headroom::CatalogStore",
                                           "\n✎ A built-in %1 with your changes (Catalog menu: reset to the built-in "
                                           "values)")
            .arg(noun);
    case CatalogStore::Origin::BuiltIn: break;
    }
    return {};
}

void CatalogStore::setUsable(int row, double bytesPerDevice, const QString &rule)
{
    if (row < 0 || row >= hardwareCount())
        return;
    HardwareSpec h = m_catalog.hardware.at(row);
    if (h.usableBytesPerGpu == bytesPerDevice && h.usableRule == rule)
        return;
    h.usableBytesPerGpu = bytesPerDevice;
    h.usableRule = rule;
    h.usableSource.grade = Grade::User;
    setUserHardware(h.id, h);
}

} // namespace Headroom
