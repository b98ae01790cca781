// What llama.cpp allocates on a device beside the weights and the KV cache: the runtime's own
// context and the compute buffer of one micro-batch, from measured parts (README "Memory at the
// edge"; tests/data/measurements/buffer-sizes.csv and runtime-overhead.csv hold the logs).
#pragma once

#include "modelspec.h"
#include "quantization.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Headroom::Engine::Buffers {

// llama.cpp's default micro-batch: the rows one graph evaluation carries.
inline constexpr int kMicroBatch = 512;
// The compute buffer when the model's vocabulary is not in the catalog: the largest that a
// 150K-token vocabulary needs, rounded up.
inline constexpr double kFallbackComputeBytes = 512.0 * 1024 * 1024;
// Rows of hidden-state activations alive beside the logits (fitted on the logs: 1–2) and beside
// the attention scores without flash attention (6).
inline constexpr double kHiddenRowsBesideLogits = 2.0;
inline constexpr double kHiddenRowsBesideScores = 6.0;
inline constexpr double kActivationBytes = 4.0; // f32 logits, scores and activations
// The attention mask: built in f32, and copied to f16 for flash attention.
inline constexpr double kMaskBytes = 4.0 + 2.0;

// The compute buffer of one device for a model of `vocabulary` with `cells` KV cells (context ×
// sequences). With flash attention (llama.cpp's default where the backend has it) the logits of
// the micro-batch plus the mask; without, the larger of the logits and the attention scores
// (micro-batch × cells × heads).
[[nodiscard]] double computeBytes(const Vocabulary &vocabulary, double cells, bool flashAttention = true,
                                  int microBatch = kMicroBatch) noexcept;
// The flash-attention compute buffer as the engine sums it: a fixed part and a part per KV cell.
[[nodiscard]] double computeFixedBytes(const std::optional<Vocabulary> &vocabulary) noexcept;
[[nodiscard]] constexpr double maskBytesPerCell() noexcept
{
    return kMicroBatch * kMaskBytes;
}

// One published measurement of the runtime's own memory on a device (CUDA/HIP context, cuBLAS
// workspace): the device's use less llama.cpp's buffers (runtime-overhead.csv).
struct RuntimeMeasurement
{
    QString source;
    QString device;
    QString backend;
    QString excluded; // why the row does not count; empty: it does
    double overheadBytes = 0.0;
};
[[nodiscard]] QList<RuntimeMeasurement> parseRuntimeMeasurements(const QByteArray &csv, QStringList *errors = nullptr);
[[nodiscard]] const QList<RuntimeMeasurement> &embeddedRuntimeMeasurements();
// The runtime's memory per device for `backend`: the median over publications of each one's
// median, so a publication with many devices counts once. A backend none measured takes the
// largest any measured.
[[nodiscard]] double runtimeBytesFor(const QList<RuntimeMeasurement> &rows, const QString &backend);

// The input token table llama.cpp keeps in the host's RAM: the whole table, unless the output
// head is tied to it (then the device holds it as the head). Unknown tying counts it on the
// device, the side that can run out.
[[nodiscard]] double hostEmbeddingBytes(const std::optional<Vocabulary> &vocabulary,
                                        const QuantFormat &format) noexcept;

} // namespace Headroom::Engine::Buffers
