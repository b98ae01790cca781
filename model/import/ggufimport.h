// A model derived from GGUF headers: exact sizes, the quantization mix, the geometry.
#pragma once

#include "ggufreader.h"
#include "modelspec.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

// A model derived from GGUF headers: exact weight bytes summed per tensor, the quantization mix,
// the geometry the KV cache and the decode speed need, and, for MoE files, the bytes a token reads
// from the expert tensors. The model is sized at its own file, never at a catalog average: its
// bytes are the model's known file under the format the file names.
namespace Headroom::GgufImport {

struct MixEntry
{
    QString type; // ggml type name
    quint64 bytes = 0;
    double share = 0.0; // of all weight bytes
};

struct Imported
{
    ModelSpec model;    // knownFiles[formatName] holds the exact bytes
    QString formatName; // the format the file is filed under (its general.file_type)
    QString architecture;
    QString fileType; // general.file_type as llama.cpp names it, when the file says
    quint64 weightsBytes = 0;
    quint64 expertBytes = 0;               // in the routed-expert tensors
    double activeBytes = 0.0;              // read per token: everything but the experts a token does not route to
    QList<MixEntry> mix;                   // most bytes first
    QStringList files;                     // the shards read, in order
    QStringList warnings;                  // what was assumed
    [[nodiscard]] QString mixText() const; // "Q4_K 62%, Q6_K 21%, F32 1%"
};

struct Result
{
    std::optional<Imported> imported;
    QString error;
};

// Reads `path` and, for a split file (name-00001-of-0000N.gguf), every shard beside it.
[[nodiscard]] Result importFile(const QString &path, const std::atomic_bool *cancel = nullptr);
// The same from headers already read (tests, and the shards of one model in order).
[[nodiscard]] Result fromHeaders(const QList<Gguf::Header> &shards, const QStringList &names);

} // namespace Headroom::GgufImport
