// The model list's "runs on" text, read from the engine's verdicts so text and arithmetic agree.
#include "hints.h"

#include "engine.h"
#include "format.h"

#include <QCoreApplication>

namespace Headroom::Hints {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Headroom::Hints)
};

// Less usable memory first, then a known lower price, then the catalog's order.
bool before(const Placement &a, const Placement &b)
{
    if (a.usableBytes != b.usableBytes)
        return a.usableBytes < b.usableBytes;
    if (a.priceLowUsd.has_value() != b.priceLowUsd.has_value())
        return a.priceLowUsd.has_value();
    return a.priceLowUsd && *a.priceLowUsd < *b.priceLowUsd;
}

struct Found
{
    std::optional<Placement> smallest;
    bool singleBox = false;
};

Found smallestBox(const Catalog &catalog, const ModelSpec &model, const QuantFormat &format)
{
    Found found;
    Scenario s;
    s.quant = format;
    s.contextTokens = kHintContextTokens;
    s.gpus = 0; // each box as sold
    for (qsizetype i = 0; i < catalog.hardware.size(); ++i) {
        const HardwareSpec &box = catalog.hardware.at(i);
        const Estimate e = Engine::estimate(model, box, s, catalog.calibrationFor(box));
        if (!e.ok() || (e.verdict != Verdict::Tight && e.verdict != Verdict::Comfortable))
            continue;
        found.singleBox = found.singleBox || isSingleBox(box);
        const auto price = box.purchasePrice();
        const Placement p{i, format.name, e.verdict, box.usableBytesPerGpu * box.devices(),
                          price ? std::optional<double>(price->lowUsd) : std::nullopt};
        if (!found.smallest || before(p, *found.smallest))
            found.smallest = p;
    }
    return found;
}

QString placementText(const Catalog &catalog, const Placement &p)
{
    return Text::tr("%1 at %2 (%3)")
        .arg(catalog.hardware.at(p.hardwareIndex).name, p.format, verdictText(p.verdict).toLower());
}

} // namespace

bool isSingleBox(const HardwareSpec &hardware) noexcept
{
    if (hardware.kind == HardwareKind::MultiGpuNode)
        return false;
    return !(hardware.devices() > 1 && hardware.interconnect == Interconnect::Network);
}

SelfHost selfHost(const Catalog &catalog, const ModelSpec &model)
{
    SelfHost hint;
    const QuantFormat native =
        Quantization::parse(model.nativeFormat).value_or(*Quantization::parse(QStringLiteral("Q4_K_M")));
    const QuantFormat q4 = *Quantization::parse(QStringLiteral("Q4_K_M"));
    hint.nativeFormat = native.name;
    const Found atNative = smallestBox(catalog, model, native);
    hint.native = atNative.smallest;
    hint.singleBox = atNative.singleBox;
    QStringList parts;
    parts << (hint.native ? placementText(catalog, *hint.native) : Text::tr("no catalog box at %1").arg(native.name));
    if (native.name != q4.name) {
        const Found atQ4 = smallestBox(catalog, model, q4);
        hint.q4 = atQ4.smallest;
        hint.singleBox = hint.singleBox || atQ4.singleBox;
        parts << (hint.q4 ? placementText(catalog, *hint.q4) : Text::tr("none at %1").arg(q4.name));
    }
    hint.text =
        Text::tr("Smallest box at %1: %2").arg(Format::tokens(kHintContextTokens), parts.join(QStringLiteral("; ")));
    return hint;
}

} // namespace Headroom::Hints
