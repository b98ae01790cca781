#pragma once

#include "catalog.h"
#include "safewrite.h"

#include <QString>

namespace Headroom {

// Where Headroom keeps what the user made (contracts.md): settings stay in QSettings; the rest
// lives under QStandardPaths::AppDataLocation as versioned JSON written through SafeWrite.
namespace UserData {
[[nodiscard]] QString folder();          // AppDataLocation
[[nodiscard]] QString catalogPath();     // folder()/catalog.json
[[nodiscard]] QString scenariosFolder(); // folder()/scenarios
// Before a user file is saved: its folder exists and the file as it was is kept as PATH.bak.
void prepareSave(const QString &path);
} // namespace UserData

// The user's own catalog file: their boxes, models, hosts and overrides of built-in entries, in
// catalog format 2. Saving keeps the previous file as PATH.bak; a file that cannot be read is
// moved aside (never overwritten) and the good backup, if any, is used instead.
class UserCatalogFile final
{
public:
    explicit UserCatalogFile(QString path);

    struct Loaded
    {
        Catalog part;          // empty when there is no file yet
        QString problem;       // in words, for the window or the command line; empty when fine
        QString keptAsidePath; // where an unreadable file was moved (only by openForWindow)
        bool fromBackup = false;
    };

    // For the command line: reads, never moves or writes anything. A file that cannot be read
    // is a problem to report (exit 2), not a reason to fall back silently.
    [[nodiscard]] Loaded read() const;
    // For the window at start: a bad file is renamed to PATH.unreadable-YYYYMMDD-HHMMSS so the
    // next save cannot overwrite it, and the backup is used when it reads.
    [[nodiscard]] Loaded openForWindow() const;
    // Writes `part` (entries marked user) atomically, first copying the current file to PATH.bak.
    [[nodiscard]] SafeWrite::Result save(const Catalog &part, const SafeWrite::Options &options = {}) const;

    [[nodiscard]] const QString &path() const noexcept { return m_path; }
    [[nodiscard]] QString backupPath() const { return m_path + QStringLiteral(".bak"); }

private:
    QString m_path;
};

// Reads a catalog file the user named (--catalog, an import): any problem names the path.
[[nodiscard]] CatalogLoadResult readCatalogFile(const QString &path);

} // namespace Headroom
