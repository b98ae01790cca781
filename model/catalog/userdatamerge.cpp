// Three-way merges of a user data file under its lock, so a concurrent save loses nothing.
#include "userdatamerge.h"

#include <QMap>
#include <QSet>

namespace Headroom::UserDataMerge {

namespace {

QMap<QString, QJsonObject> byKey(const QJsonArray &list, const Key &key, QStringList *order = nullptr)
{
    QMap<QString, QJsonObject> map;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString k = key(o);
        if (order && !map.contains(k))
            order->append(k);
        map.insert(k, o);
    }
    return map;
}

} // namespace

QJsonArray entries(const QJsonArray &base, const QJsonArray &ours, const QJsonArray &theirs, const Key &key)
{
    const QMap<QString, QJsonObject> before = byKey(base, key);
    QStringList ourOrder;
    const QMap<QString, QJsonObject> after = byKey(ours, key, &ourOrder);
    QSet<QString> written;
    QJsonArray merged;
    for (const QJsonValue &v : theirs) {
        const QString k = key(v.toObject());
        const bool changedHere = before.value(k) != after.value(k) || before.contains(k) != after.contains(k);
        if (!changedHere) {
            merged.append(v); // not ours to judge: as the file has it
        } else if (after.contains(k)) {
            merged.append(after.value(k)); // our edit of an entry the file has
        }                                  // else: we removed it
        written.insert(k);
    }
    for (const QString &k : std::as_const(ourOrder)) {
        const bool changedHere = before.value(k) != after.value(k) || !before.contains(k);
        if (!written.contains(k) && changedHere)
            merged.append(after.value(k)); // new here, or edited here after another removed it
    }
    return merged;
}

QJsonObject members(const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs)
{
    QJsonObject merged = theirs;
    QSet<QString> keys;
    for (const QJsonObject *o : {&base, &ours})
        for (auto it = o->begin(); it != o->end(); ++it)
            keys.insert(it.key());
    for (const QString &k : std::as_const(keys)) {
        if (base.value(k) == ours.value(k))
            continue;
        if (ours.contains(k))
            merged.insert(k, ours.value(k));
        else
            merged.remove(k);
    }
    return merged;
}

} // namespace Headroom::UserDataMerge
