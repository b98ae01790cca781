// The user's own files: where they live, and the user catalog's reading and saving.
#pragma once

#include "catalog.h"
#include "inputfile.h"
#include "safewrite.h"

#include <QString>

namespace Headroom {

// Where Headroom keeps what the user made (contracts.md): settings stay in QSettings; the rest
// lives under QStandardPaths::AppDataLocation as versioned JSON written through SafeWrite.
namespace UserData {
[[nodiscard]] QString folder();          // AppDataLocation
[[nodiscard]] QString catalogPath();     // folder()/catalog.json
[[nodiscard]] QString scenariosFolder(); // folder()/scenarios
// Writes a user file whose lock the caller holds (UserFileLock). The file as it was becomes
// PATH.bak only once the new one is in place: it is first linked (or copied) to PATH.bak.new, and
// renamed over PATH.bak after the new file is committed and its folder synced, so a failed or
// interrupted save never costs the previous generation.
[[nodiscard]] SafeWrite::Result commit(const QString &path, const QByteArray &bytes,
                                       const SafeWrite::Options &options = {});
} // namespace UserData

// The user's own catalog file: their boxes, models, hosts and overrides of built-in entries, in
// catalog format 2. Saves happen under the file's lock, keeping the previous file as PATH.bak; a
// file that cannot be read is moved aside (never overwritten) and the good backup, if any, is
// used instead; one that is not a file at all (a FIFO, a device, a symlink loop) is left alone.
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
        bool notAFile = false; // a FIFO, a device, a folder or a symlink loop: left as it is
    };

    // For the command line: reads, never moves or writes anything. A file that cannot be read
    // is a problem to report (exit 2), not a reason to fall back silently.
    [[nodiscard]] Loaded read() const;
    // For the window at start: a bad file is renamed to PATH.unreadable-YYYYMMDD-HHMMSS so the
    // next save cannot overwrite it, and the backup is used when it reads.
    [[nodiscard]] Loaded openForWindow() const;
    // Writes `part` (entries marked user) as the whole file, under the lock.
    [[nodiscard]] SafeWrite::Result save(const Catalog &part, const SafeWrite::Options &options = {}) const;
    // Under the lock: the file as it is now, with the changes from `base` (what this process read
    // or last saved) to `ours` applied entry by entry; another process's entries stay. A file that
    // cannot be read now is not written over. `lockWaitMs`: how long to wait for another saver.
    [[nodiscard]] SafeWrite::Result saveChanges(const Catalog &base, const Catalog &ours, int lockWaitMs,
                                                bool *locked = nullptr) const;

    [[nodiscard]] const QString &path() const noexcept { return m_path; }
    [[nodiscard]] QString backupPath() const { return m_path + QStringLiteral(".bak"); }

private:
    QString m_path;
};

// Reads a catalog file: any problem names the path. `Named`: the user gave it (--catalog, an
// import), so a pipe is read too.
[[nodiscard]] CatalogLoadResult readCatalogFile(const QString &path,
                                                InputFile::Origin origin = InputFile::Origin::Named);

} // namespace Headroom
