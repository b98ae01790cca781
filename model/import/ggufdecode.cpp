// Decodes one GGUF metadata value or tensor entry at a bounded cursor.
#include "ggufparts.h"

#include <limits>

namespace Headroom::Gguf::Parts {

namespace {

enum ValueType : quint32 { U8 = 0, I8, U16, I16, U32, I32, F32, Bool, String, Array, U64, I64, F64, TypeCount };
constexpr int kScalarBytes[TypeCount] = {1, 1, 2, 2, 4, 4, 4, 1, 0, 0, 8, 8, 8};

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

} // namespace

bool readValue(Cursor &c, const Limits &limits, Value *out)
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

bool readTensorInfo(Cursor &c, const Limits &limits, Tensor *t)
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

} // namespace Headroom::Gguf::Parts
