// The settings file checked for what it is before QSettings reads it.
#include "settingsfile.h"

#include "inputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Headroom::SettingsFile {

namespace {

// Window geometry, splitters and a session are kilobytes; this is far beyond any real file.
constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

// Points every QSettings of this run at a private folder holding `bytes` as the settings file.
void usePrivateCopy(const QByteArray &bytes)
{
    static QTemporaryDir folder; // lives as long as the process
    const QString copy = folder.filePath(
        QStringLiteral("%1/%2.conf").arg(QCoreApplication::organizationName(), QCoreApplication::applicationName()));
    QDir().mkpath(QFileInfo(copy).absolutePath());
    QFile file(copy);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
}

} // namespace

QString path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/%1/%2.conf").arg(QCoreApplication::organizationName(), QCoreApplication::applicationName());
}

QString guard()
{
    const QString file = path();
    const InputFile::Read read = InputFile::read(file, kMaxBytes, InputFile::Origin::Own);
    if (read.missing)
        return {};
    if (!read.error.isEmpty()) {
        usePrivateCopy({});
        return QStringLiteral("%1 %2").arg(file, read.error);
    }
    // Parsed first on a copy: only a file Qt reads whole may be written back by QSettings.
    QTemporaryDir probe;
    const QString copy = probe.filePath(QStringLiteral("probe.conf"));
    QFile out(copy);
    if (!out.open(QIODevice::WriteOnly) || out.write(read.bytes) != read.bytes.size())
        return {};
    out.close();
    QSettings parsed(copy, QSettings::IniFormat);
    (void)parsed.allKeys(); // sections are parsed when first read: read them all
    if (parsed.status() == QSettings::NoError)
        return {};
    usePrivateCopy(read.bytes);
    return QStringLiteral("%1 has lines Headroom cannot read").arg(file);
}

} // namespace Headroom::SettingsFile
