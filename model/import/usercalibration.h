// Your llama-bench runs turned into a box's calibration, and calibration.json.
#pragma once

#include "catalog.h"
#include "llamabench.h"
#include "safewrite.h"

#include <QMap>

// The user's own llama-bench runs turned into a per-box calibration (headroom calibrate, and the
// window's Speed menu), and the file that keeps them: calibration.json in the user data folder,
// format 1, written through SafeWrite with the previous file kept as .bak.
namespace Headroom::UserCalibration {

struct Result
{
    std::optional<MeasuredCalibration> calibration;
    QStringList skipped; // runs not used, each with why
    QString error;       // why nothing could be calibrated; empty on success
};

// Matches each run to a catalog model (by `modelId`, or by parameter count and file name),
// predicts it with the published fit alone, and takes the median of measured ÷ predicted.
// `source` names the file the runs came from; `asOf` is today's date.
[[nodiscard]] Result fromRuns(const QList<LlamaBench::Run> &runs, const Catalog &catalog, const HardwareSpec &hardware,
                              const QString &modelId, const QString &source, const QString &asOf);

// A median ratio outside this band says the runs are not of this box (or not of this model).
inline constexpr double kLowestScale = 0.25;
inline constexpr double kHighestScale = 4.0;

[[nodiscard]] QString path(); // UserData::folder()/calibration.json

struct Loaded
{
    QMap<QString, MeasuredCalibration> boxes;
    QString problem; // the file exists and cannot be read: in words, naming it
};
// Every field is checked (a box that is not an object, runs that are not a list, a scale out of
// its band): a file that does not read is reported whole, never half-used and then overwritten.
[[nodiscard]] Loaded read(const QString &path);
[[nodiscard]] Loaded fromJson(const QByteArray &bytes, const QString &path);
[[nodiscard]] QByteArray toJson(const QMap<QString, MeasuredCalibration> &boxes);
// Writes `boxes` as the whole file, under its lock, the previous file kept as .bak.
[[nodiscard]] SafeWrite::Result save(const QString &path, const QMap<QString, MeasuredCalibration> &boxes);
// Under the file's lock: the file as it is now, with the boxes that differ between `base` (what
// this process read or last saved) and `ours` put in or taken out; every other box stays as the
// file has it. A file that cannot be read now is not written over. `locked` is set when another
// Headroom held the lock for longer than `lockWaitMs`.
[[nodiscard]] SafeWrite::Result saveChanges(const QString &path, const QMap<QString, MeasuredCalibration> &base,
                                            const QMap<QString, MeasuredCalibration> &ours, int lockWaitMs,
                                            bool *locked = nullptr);

} // namespace Headroom::UserCalibration
