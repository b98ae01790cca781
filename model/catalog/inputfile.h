// The one way Headroom reads a file: checked for what it is once opened, never read past its limit.
#pragma once

#include <QByteArray>
#include <QString>

class QFile;

// The one way Headroom reads a file: it is checked for what it is after it is opened (never by a
// name looked up first), and never read past its limit. `stat` is not trusted for the size: a
// device says 0 and never ends, so at most the limit + 1 bytes are read, whatever it claims.
// - A file Headroom opens by itself (catalog.json, calibration.json, the settings, a saved
//   scenario) must be a regular file: a device, a FIFO or a symlink loop is reported in words and
//   left alone (opening never blocks: a FIFO without a writer is not waited for).
// - A file the user names (--catalog, --scenario, import, calibrate) may also be a pipe, so
//   `--catalog <(jq …)` works: it is read without blocking, within the limit and a deadline.
// Every file read is remembered (device and inode), so a write can refuse to replace an input.
namespace Headroom::InputFile {

enum class Origin {
    Own,   // Headroom opens it by itself: regular files only
    Named, // the user named it: a regular file or a pipe
};

// How long a pipe may take to deliver all of its bytes.
inline constexpr int kPipeSeconds = 10;

struct Read
{
    bool missing = false; // no such file (nothing else is wrong)
    QByteArray bytes;
    QString error;         // in words, without the path: "is a FIFO (a named pipe), not a file"
    bool notAFile = false; // a FIFO, a device, a folder, a socket or a symlink loop, left as it is
    [[nodiscard]] bool ok() const noexcept { return !missing && error.isEmpty(); }
};

// Reads `path`: at most `maxBytes` (more is an error naming the limit).
[[nodiscard]] Read read(const QString &path, qint64 maxBytes, Origin origin);

// Reads standard input (`import -`): a file, a pipe (within the deadline) or a terminal.
[[nodiscard]] Read readStandardInput(qint64 maxBytes);

// Opens `path` for reading in place (a GGUF header, read with seeks): it must be a regular file.
// Returns the reason it cannot be, in words; empty when `file` is open.
[[nodiscard]] QString openRegular(const QString &path, QFile *file);

// The limit as a person reads it: "16 MB".
[[nodiscard]] QString limitText(qint64 maxBytes);

// The input this process read that `path` is the same file as (same device and inode, through
// any symlink), as it was named; empty when it is none.
[[nodiscard]] QString inputNamed(const QString &path);

} // namespace Headroom::InputFile
