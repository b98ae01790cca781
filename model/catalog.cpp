#include "catalog.h"

namespace Headroom {

const ModelSpec *Catalog::findModel(const QString &id) const noexcept
{
    for (const auto &m : models) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const HardwareSpec *Catalog::findHardware(const QString &id) const noexcept
{
    for (const auto &h : hardware) {
        if (h.id == id)
            return &h;
    }
    return nullptr;
}

int Catalog::modelRow(const QString &id) const noexcept
{
    for (qsizetype i = 0; i < models.size(); ++i) {
        if (models.at(i).id == id)
            return int(i);
    }
    return -1;
}

int Catalog::hardwareRow(const QString &id) const noexcept
{
    for (qsizetype i = 0; i < hardware.size(); ++i) {
        if (hardware.at(i).id == id)
            return int(i);
    }
    return -1;
}

const ApiOffer *Catalog::apiOfferFor(const QString &modelId) const noexcept
{
    for (const auto &offer : apiOffers) {
        if (offer.modelId == modelId)
            return &offer;
    }
    return nullptr;
}

DecodeCalibration Catalog::calibrationFor(const QString &backend) const
{
    for (const auto &c : calibrations) {
        if (c.backend.compare(backend, Qt::CaseInsensitive) == 0)
            return c;
    }
    DecodeCalibration fallback;
    fallback.backend = backend;
    fallback.provenance = {QStringLiteral("seed article: realistic decode ≈ 70% of the bandwidth ceiling"),
                           QStringLiteral("2026-06"),
                           {},
                           Grade::Secondary};
    return fallback;
}

const HostSpec *Catalog::findHost(const QString &id) const noexcept
{
    for (const auto &h : hosts) {
        if (h.id == id)
            return &h;
    }
    return nullptr;
}

} // namespace Headroom
