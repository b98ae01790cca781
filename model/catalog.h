#pragma once

#include "calibration.h"
#include "hardwarespec.h"
#include "modelspec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Headroom {

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
    QList<DecodeCalibration> calibrations;
    Provenance calibrationSource;

    [[nodiscard]] const ModelSpec *findModel(const QString &id) const noexcept;
    [[nodiscard]] const HardwareSpec *findHardware(const QString &id) const noexcept;
    [[nodiscard]] int modelRow(const QString &id) const noexcept;
    [[nodiscard]] int hardwareRow(const QString &id) const noexcept;
    // The first API offer that serves `modelId`, or nullptr.
    [[nodiscard]] const ApiOffer *apiOfferFor(const QString &modelId) const noexcept;
    [[nodiscard]] const HostSpec *findHost(const QString &id) const noexcept;
    // The fitted calibration for `backend`, or the seed article's 70 % when none was fitted.
    [[nodiscard]] DecodeCalibration calibrationFor(const QString &backend) const;
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
    // calibrationCsv may be empty (no fitted calibration).
    [[nodiscard]] static CatalogLoadResult fromJson(const QByteArray &json, const QByteArray &calibrationCsv);
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
