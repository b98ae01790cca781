// One published prompt-processing measurement (tests/data/measurements/prefill-measurements.csv).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Headroom {

// A llama.cpp prefill rate as a page published it: the device, the model and its format, the
// prompt length and the depth it was read at. Rows a fit must not use keep the reason.
struct PrefillMeasurement
{
    QString source; // the publication: one page, thread, pull request or file by one author
    QString url;    // "unknown" only for a row excluded for that reason
    QString asOf;
    QString device;
    QString deviceKey; // the device's row in prefill-devices.csv; empty: its rates are not sourced
    int devices = 1;
    QString backend;
    QString model;
    QString modelKey;                         // the catalog model of the same architecture, when there is one
    std::optional<int> layers;                // from the model's config.json, where no catalog model has it
    std::optional<double> kvElementsPerToken; // K and V elements a token adds in full-attention layers
    QString quant;
    std::optional<double> paramsTotal;  // parameters, where the table or the card gives them
    std::optional<double> paramsActive; // a mixture of experts' active parameters
    std::optional<int> experts;
    std::optional<int> expertsActive;
    QString test;            // "pp512", "pp2048@d4096", "S_PP", "pp494 (main)"
    double promptTokens = 0; // tokens processed in the measured batch
    double depthTokens = 0;  // tokens already in the cache when it started
    std::optional<int> ubatch;
    std::optional<bool> flashAttention;
    double tokensPerSecond = 0;
    QString runtime;
    QString excluded; // why a fit must not use the row; empty: it may
    QString note;

    [[nodiscard]] bool fittable() const noexcept { return excluded.isEmpty(); }
};

// Reads the CSV ('#' lines are comments, the first other line names the columns). A row with a
// missing or impossible value is left out and named in `errors` with its line number.
[[nodiscard]] QList<PrefillMeasurement> parsePrefillMeasurements(const QByteArray &csv, QStringList *errors = nullptr);

} // namespace Headroom
