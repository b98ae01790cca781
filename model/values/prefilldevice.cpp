// One device's matrix rates and bandwidth (tests/data/measurements/prefill-devices.csv).
#include "prefilldevice.h"

#include "csvrows.h"

#include <cmath>

namespace Headroom {

QHash<QString, PrefillDevice> parsePrefillDevices(const QByteArray &csv, QStringList *errors)
{
    QHash<QString, PrefillDevice> devices;
    forEachCsvRow(csv, [&](const CsvRow &row) {
        bool ok = true;
        const auto rate = [&](const char *name) -> std::optional<double> {
            const QString t = row.text(name);
            if (t.isEmpty())
                return std::nullopt;
            bool each = false;
            const double v = t.toDouble(&each);
            ok = ok && each && std::isfinite(v) && v > 0;
            return v * 1e12;
        };
        PrefillDevice d;
        d.key = row.text("key");
        d.name = row.text("name");
        d.bandwidth = rate("bandwidth_gbs").value_or(0.0) / 1e3; // GB/s, read as ×1e12 above
        d.unified = row.text("unified") == QLatin1String("1");
        d.fp16Flops = rate("fp16_tflops_fp32acc");
        d.int8Ops = rate("int8_tops");
        d.source = row.text("source");
        d.asOf = row.text("as_of");
        d.grade = row.text("grade");
        if (!ok || d.key.isEmpty() || d.bandwidth <= 0 || !d.fp16Flops || d.source.isEmpty() || d.asOf.isEmpty() ||
            devices.contains(d.key)) {
            if (errors)
                errors->append(
                    QStringLiteral("line %1: a missing, repeated or impossible value").arg(row.lineNumber()));
            return;
        }
        devices.insert(d.key, d);
    });
    return devices;
}

} // namespace Headroom
