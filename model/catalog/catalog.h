// The catalog: models, boxes, hosts, API and rental offers, and the loader of catalog format 2.
#pragma once

#include "calibration.h"
#include "hardwarespec.h"
#include "modelspec.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Headroom {

namespace Prefill {
struct Fit;
}
namespace Batched {
struct Row;
}
namespace Offload {
struct Row;
}
// The prompt-processing fit on the embedded measurements, rows read against the embedded catalog's
// models (their layers and attention).
[[nodiscard]] const Prefill::Fit &embeddedPrefillFit();
// The published batched runs as the engine runs them (rows it cannot run named in `skipped`), and
// the batched constants fitted on them: what every box's calibration carries.
[[nodiscard]] QList<Batched::Row> embeddedBatchedRows(QStringList *skipped = nullptr);
[[nodiscard]] const BatchedCalibration &embeddedBatchedFit();
// The same for the published partial-offload runs.
[[nodiscard]] QList<Offload::Row> embeddedOffloadRows(QStringList *skipped = nullptr);
[[nodiscard]] const OffloadCalibration &embeddedOffloadFit();

// One of the user's llama-bench runs beside what the engine predicted for it.
struct CalibrationRun
{
    QString modelId;
    QString test;        // "tg128 @ d4096"
    bool prompt = false; // a prompt-processing run (else decode)
    double measuredTokS = 0.0;
    double predictedTokS = 0.0; // by the published fit alone, before this calibration
};

// A box's speed as the user measured it (headroom calibrate): the median of measured ÷ predicted
// over their llama-bench runs, for decode and for prompt processing, applied to every estimate on
// that box.
struct MeasuredCalibration
{
    double scale = 1.0;                // decode
    std::optional<double> promptScale; // prompt processing, when they ran pp tests
    QList<CalibrationRun> runs;
    Provenance provenance; // the llama-bench file, the date, grade "measured"
};

// The speed class of a box: its runtime and whether its GPU shares system memory ("cuda",
// "cuda-unified", "metal", "rocm", "rocm-unified", "vulkan", "vulkan-unified", "vulkan-intel").
[[nodiscard]] QString speedClassOf(const HardwareSpec &hardware);

// A hosted API that serves a model, priced per million tokens. Not a box: it has no memory and no
// verdict; it is the "call the same model" alternative in costs.
struct ApiOffer
{
    QString modelId;
    QString provider;
    double usdPerMillionInput = 0.0;
    double usdPerMillionOutput = 0.0;
    std::optional<double> usdPerMillionCachedInput; // cache-hit input price, where published
    QString note;                                   // peak/off-peak, tiers, …
    Provenance provenance;
};

// The models and boxes Headroom knows, plus the decode calibration per backend.
struct Catalog
{
    QString asOf;
    QList<ModelSpec> models;
    QList<HardwareSpec> hardware;
    QList<ApiOffer> apiOffers;
    QList<HostSpec> hosts;
    QList<RentalOffer> rentalOffers;
    Provenance calibrationSource; // the published measurements decode speed is fitted on
    // The user's own llama-bench runs (headroom calibrate), per box id: measured ÷ predicted.
    QMap<QString, MeasuredCalibration> measured;

    [[nodiscard]] const ModelSpec *findModel(const QString &id) const noexcept;
    [[nodiscard]] const HardwareSpec *findHardware(const QString &id) const noexcept;
    [[nodiscard]] int modelRow(const QString &id) const noexcept;
    [[nodiscard]] int hardwareRow(const QString &id) const noexcept;
    // The first API offer that serves `modelId`, or nullptr.
    [[nodiscard]] const ApiOffer *apiOfferFor(const QString &modelId) const noexcept;
    [[nodiscard]] const HostSpec *findHost(const QString &id) const noexcept;
    // The computer a bare card sits in (its RAM takes offloaded experts); null for a whole box.
    [[nodiscard]] const HostSpec *hostFor(const HardwareSpec &hardware) const noexcept
    {
        return hardware.hostId.isEmpty() ? nullptr : findHost(hardware.hostId);
    }
    // The decode constants for `hardware`: its speed class's fit on the published measurements,
    // scaled by the user's own runs on that box when there are some.
    [[nodiscard]] DecodeCalibration calibrationFor(const HardwareSpec &hardware) const;
    // The same without the user's own runs: what calibrate compares their runs against.
    [[nodiscard]] DecodeCalibration publishedCalibrationFor(const HardwareSpec &hardware) const;
};

struct CatalogLoadResult
{
    std::optional<Catalog> catalog;
    QStringList errors; // each names the JSON path at fault, e.g. "models[2].geometry.layers: …"
};

// Catalog format 2 (contracts.md): one versioned JSON schema for the built-in file, the user's
// catalog, imports and `headroom catalog --json`. Every value carries source, as_of and grade.
class CatalogLoader final
{
public:
    static constexpr int kFormat = 2;

    // A whole catalog (the built-in one): as_of and the models and boxes are required.
    [[nodiscard]] static CatalogLoadResult fromJson(const QByteArray &json);
    // A part of one (a user catalog, a scenario's entries, a dump to merge): any section may be
    // missing; references (an API offer's model, a box's host) are checked after merging.
    [[nodiscard]] static CatalogLoadResult partFromJson(const QByteArray &json);
    // The catalog embedded in the binary (resources/catalog/).
    [[nodiscard]] static const Catalog &embedded();

    // Format 2 as JSON: what `catalog --json` prints and user files hold; it loads back.
    // `legacyAliases` adds version 0.1's `catalog --json` keys beside the groups (the loader
    // ignores them); `catalog --json` prints them for one release.
    [[nodiscard]] static QJsonObject toJson(const Catalog &catalog, bool legacyAliases = false);
};

// Names every reference that does not resolve (an API offer of an unknown model, a box whose
// host is missing); empty when the catalog holds together.
[[nodiscard]] QStringList danglingReferences(const Catalog &catalog);

} // namespace Headroom
