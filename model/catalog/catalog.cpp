// The catalog: models, boxes, hosts, API and rental offers, and the loader of catalog format 2.
#include "catalog.h"

#include "batchedfit.h"
#include "buffers.h"
#include "offloadfit.h"
#include "prefillfit.h"

#include "speedfit.h"

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

QString speedClassOf(const HardwareSpec &hardware)
{
    const QString backend = hardware.backend.toLower();
    const bool unified = hardware.isUnified();
    if (backend == QLatin1String("metal"))
        return QStringLiteral("metal");
    if (backend == QLatin1String("cuda"))
        return unified ? QStringLiteral("cuda-unified") : QStringLiteral("cuda");
    if (backend == QLatin1String("rocm") || backend == QLatin1String("hip"))
        return unified ? QStringLiteral("rocm-unified") : QStringLiteral("rocm");
    if (hardware.vendor == Vendor::Intel)
        return QStringLiteral("vulkan-intel");
    return unified ? QStringLiteral("vulkan-unified") : QStringLiteral("vulkan");
}

const Prefill::Fit &embeddedPrefillFit()
{
    // Rows name the catalog model of their architecture; the embedded catalog answers for it.
    static const Prefill::Fit f = Prefill::fit(Prefill::worksOf(
        Prefill::embeddedMeasurements(), Prefill::embeddedDevices(),
        [](const QString &key) -> const ModelSpec * { return CatalogLoader::embedded().findModel(key); }));
    return f;
}

namespace {

// One sequence's decode and the prompt's constants for a box: what the batched rows run on.
DecodeCalibration singleSequenceCalibration(const HardwareSpec &hardware)
{
    DecodeCalibration c = SpeedFit::classOf(SpeedFit::embeddedFit(), speedClassOf(hardware));
    c.prefillFloat = Prefill::classOf(embeddedPrefillFit(),
                                      Prefill::classOf(hardware.backend, Prefill::Path::Float, hardware.isUnified()));
    c.prefillQuantized = Prefill::classOf(
        embeddedPrefillFit(), Prefill::classOf(hardware.backend, Prefill::Path::Quantized, hardware.isUnified()));
    return c;
}

} // namespace

QList<Batched::Row> embeddedBatchedRows(QStringList *skipped)
{
    return Batched::rowsOf(
        Batched::embeddedMeasurements(), Prefill::embeddedDevices(),
        [](const QString &key) -> const ModelSpec * { return CatalogLoader::embedded().findModel(key); },
        singleSequenceCalibration, skipped);
}

const BatchedCalibration &embeddedBatchedFit()
{
    static const BatchedCalibration b = Batched::fitWithRange(embeddedBatchedRows());
    return b;
}

QList<Offload::Row> embeddedOffloadRows(QStringList *skipped)
{
    return Offload::rowsOf(
        Offload::embeddedMeasurements(), Prefill::embeddedDevices(),
        [](const QString &key) -> const ModelSpec * { return CatalogLoader::embedded().findModel(key); },
        singleSequenceCalibration, skipped);
}

const OffloadCalibration &embeddedOffloadFit()
{
    static const OffloadCalibration o = Offload::fitWithRange(embeddedOffloadRows());
    return o;
}

DecodeCalibration Catalog::publishedCalibrationFor(const HardwareSpec &hardware) const
{
    DecodeCalibration c = singleSequenceCalibration(hardware);
    c.batched = embeddedBatchedFit();
    c.offload = embeddedOffloadFit();
    c.runtimeBytesPerDevice =
        Engine::Buffers::runtimeBytesFor(Engine::Buffers::embeddedRuntimeMeasurements(), hardware.backend);
    c.provenance = calibrationSource;
    return c;
}

DecodeCalibration Catalog::calibrationFor(const HardwareSpec &hardware) const
{
    DecodeCalibration c = publishedCalibrationFor(hardware);
    if (const auto it = measured.constFind(hardware.id); it != measured.cend()) {
        c.userScale = it->scale;
        c.userPromptScale = it->promptScale.value_or(1.0);
        c.measured = true;
        c.measuredRuns = int(it->runs.size());
        c.provenance = it->provenance;
    }
    return c;
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
