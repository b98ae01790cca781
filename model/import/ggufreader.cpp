#include "ggufreader.h"

#include "inputfile.h"

#include <QFile>
#include <QIODevice>
#include <QSet>

#include <bit>
#include <cstring>

namespace Headroom::Gguf {

namespace {

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

enum ValueType : quint32 { U8 = 0, I8, U16, I16, U32, I32, F32, Bool, String, Array, U64, I64, F64, TypeCount };
constexpr int kScalarBytes[TypeCount] = {1, 1, 2, 2, 4, 4, 4, 1, 0, 0, 8, 8, 8};

bool mulOverflows(quint64 a, quint64 b, quint64 *out)
{
    return __builtin_mul_overflow(a, b, out);
}

// A cursor that knows how many bytes are left and refuses to read or skip past them.
class Cursor
{
public:
    Cursor(QIODevice &device, quint64 size, const std::atomic_bool *cancel)
        : m_device(device)
        , m_size(size)
        , m_cancel(cancel)
    {}

    [[nodiscard]] quint64 pos() const { return m_pos; }
    [[nodiscard]] quint64 left() const { return m_size - m_pos; }
    [[nodiscard]] const QString &error() const { return m_error; }
    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 (at byte %2)").arg(why).arg(m_pos);
        return false;
    }
    bool cancelled()
    {
        if (m_cancel && m_cancel->load())
            return fail(QStringLiteral("cancelled"));
        return false;
    }

    bool bytes(void *out, quint64 n, const char *what)
    {
        if (n > left())
            return fail(QStringLiteral("the file ends inside %1").arg(QLatin1String(what)));
        if (m_device.read(static_cast<char *>(out), qint64(n)) != qint64(n))
            return fail(QStringLiteral("cannot read %1: %2").arg(QLatin1String(what), m_device.errorString()));
        m_pos += n;
        return true;
    }
    bool skip(quint64 n, const char *what)
    {
        if (n > left())
            return fail(QStringLiteral("the file ends inside %1").arg(QLatin1String(what)));
        if (!m_device.seek(qint64(m_pos + n)))
            return fail(QStringLiteral("cannot skip %1").arg(QLatin1String(what)));
        m_pos += n;
        return true;
    }
    template<typename T>
    bool number(T *out, const char *what)
    {
        unsigned char raw[sizeof(T)];
        if (!bytes(raw, sizeof(T), what))
            return false;
        // GGUF is little-endian; so is every machine Headroom is built for (checked below).
        std::memcpy(out, raw, sizeof(T));
        return true;
    }
    // A string of at most `keep` bytes is returned; a longer one is skipped (`*kept` false) unless
    // `mustKeep`, which makes it an error.
    bool string(QString *out, quint64 keep, bool mustKeep, const char *what, bool *kept = nullptr)
    {
        quint64 length = 0;
        if (!number(&length, what))
            return false;
        if (length > left())
            return fail(
                QStringLiteral("%1 claims %2 bytes, more than the file has left").arg(QLatin1String(what)).arg(length));
        if (length > keep) {
            if (mustKeep)
                return fail(
                    QStringLiteral("%1 is %2 bytes long (at most %3)").arg(QLatin1String(what)).arg(length).arg(keep));
            if (kept)
                *kept = false;
            return skip(length, what);
        }
        QByteArray text(qsizetype(length), Qt::Uninitialized);
        if (!bytes(text.data(), length, what))
            return false;
        *out = QString::fromUtf8(text);
        if (kept)
            *kept = true;
        return true;
    }

private:
    QIODevice &m_device;
    quint64 m_size;
    quint64 m_pos = 0;
    const std::atomic_bool *m_cancel;
    QString m_error;
};

bool scalar(Cursor &c, quint32 type, QVariant *out)
{
    switch (type) {
    case U8: {
        quint8 v;
        if (!c.number(&v, "a u8 value"))
            return false;
        *out = quint64(v);
        return true;
    }
    case I8: {
        qint8 v;
        if (!c.number(&v, "an i8 value"))
            return false;
        *out = qint64(v);
        return true;
    }
    case U16: {
        quint16 v;
        if (!c.number(&v, "a u16 value"))
            return false;
        *out = quint64(v);
        return true;
    }
    case I16: {
        qint16 v;
        if (!c.number(&v, "an i16 value"))
            return false;
        *out = qint64(v);
        return true;
    }
    case U32: {
        quint32 v;
        if (!c.number(&v, "a u32 value"))
            return false;
        *out = quint64(v);
        return true;
    }
    case I32: {
        qint32 v;
        if (!c.number(&v, "an i32 value"))
            return false;
        *out = qint64(v);
        return true;
    }
    case U64: {
        quint64 v;
        if (!c.number(&v, "a u64 value"))
            return false;
        *out = v;
        return true;
    }
    case I64: {
        qint64 v;
        if (!c.number(&v, "an i64 value"))
            return false;
        *out = v;
        return true;
    }
    case F32: {
        float v;
        if (!c.number(&v, "an f32 value"))
            return false;
        *out = double(v);
        return true;
    }
    case F64: {
        double v;
        if (!c.number(&v, "an f64 value"))
            return false;
        *out = v;
        return true;
    }
    case Bool: {
        quint8 v;
        if (!c.number(&v, "a bool value"))
            return false;
        if (v > 1)
            return c.fail(QStringLiteral("a bool value is %1, not 0 or 1").arg(v));
        *out = v == 1;
        return true;
    }
    default: return c.fail(QStringLiteral("unknown value type %1").arg(type));
    }
}

bool value(Cursor &c, const Limits &limits, Value *out)
{
    quint32 type = 0;
    if (!c.number(&type, "a value type"))
        return false;
    if (type >= TypeCount)
        return c.fail(QStringLiteral("unknown value type %1").arg(type));
    if (type == String) {
        QString text;
        bool kept = true;
        if (!c.string(&text, limits.maxKeptString, false, "a string value", &kept))
            return false;
        out->scalar = kept ? QVariant(text) : QVariant();
        return true;
    }
    if (type != Array)
        return scalar(c, type, &out->scalar);
    quint32 element = 0;
    quint64 count = 0;
    if (!c.number(&element, "an array's element type") || !c.number(&count, "an array's length"))
        return false;
    if (element == Array)
        return c.fail(QStringLiteral("an array of arrays"));
    if (element >= TypeCount)
        return c.fail(QStringLiteral("an array of unknown value type %1").arg(element));
    out->isArray = true;
    if (element == String) {
        // Every string costs at least its 8-byte length: a count the file cannot hold is refused
        // before the loop, and the strings are skipped, never kept.
        quint64 least = 0;
        if (mulOverflows(count, 8, &least) || least > c.left())
            return c.fail(QStringLiteral("an array claims %1 strings, more than the file can hold").arg(count));
        for (quint64 i = 0; i < count; ++i) {
            if ((i & 0xffff) == 0 && c.cancelled())
                return false;
            quint64 length = 0;
            if (!c.number(&length, "a string in an array") || !c.skip(length, "a string in an array"))
                return false;
        }
        out->skippedCount = count;
        return true;
    }
    const quint64 size = quint64(kScalarBytes[element]);
    quint64 total = 0;
    if (mulOverflows(count, size, &total) || total > c.left())
        return c.fail(QStringLiteral("an array claims %1 elements, more than the file can hold").arg(count));
    if (count > limits.maxKeptArray) {
        out->skippedCount = count;
        return c.skip(total, "an array");
    }
    out->array.reserve(qsizetype(count));
    for (quint64 i = 0; i < count; ++i) {
        QVariant v;
        if (!scalar(c, element, &v))
            return false;
        out->array.append(v);
    }
    return true;
}

bool tensorInfo(Cursor &c, const Limits &limits, Tensor *t)
{
    if (!c.string(&t->name, limits.maxNameBytes, true, "a tensor name"))
        return false;
    quint32 dimensions = 0;
    if (!c.number(&dimensions, "a tensor's dimension count"))
        return false;
    if (dimensions == 0 || dimensions > 4)
        return c.fail(QStringLiteral("tensor %1 has %2 dimensions (1 to 4 allowed)").arg(t->name).arg(dimensions));
    t->dimensions = int(dimensions);
    quint64 elements = 1;
    for (quint32 d = 0; d < dimensions; ++d) {
        quint64 n = 0;
        if (!c.number(&n, "a tensor dimension"))
            return false;
        if (n == 0 || n > quint64(std::numeric_limits<qint64>::max()))
            return c.fail(QStringLiteral("tensor %1 has a dimension of %2").arg(t->name).arg(qint64(n)));
        t->dims[d] = n;
        if (mulOverflows(elements, n, &elements))
            return c.fail(QStringLiteral("tensor %1's element count overflows 64 bits").arg(t->name));
    }
    t->elements = elements;
    if (!c.number(&t->type, "a tensor type") || !c.number(&t->offset, "a tensor offset"))
        return false;
    const TypeInfo *info = typeInfo(t->type);
    if (!info)
        return c.fail(QStringLiteral("tensor %1 has unknown or removed ggml type %2").arg(t->name).arg(t->type));
    if (t->dims[0] % quint64(info->blockWeights) != 0)
        return c.fail(QStringLiteral("tensor %1: a row of %2 weights is not a whole number of %3 blocks of %4")
                          .arg(t->name)
                          .arg(t->dims[0])
                          .arg(QLatin1String(info->name))
                          .arg(info->blockWeights));
    quint64 bytes = t->dims[0] / quint64(info->blockWeights);
    if (mulOverflows(bytes, quint64(info->blockBytes), &bytes))
        return c.fail(QStringLiteral("tensor %1's size overflows 64 bits").arg(t->name));
    for (int d = 1; d < 4; ++d) {
        if (mulOverflows(bytes, t->dims[d], &bytes))
            return c.fail(QStringLiteral("tensor %1's size overflows 64 bits").arg(t->name));
    }
    t->bytes = bytes;
    return true;
}

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
        if (!value(c, limits, &v))
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
        if (!tensorInfo(c, limits, &t))
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
