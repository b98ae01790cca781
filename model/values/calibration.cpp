// A speed class's fitted constants, and the published measurements they are fitted on.
#include "calibration.h"

#include "csvrows.h"

#include <QHash>

#include <cmath>

namespace Headroom {

QList<SpeedMeasurement> parseSpeedMeasurements(const QByteArray &csv, QStringList *errors)
{
    QList<SpeedMeasurement> rows;
    forEachCsvRow(csv, [&](const CsvRow &row) {
        const auto text = [&row](const char *name) { return row.text(name); };
        const auto number = [&](const char *name, bool *ok) {
            const double v = text(name).toDouble(ok);
            *ok = *ok && std::isfinite(v);
            return v;
        };
        SpeedMeasurement m;
        bool ok = true, each = false;
        m.source = text("source");
        m.url = text("url");
        m.asOf = text("as_of");
        m.device = text("device");
        m.speedClass = text("speed_class");
        m.split = text("split");
        m.model = text("model");
        m.quant = text("quant");
        m.devices = int(number("devices", &each));
        ok = ok && each && m.devices >= 1;
        m.bandwidth = number("bandwidth_gbs", &each) * 1e9;
        ok = ok && each && m.bandwidth > 0;
        m.paramsTotal = number("params_total_b", &each) * 1e9;
        ok = ok && each && m.paramsTotal > 0;
        m.paramsActive = number("params_active_b", &each) * 1e9;
        ok = ok && each && m.paramsActive > 0 && m.paramsActive <= m.paramsTotal;
        m.layers = int(number("layers", &each));
        ok = ok && each && m.layers > 0;
        m.experts = int(number("experts", &each));
        ok = ok && each;
        m.expertsActive = int(number("experts_active", &each));
        ok = ok && each;
        m.fileBytes = number("file_bytes", &each);
        ok = ok && each && m.fileBytes > 0;
        m.kvBytesPerToken = number("kv_bytes_per_token", &each);
        ok = ok && each && m.kvBytesPerToken >= 0;
        m.depthTokens = number("depth_tokens", &each);
        ok = ok && each && m.depthTokens >= 0;
        m.tokensPerSecond = number("tg_tok_s", &each);
        ok = ok && each && m.tokensPerSecond > 0;
        if (const double t = number("tflops", &each); each && t > 0)
            m.tflops = t;
        if (const double a = number("active_bytes", &each); each && a > 0 && a <= m.fileBytes)
            m.activeBytes = a;
        if (const double pp = number("pp_tok_s", &each); each && pp > 0) {
            m.promptTokensPerSecond = pp;
            m.promptTokens = int(number("pp_tokens", &each));
        }
        ok = ok && !m.source.isEmpty() && !m.speedClass.isEmpty();
        if (ok)
            rows.append(m);
        else if (errors)
            errors->append(QStringLiteral("line %1: not a usable measurement").arg(row.lineNumber()));
    });
    return rows;
}

} // namespace Headroom
