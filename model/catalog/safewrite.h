// The one way Headroom writes a file or standard output: whole or not at all.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

// The one way Headroom writes a file or standard output. It never leaves a broken file where a
// good one was, and never reports success for bytes that did not arrive:
// - a regular file (or a new one) is written to a temporary file beside it and renamed into
//   place only when every byte was written and flushed (QSaveFile), keeping the old file's
//   permissions; on any failure the old file is untouched and the temporary is removed;
// - a target that exists and is not a regular file (a device, a FIFO, a symlink to one) is
//   written directly, never replaced; a FIFO with no reader fails at once instead of hanging;
// - a symlink loop is refused (never replaced by a file), and so is a file this process read as
//   an input (InputFile): `report --scenario s.json -o s.json` would lose the scenario;
// - the folder is synced after a rename, so the new name survives a power cut;
// - every write goes through a checking device that records short writes and errors, so a
//   producer that ignores a write's result (QPdfWriter, QSvgGenerator, QImage) still fails.
namespace Headroom::SafeWrite {

struct Result
{
    bool ok = false;
    bool cancelled = false;   // the producer returned false: nothing written, not an error
    QString error;            // "cannot write PATH: REASON", for the command line
    QString reason;           // REASON alone, for a translated sentence in the window
    bool sameAsInput = false; // refused: the target is a file this process read (the input is wrong)
};

// Writes what `produce` writes into the device it is given; returning false cancels.
using Producer = std::function<bool(QIODevice &out)>;

struct Options
{
    // A test double: the checking device fails every write after this many bytes, as a full
    // disk would. Negative: no limit.
    qint64 failAfterBytes = -1;
    // A document saved over the file it was opened from (a user data file, a scenario).
    bool mayReplaceInput = false;
};

[[nodiscard]] Result toFile(const QString &path, const Producer &produce, const Options &options = {});
[[nodiscard]] Result bytesToFile(const QString &path, const QByteArray &bytes, const Options &options = {});
// Standard output (file descriptor 1), every byte checked: `> /dev/full` is an error.
[[nodiscard]] Result toStandardOutput(const QByteArray &bytes);

} // namespace Headroom::SafeWrite
