// The GGUF reader's parts: a bounded cursor over the file and the decoders of one metadata value and one
// tensor entry. Internal to headroom_import.
#pragma once

#include "ggufreader.h"

#include <QIODevice>
#include <QString>

#include <atomic>
#include <cstring>

namespace Headroom::Gguf::Parts {

inline bool mulOverflows(quint64 a, quint64 b, quint64 *out)
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

// One metadata value (a scalar, a string or an array) at the cursor; strings and arrays past the limits are
// skipped and counted, never kept.
bool readValue(Cursor &c, const Limits &limits, Value *out);
// One tensor entry: name, dimensions, ggml type and offset; its byte size, refusing overflow and partial blocks.
bool readTensorInfo(Cursor &c, const Limits &limits, Tensor *t);

} // namespace Headroom::Gguf::Parts
