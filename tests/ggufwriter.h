#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QtEndian>

#include <cstring>
#include <optional>

// Writes GGUF files for the tests: valid ones with sizes known by hand, and, through the raw
// hooks, every hostile shape in ../shared/reference/gguf.md. Tensor data is never written: the
// file is extended to its full length (sparse), as a real file's data would sit there.
class GgufWriter
{
public:
    enum Type : quint32 { U8 = 0, I8, U16, I16, U32, I32, F32, Bool, String, Array, U64, I64, F64 };

    quint32 version = 3;
    quint64 alignment = 32;
    // Counts the header claims; by default the real ones.
    std::optional<quint64> claimedTensors;
    std::optional<quint64> claimedKeys;

    void u32(const QString &key, quint32 v) { addKey(key, U32, le(v)); }
    void i32(const QString &key, qint32 v) { addKey(key, I32, le(v)); }
    void u64(const QString &key, quint64 v) { addKey(key, U64, le(v)); }
    void u16(const QString &key, quint16 v) { addKey(key, U16, le(v)); }
    void f32(const QString &key, float v)
    {
        quint32 bits;
        std::memcpy(&bits, &v, 4);
        addKey(key, F32, le(bits));
    }
    void boolean(const QString &key, quint8 v) { addKey(key, Bool, QByteArray(1, char(v))); }
    void string(const QString &key, const QString &v) { addKey(key, String, str(v.toUtf8())); }
    void u32Array(const QString &key, const QList<quint32> &values)
    {
        QByteArray body = le(quint32(U32)) + le(quint64(values.size()));
        for (quint32 v : values)
            body += le(v);
        addKey(key, Array, body);
    }
    void boolArray(const QString &key, const QList<bool> &values)
    {
        QByteArray body = le(quint32(Bool)) + le(quint64(values.size()));
        for (bool v : values)
            body += char(v ? 1 : 0);
        addKey(key, Array, body);
    }
    void stringArray(const QString &key, int count)
    {
        QByteArray body = le(quint32(String)) + le(quint64(count));
        for (int i = 0; i < count; ++i)
            body += str(QByteArray::number(i));
        addKey(key, Array, body);
    }
    // A key whose value bytes are given as they are (type included): for hostile shapes.
    void rawKey(const QString &key, quint32 type, const QByteArray &body) { addKey(key, type, body); }

    // A tensor of ggml `type` with dims ne0, ne1, …; `bytes` is what it takes on disk.
    void tensor(const QString &name, QList<quint64> dims, quint32 type, quint64 bytes)
    {
        m_tensors.append({name, dims, type, m_dataBytes, bytes});
        m_dataBytes += (bytes + alignment - 1) / alignment * alignment;
    }
    // A tensor info given byte for byte after its name: for hostile shapes.
    void rawTensor(const QString &name, const QByteArray &afterName) { m_raw.append({name, afterName}); }

    [[nodiscard]] QByteArray header() const
    {
        QByteArray out = "GGUF";
        out += le(version);
        out += le(claimedTensors.value_or(quint64(m_tensors.size() + m_raw.size())));
        out += le(claimedKeys.value_or(quint64(m_keys.size())));
        for (const QByteArray &kv : m_keys)
            out += kv;
        for (const Info &t : m_tensors) {
            out += str(t.name.toUtf8()) + le(quint32(t.dims.size()));
            for (quint64 d : t.dims)
                out += le(d);
            out += le(t.type) + le(t.offset);
        }
        for (const auto &[name, rest] : m_raw)
            out += str(name.toUtf8()) + rest;
        return out;
    }
    // Header, padding, and room for the data (zeros, sparse on disk).
    bool write(const QString &path) const
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        const QByteArray h = header();
        const quint64 data = (quint64(h.size()) + alignment - 1) / alignment * alignment;
        return file.write(h) == h.size() && file.resize(qint64(data + m_dataBytes));
    }
    [[nodiscard]] QByteArray bytes() const
    {
        QByteArray out = header();
        const qsizetype data = qsizetype((quint64(out.size()) + alignment - 1) / alignment * alignment);
        out.resize(data + qsizetype(m_dataBytes), '\0');
        return out;
    }

    template<typename T>
    static QByteArray le(T v)
    {
        QByteArray b(sizeof(T), Qt::Uninitialized);
        qToLittleEndian(v, b.data());
        return b;
    }
    static QByteArray str(const QByteArray &s) { return le(quint64(s.size())) + s; }

private:
    void addKey(const QString &key, quint32 type, const QByteArray &body)
    {
        m_keys.append(str(key.toUtf8()) + le(type) + body);
    }
    struct Info
    {
        QString name;
        QList<quint64> dims;
        quint32 type;
        quint64 offset;
        quint64 bytes;
    };
    QList<QByteArray> m_keys;
    QList<Info> m_tensors;
    QList<std::pair<QString, QByteArray>> m_raw;
    quint64 m_dataBytes = 0;
};
