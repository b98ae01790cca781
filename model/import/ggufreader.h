// Reads a GGUF header (metadata and tensor table) as hostile input, never the tensor data.
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

#include <atomic>
#include <optional>

class QIODevice;

// The header of a GGUF file (format version 2 or 3): its metadata and its tensor table, read
// without touching tensor data. Every count, length and size a file claims is checked against the
// bytes the file really has before anything is allocated or skipped, and every product is checked
// for overflow (the shapes of the published GGUF parser advisories, ../shared/reference/gguf.md).
// Large arrays (a tokenizer's vocabulary) are skipped, not kept: only their count is remembered.
namespace Headroom::Gguf {

struct TypeInfo
{
    const char *name;
    int blockWeights; // weights per block
    int blockBytes;   // bytes per block
};

// The ggml tensor type of `id`; nullptr for an unknown id or one ggml removed.
[[nodiscard]] const TypeInfo *typeInfo(quint32 id) noexcept;

struct Tensor
{
    QString name;
    int dimensions = 0;
    quint64 dims[4] = {1, 1, 1, 1};
    quint32 type = 0;
    quint64 offset = 0; // from the start of the data section
    quint64 elements = 0;
    quint64 bytes = 0;
};

// A metadata value. Numbers, bools and strings as QVariant; an array as a QVariantList when it is
// short and numeric or boolean, else only its element count (`skippedCount`).
struct Value
{
    QVariant scalar;
    QVariantList array;
    bool isArray = false;
    quint64 skippedCount = 0; // elements of an array that was skipped (strings, or too long to keep)
};

struct Header
{
    quint32 version = 0;
    quint64 alignment = 32;
    quint64 dataOffset = 0; // where tensor data begins
    quint64 fileBytes = 0;
    QMap<QString, Value> metadata;
    QList<Tensor> tensors;
};

struct Limits
{
    quint64 maxTensors = 1'000'000;
    quint64 maxKeys = 1'000'000;
    quint64 maxKeptArray = 65'536;   // per-layer arrays are far shorter; vocabularies are skipped
    quint64 maxKeptString = 1 << 20; // a chat template fits; longer strings are skipped
    quint64 maxNameBytes = 65'536;   // keys and tensor names
};

struct Result
{
    std::optional<Header> header;
    QString error; // one sentence: what is wrong and where (byte offset)
};

// Reads `device` (open, positioned at 0) of `fileBytes` bytes. `cancel`, when given and set,
// stops the read with the error "cancelled".
[[nodiscard]] Result read(QIODevice &device, quint64 fileBytes, const std::atomic_bool *cancel = nullptr,
                          const Limits &limits = {});
// Opens and reads the file at `path`.
[[nodiscard]] Result readFile(const QString &path, const std::atomic_bool *cancel = nullptr);

} // namespace Headroom::Gguf
