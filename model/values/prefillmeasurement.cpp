// One published prompt-processing measurement (tests/data/measurements/prefill-measurements.csv).
#include "prefillmeasurement.h"

#include "csvrows.h"

#include <cmath>

namespace Headroom {

QList<PrefillMeasurement> parsePrefillMeasurements(const QByteArray &csv, QStringList *errors)
{
    QList<PrefillMeasurement> rows;
    forEachCsvRow(csv, [&](const CsvRow &row) {
        const auto text = [&row](const char *name) { return row.text(name); };
        // Empty is unknown; anything else must be a finite number.
        bool ok = true;
        const auto optionalNumber = [&](const char *name) -> std::optional<double> {
            const QString t = text(name);
            if (t.isEmpty())
                return std::nullopt;
            bool each = false;
            const double v = t.toDouble(&each);
            ok = ok && each && std::isfinite(v) && v >= 0;
            return v;
        };
        PrefillMeasurement m;
        m.source = text("source");
        m.url = text("url");
        m.asOf = text("as_of");
        m.device = text("device");
        m.deviceKey = text("device_key");
        m.devices = int(optionalNumber("devices").value_or(1));
        m.backend = text("backend");
        m.model = text("model");
        m.modelKey = text("model_key");
        if (const auto n = optionalNumber("layers"))
            m.layers = int(*n);
        m.kvElementsPerToken = optionalNumber("kv_elements_per_token");
        m.quant = text("quant");
        if (const auto b = optionalNumber("params_total_b"))
            m.paramsTotal = *b * 1e9;
        if (const auto b = optionalNumber("params_active_b"))
            m.paramsActive = *b * 1e9;
        if (const auto n = optionalNumber("experts"))
            m.experts = int(*n);
        if (const auto n = optionalNumber("experts_active"))
            m.expertsActive = int(*n);
        m.test = text("test");
        m.promptTokens = optionalNumber("prompt_tokens").value_or(0);
        m.depthTokens = optionalNumber("depth_tokens").value_or(0);
        if (const auto n = optionalNumber("n_ubatch"))
            m.ubatch = int(*n);
        if (const QString fa = text("flash_attn"); !fa.isEmpty())
            m.flashAttention = fa != QLatin1String("0") && fa.compare(QLatin1String("off"), Qt::CaseInsensitive) != 0;
        m.tokensPerSecond = optionalNumber("pp_tok_s").value_or(0);
        m.runtime = text("runtime");
        m.excluded = text("excluded");
        m.note = text("note");
        const bool located = m.url.startsWith(QLatin1String("http")) || !m.excluded.isEmpty();
        const bool complete = !m.source.isEmpty() && !m.asOf.isEmpty() && !m.device.isEmpty() && m.devices >= 1 &&
                              m.tokensPerSecond > 0 && located;
        if (!ok || !complete) {
            if (errors)
                errors->append(QStringLiteral("line %1: a missing or impossible value").arg(row.lineNumber()));
            return;
        }
        rows.append(m);
    });
    return rows;
}

} // namespace Headroom
