#pragma once

#include "catalog.h"
#include "engine.h"

#include <QTest>

// Shared by the engine suites: estimates against the embedded catalog by id.
namespace Headroom::Test {

inline const ModelSpec &model(const char *id)
{
    const ModelSpec *m = CatalogLoader::embedded().findModel(QString::fromLatin1(id));
    if (!m)
        qFatal("test catalog has no model %s", id);
    return *m;
}

inline const HardwareSpec &hardware(const char *id)
{
    const HardwareSpec *h = CatalogLoader::embedded().findHardware(QString::fromLatin1(id));
    if (!h)
        qFatal("test catalog has no hardware %s", id);
    return *h;
}

inline Scenario scenario(const char *quant, double context, KvType kv = KvType::F16)
{
    Scenario s;
    s.quant = *Quantization::parse(QString::fromLatin1(quant));
    s.contextTokens = context;
    s.kvType = kv;
    return s;
}

inline Estimate run(const char *modelId, const char *hardwareId, const Scenario &s)
{
    const HardwareSpec &h = hardware(hardwareId);
    const Catalog &c = CatalogLoader::embedded();
    return Engine::estimate(model(modelId), h, s, c.calibrationFor(h), c.findHost(h.hostId));
}

} // namespace Headroom::Test
