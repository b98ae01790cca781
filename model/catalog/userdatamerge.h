// Three-way merges of a user data file under its lock, so a concurrent save loses nothing.
#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

// Three-way merges of a user data file, done under its lock just before a save: the file as it is
// now on disk ("theirs": maybe written meanwhile by another Headroom), with this process's own
// changes applied: what differs between the version it read ("base") and the one it holds
// ("ours"), entry by entry. Entries nobody here touched stay as the file has them, unknown keys
// included, so two writers never lose each other's entries.
namespace Headroom::UserDataMerge {

using Key = std::function<QString(const QJsonObject &)>;

// Lists of entries keyed by `key` (a catalog's models by id, its API offers by model and
// provider). Theirs keeps its order; entries we added come last, in our order.
[[nodiscard]] QJsonArray entries(const QJsonArray &base, const QJsonArray &ours, const QJsonArray &theirs,
                                 const Key &key);
// Objects keyed by member name (calibration.json's boxes).
[[nodiscard]] QJsonObject members(const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs);

} // namespace Headroom::UserDataMerge
