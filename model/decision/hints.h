// "Runs on" and "single box" for a model, computed by the engine over the catalog's boxes.
#pragma once

#include "catalog.h"
#include "verdict.h"

#include <QString>

#include <optional>

namespace Headroom::Hints {

// The context a hint is computed at: the contract's default working context.
inline constexpr double kHintContextTokens = 32768;

// The smallest box that holds a model in one format: tight or comfortable (no offload) at 32K,
// each box as sold.
struct Placement
{
    qsizetype hardwareIndex = -1;
    QString format; // the weights format it was sized at
    Verdict verdict = Verdict::NoFit;
    double usableBytes = 0; // the box's usable memory, all devices
    std::optional<double> priceLowUsd;
};

struct SelfHost
{
    QString nativeFormat;            // the model as released
    std::optional<Placement> native; // the smallest box at the native format
    std::optional<Placement> q4;     // the smallest box at Q4_K_M (unset when native is Q4_K_M)
    bool singleBox = false;          // one box (not a node or a cluster of boxes) holds it in either format
    QString text;                    // what the model list shows
};

// A single box: one computer (its devices inside it), not a multi-GPU node or boxes on a network.
[[nodiscard]] bool isSingleBox(const HardwareSpec &hardware) noexcept;

// Among the boxes where `model` is tight or comfortable at 32K: the one with the least usable
// memory, then the lowest purchase price (boxes without a price after those with one), at the
// model's native format and at Q4_K_M.
[[nodiscard]] SelfHost selfHost(const Catalog &catalog, const ModelSpec &model);

} // namespace Headroom::Hints
