// One device's matrix rates and bandwidth (tests/data/measurements/prefill-devices.csv).
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Headroom {

// The rates a prompt-processing measurement ran against: the matrix unit's FP16 and INT8 peaks
// and the memory bandwidth, per device, with the figures' source and grade.
struct PrefillDevice
{
    QString key;
    QString name;
    double bandwidth = 0.0;          // bytes/s
    bool unified = false;            // shares the system's memory (an APU, Apple, GB10)
    std::optional<double> fp16Flops; // FLOP/s, FP16 with FP32 accumulate (the catalog's figure)
    std::optional<double> int8Ops;   // op/s, INT8 matrix or dot-product rate
    QString source;
    QString asOf;
    QString grade;
};

// Reads the device table by key. A row with a missing or impossible value is left out and named
// in `errors` with its line number.
[[nodiscard]] QHash<QString, PrefillDevice> parsePrefillDevices(const QByteArray &csv, QStringList *errors = nullptr);

} // namespace Headroom
