// The user's own files: where they live, and the user catalog's reading and saving.
#include "userdata.h"

#include "userdatamerge.h"
#include "userfilelock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

namespace Headroom {

namespace {
// A user catalog holds a few hundred entries; a file far beyond any real one is refused before
// it is read into memory (a 10,000 × 1,000 catalog is about 40 MB).
constexpr qint64 kMaxCatalogFileBytes = 512ll * 1024 * 1024;

QByteArray catalogBytes(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

// A file this build would refuse at the next start is not written: the one on disk stays, and the
// reason names the entry, so an editor that let a bad value through is caught at the save.
SafeWrite::Result commitIfReadable(const QString &path, const QJsonObject &json, const SafeWrite::Options &options = {})
{
    const QByteArray bytes = catalogBytes(json);
    const CatalogLoadResult again = CatalogLoader::partFromJson(bytes);
    if (!again.errors.isEmpty()) {
        const QString why = QStringLiteral("Headroom could not read the result back (%1), so %2 is left as it was")
                                .arg(again.errors.first(), path);
        return {false, false, why, why};
    }
    return UserData::commit(path, bytes, options);
}

QString entryKey(const QJsonObject &o, const char *first, const char *second = nullptr)
{
    QString key = o.value(QLatin1String(first)).toString();
    if (second)
        key += QLatin1Char('\n') + o.value(QLatin1String(second)).toString();
    return key;
}

// `theirs` (the file now) with the changes from `base` to `ours` applied, group by group.
QJsonObject mergedCatalog(const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs)
{
    QJsonObject merged = ours; // format and as_of as this version writes them
    const auto id = [](const QJsonObject &o) { return entryKey(o, "id"); };
    const auto offer = [](const QJsonObject &o) { return entryKey(o, "model", "provider"); };
    const auto rental = [](const QJsonObject &o) { return entryKey(o, "box", "provider"); };
    const std::pair<const char *, UserDataMerge::Key> groups[] = {
        {"models", id}, {"boxes", id}, {"hosts", id}, {"api_offers", offer}, {"rental_offers", rental}};
    for (const auto &[name, key] : groups) {
        const QString group = QLatin1String(name);
        const QJsonArray list = UserDataMerge::entries(base.value(group).toArray(), ours.value(group).toArray(),
                                                       theirs.value(group).toArray(), key);
        if (list.isEmpty())
            merged.remove(group);
        else
            merged.insert(group, list);
    }
    return merged;
}

void syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

QString UserData::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString UserData::catalogPath()
{
    return folder() + QStringLiteral("/catalog.json");
}

QString UserData::scenariosFolder()
{
    return folder() + QStringLiteral("/scenarios");
}

SafeWrite::Result UserData::commit(const QString &path, const QByteArray &bytes, const SafeWrite::Options &options)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString backup = path + QStringLiteral(".bak");
    const QString next = backup + QStringLiteral(".new");
    // The file as it is, under a second name: a hard link costs no space on a full disk; a copy
    // where links are not possible. A .bak.new left by an interrupted save is one generation older.
    ::unlink(QFile::encodeName(next).constData());
    bool kept = false;
    if (QFileInfo(path).isFile()) {
        kept = ::linkat(AT_FDCWD, QFile::encodeName(path).constData(), AT_FDCWD, QFile::encodeName(next).constData(),
                        AT_SYMLINK_FOLLOW) == 0 ||
               QFile::copy(path, next);
    }
    SafeWrite::Options o = options;
    o.mayReplaceInput = true; // the file was read to be rewritten: that is the point
    const SafeWrite::Result written = SafeWrite::bytesToFile(path, bytes, o);
    if (!written.ok) {
        ::unlink(QFile::encodeName(next).constData()); // the old .bak stays the previous generation
        return written;
    }
    // Only now does the backup move on: rename replaces the old .bak in one step.
    if (kept)
        ::rename(QFile::encodeName(next).constData(), QFile::encodeName(backup).constData());
    syncFolder(path);
    return written;
}

CatalogLoadResult readCatalogFile(const QString &path, InputFile::Origin origin)
{
    CatalogLoadResult result;
    const InputFile::Read read = InputFile::read(path, kMaxCatalogFileBytes, origin);
    if (read.missing)
        result.errors.append(QStringLiteral("%1: no such file").arg(path));
    else if (!read.error.isEmpty())
        result.errors.append(QStringLiteral("%1: %2").arg(path, read.error));
    if (!result.errors.isEmpty())
        return result;
    result = CatalogLoader::partFromJson(read.bytes);
    for (QString &e : result.errors)
        e = QStringLiteral("%1: %2").arg(path, e);
    return result;
}

UserCatalogFile::UserCatalogFile(QString path)
    : m_path(std::move(path))
{}

UserCatalogFile::Loaded UserCatalogFile::read() const
{
    Loaded loaded;
    const InputFile::Read read = InputFile::read(m_path, kMaxCatalogFileBytes, InputFile::Origin::Own);
    if (read.missing)
        return loaded;
    if (!read.error.isEmpty()) {
        loaded.problem = QStringLiteral("%1: %2").arg(m_path, read.error);
        loaded.notAFile = read.notAFile;
        return loaded;
    }
    CatalogLoadResult result = CatalogLoader::partFromJson(read.bytes);
    if (result.catalog)
        loaded.part = std::move(*result.catalog);
    else
        loaded.problem = QStringLiteral("%1: %2").arg(m_path, result.errors.value(0));
    return loaded;
}

UserCatalogFile::Loaded UserCatalogFile::openForWindow() const
{
    Loaded loaded = read();
    if (loaded.problem.isEmpty())
        return loaded;
    // A file whose contents are bad is moved aside; what is not a file at all is left alone.
    if (!loaded.notAFile) {
        const QString aside = m_path + QStringLiteral(".unreadable-") +
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (QFile::rename(m_path, aside))
            loaded.keptAsidePath = aside;
    }
    const InputFile::Read backup = InputFile::read(backupPath(), kMaxCatalogFileBytes, InputFile::Origin::Own);
    CatalogLoadResult fromBackup = backup.ok() ? CatalogLoader::partFromJson(backup.bytes) : CatalogLoadResult{};
    if (fromBackup.catalog) {
        loaded.part = std::move(*fromBackup.catalog);
        loaded.fromBackup = true;
    }
    return loaded;
}

SafeWrite::Result UserCatalogFile::save(const Catalog &part, const SafeWrite::Options &options) const
{
    UserFileLock lock(m_path);
    if (const QString problem = lock.acquire(); !problem.isEmpty())
        return {false, false, problem, problem};
    return commitIfReadable(m_path, CatalogLoader::toJson(part), options);
}

SafeWrite::Result UserCatalogFile::saveChanges(const Catalog &base, const Catalog &ours, int lockWaitMs,
                                               bool *locked) const
{
    UserFileLock lock(m_path);
    if (const QString problem = lock.acquire(lockWaitMs); !problem.isEmpty()) {
        if (locked)
            *locked = lock.heldByAnother();
        return {false, false, problem, problem};
    }
    if (locked)
        *locked = false;
    // The file as it is now: another Headroom may have saved since this one read it.
    const InputFile::Read now = InputFile::read(m_path, kMaxCatalogFileBytes, InputFile::Origin::Own);
    QJsonObject theirs;
    if (!now.missing) {
        QString problem = now.error;
        if (problem.isEmpty()) {
            const CatalogLoadResult parsed = CatalogLoader::partFromJson(now.bytes);
            problem = parsed.errors.value(0);
            theirs = QJsonDocument::fromJson(now.bytes).object();
        }
        if (!problem.isEmpty()) {
            const QString why = QStringLiteral("%1 cannot be read now (%2); it is left as it is").arg(m_path, problem);
            return {false, false, why, why};
        }
    }
    const QJsonObject merged = mergedCatalog(CatalogLoader::toJson(base), CatalogLoader::toJson(ours), theirs);
    return commitIfReadable(m_path, merged);
}

} // namespace Headroom
