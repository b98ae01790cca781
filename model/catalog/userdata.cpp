#include "userdata.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace Headroom {

namespace {
// A user catalog holds a few hundred entries; a file far beyond any real one is refused before
// it is read into memory (a 10,000 × 1,000 catalog is about 40 MB).
constexpr qint64 kMaxCatalogFileBytes = 512ll * 1024 * 1024;
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

CatalogLoadResult readCatalogFile(const QString &path)
{
    CatalogLoadResult result;
    const QFileInfo info(path);
    QFile file(path);
    if (info.isDir()) {
        result.errors.append(QStringLiteral("%1: is a folder, not a catalog file").arg(path));
    } else if (info.exists() && info.size() > kMaxCatalogFileBytes) {
        result.errors.append(QStringLiteral("%1: %2 MB is larger than any catalog (limit %3 MB)")
                                 .arg(path)
                                 .arg(info.size() / 1000000)
                                 .arg(kMaxCatalogFileBytes / 1000000));
    } else if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append(QStringLiteral("%1: %2").arg(path, file.errorString()));
    } else {
        result = CatalogLoader::partFromJson(file.readAll());
        for (QString &e : result.errors)
            e = QStringLiteral("%1: %2").arg(path, e);
    }
    return result;
}

UserCatalogFile::UserCatalogFile(QString path)
    : m_path(std::move(path))
{}

UserCatalogFile::Loaded UserCatalogFile::read() const
{
    Loaded loaded;
    if (!QFileInfo::exists(m_path))
        return loaded;
    CatalogLoadResult result = readCatalogFile(m_path);
    if (result.catalog)
        loaded.part = std::move(*result.catalog);
    else
        loaded.problem = result.errors.value(0);
    return loaded;
}

UserCatalogFile::Loaded UserCatalogFile::openForWindow() const
{
    Loaded loaded = read();
    if (loaded.problem.isEmpty())
        return loaded;
    const QString aside = m_path + QStringLiteral(".unreadable-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFile::rename(m_path, aside))
        loaded.keptAsidePath = aside;
    CatalogLoadResult backup = QFileInfo::exists(backupPath()) ? readCatalogFile(backupPath()) : CatalogLoadResult{};
    if (backup.catalog) {
        loaded.part = std::move(*backup.catalog);
        loaded.fromBackup = true;
    }
    return loaded;
}

void UserData::prepareSave(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The backup is the last file that was saved; a failed copy must not stop the save itself,
    // which SafeWrite keeps atomic on its own.
    const QString backup = path + QStringLiteral(".bak");
    if (QFileInfo::exists(path)) {
        QFile::remove(backup + QStringLiteral(".new"));
        if (QFile::copy(path, backup + QStringLiteral(".new"))) {
            QFile::remove(backup);
            QFile::rename(backup + QStringLiteral(".new"), backup);
        }
    }
}

SafeWrite::Result UserCatalogFile::save(const Catalog &part, const SafeWrite::Options &options) const
{
    UserData::prepareSave(m_path);
    return SafeWrite::bytesToFile(m_path, QJsonDocument(CatalogLoader::toJson(part)).toJson(QJsonDocument::Indented),
                                  options);
}

} // namespace Headroom
