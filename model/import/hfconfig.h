// A model from a Hugging Face config.json: layers, attention kinds and parameters counted.
#pragma once

#include "inputlimits.h"

#include "modelspec.h"

#include <QByteArray>
#include <QList>
#include <QMap>
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
inline constexpr qsizetype kMaxConfigBytes = Limits::kMaxConfigJsonBytes;
[[nodiscard]] Result parse(const QByteArray &json, const QString &nameHint);

// A repository's files (name, bytes) as the sizes of the formats it offers: each .gguf file under the
// llama.cpp preset its name carries (the shards of a split file summed), and all .safetensors files
// together under `nativeFormat`. Files that name no known format are left out.
[[nodiscard]] QMap<QString, double> sizesByFormat(const QList<std::pair<QString, double>> &files,
                                                  const QString &nativeFormat);

// Python's JSON dialect (bare Infinity, -Infinity, NaN outside strings) made standard: each becomes null.
[[nodiscard]] QByteArray standardJson(const QByteArray &text);

} // namespace Headroom::HfConfig
