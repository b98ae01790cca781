#pragma once

#include "calibration.h"
#include "hardwarespec.h"
#include "modelspec.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Headroom {

// The models and boxes Headroom knows, plus the decode calibration per backend.
struct Catalog
{
    QString asOf;
    QList<ModelSpec> models;
    QList<HardwareSpec> hardware;
    QList<DecodeCalibration> calibrations;
    Provenance calibrationSource;

    [[nodiscard]] const ModelSpec *findModel(const QString &id) const noexcept;
    [[nodiscard]] const HardwareSpec *findHardware(const QString &id) const noexcept;
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
