// Reads a GGUF file's header, metadata and tensor table within limits, for the import of a model.
#include "ggufreader.h"

#include "ggufparts.h"

#include "inputfile.h"

#include <QFile>
#include <QIODevice>
#include <QSet>

#include <bit>
#include <cstring>

namespace Headroom::Gguf {

namespace {

using namespace Parts;

// ggml's block sizes (ggml-common / GGML_QUANT_SIZES, as in quantization.md). Removed ids
// (4, 5, 31–33, 36–38) and anything unknown have no entry.
struct TypeRow
{
    quint32 id;
    TypeInfo info;
};
constexpr TypeRow kTypes[] = {
    {0, {"F32", 1, 4}},         {1, {"F16", 1, 2}},         {2, {"Q4_0", 32, 18}},      {3, {"Q4_1", 32, 20}},
    {6, {"Q5_0", 32, 22}},      {7, {"Q5_1", 32, 24}},      {8, {"Q8_0", 32, 34}},      {9, {"Q8_1", 32, 36}},
    {10, {"Q2_K", 256, 84}},    {11, {"Q3_K", 256, 110}},   {12, {"Q4_K", 256, 144}},   {13, {"Q5_K", 256, 176}},
    {14, {"Q6_K", 256, 210}},   {15, {"Q8_K", 256, 292}},   {16, {"IQ2_XXS", 256, 66}}, {17, {"IQ2_XS", 256, 74}},
    {18, {"IQ3_XXS", 256, 98}}, {19, {"IQ1_S", 256, 50}},   {20, {"IQ4_NL", 32, 18}},   {21, {"IQ3_S", 256, 110}},
    {22, {"IQ2_S", 256, 82}},   {23, {"IQ4_XS", 256, 136}}, {24, {"I8", 1, 1}},         {25, {"I16", 1, 2}},
    {26, {"I32", 1, 4}},        {27, {"I64", 1, 8}},        {28, {"F64", 1, 8}},        {29, {"IQ1_M", 256, 56}},
    {30, {"BF16", 1, 2}},       {34, {"TQ1_0", 256, 54}},   {35, {"TQ2_0", 256, 66}},   {39, {"MXFP4", 32, 17}},
    {40, {"NVFP4", 64, 36}},    {41, {"Q1_0", 128, 18}},    {42, {"Q2_0", 64, 18}},
};

} // namespace

const TypeInfo *typeInfo(quint32 id) noexcept
{
    for (const TypeRow &row : kTypes) {
        if (row.id == id)
            return &row.info;
    }
    return nullptr;
}

Result read(QIODevice &device, quint64 fileBytes, const std::atomic_bool *cancel, const Limits &limits)
{
    static_assert(std::endian::native == std::endian::little, "GGUF is read as little-endian");
    Cursor c(device, fileBytes, cancel);
    Header h;
    h.fileBytes = fileBytes;
    const auto failed = [&c] { return Result{std::nullopt, c.error()}; };

    char magic[4];
    if (!c.bytes(magic, 4, "the magic number"))
        return failed();
    if (std::memcmp(magic, "GGUF", 4) != 0)
        return {std::nullopt, QStringLiteral("not a GGUF file (it does not start with \"GGUF\")")};
    if (!c.number(&h.version, "the version"))
        return failed();
    if (h.version < 2 || h.version > 3)
        return {std::nullopt, QStringLiteral("GGUF version %1 is not supported (2 and 3 are)").arg(h.version)};
    quint64 tensorCount = 0, keyCount = 0;
    if (!c.number(&tensorCount, "the tensor count") || !c.number(&keyCount, "the key count"))
        return failed();
    // The smallest key/value is 13 bytes (length, type, one byte) and the smallest tensor info 24:
    // a count beyond what the file could hold is refused before any allocation.
    if (keyCount > limits.maxKeys || keyCount > c.left() / 13)
        return {std::nullopt,
                QStringLiteral("the header claims %1 metadata keys, more than the file can hold").arg(keyCount)};
    if (tensorCount > limits.maxTensors || tensorCount > c.left() / 24)
        return {std::nullopt,
                QStringLiteral("the header claims %1 tensors, more than the file can hold").arg(tensorCount)};

    for (quint64 i = 0; i < keyCount; ++i) {
        if (c.cancelled())
            return failed();
        QString key;
        if (!c.string(&key, limits.maxNameBytes, true, "a metadata key"))
            return failed();
        if (h.metadata.contains(key)) {
            c.fail(QStringLiteral("metadata key %1 appears twice").arg(key));
            return failed();
        }
        Value v;
        if (!readValue(c, limits, &v))
            return failed();
        h.metadata.insert(key, v);
    }
    if (const auto it = h.metadata.constFind(QStringLiteral("general.alignment")); it != h.metadata.cend()) {
        const QVariant &a = it->scalar;
        if (it->isArray || a.typeId() != QMetaType::ULongLong)
            return {std::nullopt, QStringLiteral("general.alignment is not an unsigned number")};
        h.alignment = a.toULongLong();
        if (h.alignment == 0 || !std::has_single_bit(h.alignment) || h.alignment > (1u << 30))
            return {std::nullopt, QStringLiteral("general.alignment is %1, not a power of two").arg(h.alignment)};
    }

    h.tensors.reserve(qsizetype(tensorCount));
    QSet<QString> names;
    for (quint64 i = 0; i < tensorCount; ++i) {
        if ((i & 0xff) == 0 && c.cancelled())
            return failed();
        Tensor t;
        if (!readTensorInfo(c, limits, &t))
            return failed();
        if (names.contains(t.name)) {
            c.fail(QStringLiteral("tensor %1 appears twice").arg(t.name));
            return failed();
        }
        if (t.offset % h.alignment != 0) {
            c.fail(QStringLiteral("tensor %1's offset %2 is not a multiple of the alignment %3")
                       .arg(t.name)
                       .arg(t.offset)
                       .arg(h.alignment));
            return failed();
        }
        names.insert(t.name);
        h.tensors.append(t);
    }
    // Tensor data starts at the next multiple of the alignment; every tensor must lie inside the file.
    const quint64 end = c.pos();
    h.dataOffset = end + (h.alignment - end % h.alignment) % h.alignment;
    const quint64 dataBytes = h.dataOffset <= fileBytes ? fileBytes - h.dataOffset : 0;
    for (const Tensor &t : std::as_const(h.tensors)) {
        quint64 last = 0;
        if (__builtin_add_overflow(t.offset, t.bytes, &last) || last > dataBytes)
            return {std::nullopt, QStringLiteral("tensor %1 (%2 bytes at offset %3) runs past the end of the file: "
                                                 "truncated, or not a whole download")
                                      .arg(t.name)
                                      .arg(t.bytes)
                                      .arg(t.offset)};
    }
    return {h, {}};
}

Result readFile(const QString &path, const std::atomic_bool *cancel)
{
    // Opened without blocking and checked for what it is: a FIFO or a device is refused at once.
    // The header is read in place, with seeks, against the file's real size: a pipe has neither.
    QFile file;
    if (const QString problem = InputFile::openRegular(path, &file); !problem.isEmpty())
        return {std::nullopt, problem};
    return read(file, quint64(file.size()), cancel);
}

} // namespace Headroom::Gguf
