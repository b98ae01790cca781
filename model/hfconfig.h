#pragma once

#include "modelspec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// A model from a Hugging Face config.json (a file's text or pasted text): the layers, which of
// them keep a KV cache and of what kind (GQA with an explicit head_dim, sliding windows, MLA,
// linear attention and Mamba layers), the MoE routing, and the parameters counted from the
// geometry, since configs rarely state them. Facts: ../shared/reference/hf-config.md.
namespace Headroom::HfConfig {

struct Imported
{
    ModelSpec model;
    QString architecture;    // model_type
    QStringList assumptions; // what was inferred rather than read
};

struct Result
{
    std::optional<Imported> imported;
    QString error;
};

// `nameHint` names the model when the config does not (a repo id or a file name). Configs larger
// than this are refused: real ones are a few kilobytes.
inline constexpr qsizetype kMaxConfigBytes = 4 * 1024 * 1024;
[[nodiscard]] Result parse(const QByteArray &json, const QString &nameHint);

// Python's JSON dialect (bare Infinity, -Infinity, NaN outside strings) made standard: each becomes null.
[[nodiscard]] QByteArray standardJson(const QByteArray &text);

} // namespace Headroom::HfConfig
