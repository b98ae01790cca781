#pragma once

#include "calibration.h"
#include "hardwarespec.h"
#include "modelspec.h"

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
    QList<DecodeCalibration> calibrations;
    Provenance calibrationSource;

    [[nodiscard]] const ModelSpec *findModel(const QString &id) const noexcept;
    [[nodiscard]] const HardwareSpec *findHardware(const QString &id) const noexcept;
    [[nodiscard]] int modelRow(const QString &id) const noexcept;
    [[nodiscard]] int hardwareRow(const QString &id) const noexcept;
    // The first API offer that serves `modelId`, or nullptr.
    [[nodiscard]] const ApiOffer *apiOfferFor(const QString &modelId) const noexcept;
    // The fitted calibration for `backend`, or the seed article's 70 % when none was fitted.
    [[nodiscard]] DecodeCalibration calibrationFor(const QString &backend) const;
};

struct CatalogLoadResult
{
    std::optional<Catalog> catalog;
    QStringList errors; // each names the JSON path at fault, e.g. "models[2].layers: …"
};

class CatalogLoader final
{
public:
    // Parses a catalog document; calibrationCsv may be empty (no fitted calibration).
    [[nodiscard]] static CatalogLoadResult fromJson(const QByteArray &json, const QByteArray &calibrationCsv);
    // The catalog embedded in the binary (resources/catalog/).
    [[nodiscard]] static const Catalog &embedded();
};

} // namespace Headroom
