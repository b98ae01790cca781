// import of hostile GGUF files: a valid header cut at every few bytes, bytes flipped, every
// structural lie of ../shared/reference/gguf.md, files that are not files, and split models with a
// shard that is missing, a FIFO or a device. Refusals are exit 2 naming the file; an accepted
// file gives JSON with "format" and sane sizes.
#include "ggufwriter.h"
#include "rows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Hostile {

namespace {

constexpr quint32 kF32 = 0, kQ4K = 12, kQ6K = 14;

GgufWriter model(int layers = 2)
{
    GgufWriter w;
    w.string(QStringLiteral("general.architecture"), QStringLiteral("llama"));
    w.string(QStringLiteral("general.name"), QStringLiteral("Tiny"));
    w.u32(QStringLiteral("general.file_type"), 15);
    w.u32(QStringLiteral("llama.block_count"), quint32(layers));
    w.u32(QStringLiteral("llama.context_length"), 4096);
    w.u32(QStringLiteral("llama.embedding_length"), 256);
    w.u32(QStringLiteral("llama.attention.head_count"), 4);
    w.u32(QStringLiteral("llama.attention.head_count_kv"), 2);
    w.tensor(QStringLiteral("token_embd.weight"), {256, 1000}, kQ4K, 256 * 1000 / 256 * 144);
    for (int l = 0; l < layers; ++l) {
        const QString b = QStringLiteral("blk.%1.").arg(l);
        w.tensor(b + QStringLiteral("attn_norm.weight"), {256}, kF32, 256 * 4);
        w.tensor(b + QStringLiteral("attn_q.weight"), {256, 256}, kQ4K, 256 * 256 / 256 * 144);
        w.tensor(b + QStringLiteral("ffn_down.weight"), {512, 256}, kQ6K, 512 * 256 / 256 * 210);
    }
    return w;
}

// An accepted import is a model: layers, parameters and weights above zero, a KV cache where
// layers attend.
QString sane(const Run &r)
{
    if (r.exitCode != 0 || !r.out.startsWith('{'))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject a = o.value(QStringLiteral("attention")).toObject();
    if (o.value(QStringLiteral("layers")).toDouble() < 1 || !(o.value(QStringLiteral("params_total")).toDouble() > 0))
        return QStringLiteral("break: accepted a model of no layers or parameters");
    if (o.contains(QStringLiteral("weights_bytes")) && !o.value(QStringLiteral("weights_bytes")).isNull() &&
        !(o.value(QStringLiteral("weights_bytes")).toDouble() > 0))
        return QStringLiteral("break: accepted weights of 0 bytes");
    const double attending = a.value(QStringLiteral("full_layers")).toDouble() +
                             a.value(QStringLiteral("sliding_layers")).toDouble() +
                             a.value(QStringLiteral("mla_layers")).toDouble();
    if (attending > 0 && !(o.value(QStringLiteral("kv_bytes_per_token")).toDouble() > 0))
        return QStringLiteral("break: %1 attending layers with a zero KV cache").arg(attending);
    return {};
}

Case importOf(const QString &name, const QString &file, const std::function<void(const QString &)> &setup,
              const Expect &e, bool json)
{
    Case c;
    c.name = name + (json ? QStringLiteral(" --json") : QString());
    c.args = {QStringLiteral("import"), file};
    if (json)
        c.args << QStringLiteral("--json");
    c.setup = setup;
    c.expect = e;
    c.check = sane;
    return c;
}

} // namespace

QList<Case> ggufCases(const Context &)
{
    QList<Case> cases;
    const QByteArray valid = model().bytes();
    const qsizetype header = model().header().size();
    const QString file = QStringLiteral("model.gguf");
    const auto bytesAt = [](const QString &f, const QByteArray &b) {
        return [f, b](const QString &dir) { writeFile(dir + QLatin1Char('/') + f, b); };
    };
    for (const bool json : {false, true}) {
        cases << importOf(QStringLiteral("a valid GGUF"), file, bytesAt(file, valid), succeeds(), json);
        // Cut off inside the header: never a whole model.
        for (qsizetype at = 0; at < header; at += std::max<qsizetype>(1, header / 90))
            cases << importOf(QStringLiteral("cut at byte %1").arg(at), file, bytesAt(file, valid.left(at)),
                              refused({file}), json);
        // A byte flipped: refused in words or read as some other sane model.
        QRandomGenerator gen(21);
        for (int i = 0; i < 90; ++i) {
            QByteArray b = valid;
            const qsizetype at = gen.bounded(qsizetype(header));
            b[at] = char(b[at] ^ char(1 << gen.bounded(8)));
            cases << importOf(QStringLiteral("bit flipped at %1").arg(at), file, bytesAt(file, b), either({file}),
                              json);
        }
        // Structural lies.
        QList<std::pair<QString, GgufWriter>> lies;
        const auto lie = [&](const QString &name, const std::function<void(GgufWriter &)> &edit) {
            GgufWriter w = model();
            edit(w);
            lies.append({name, w});
        };
        lie(QStringLiteral("2^60 tensors claimed"), [](GgufWriter &w) { w.claimedTensors = quint64(1) << 60; });
        lie(QStringLiteral("2^60 keys claimed"), [](GgufWriter &w) { w.claimedKeys = quint64(1) << 60; });
        lie(QStringLiteral("one key too many claimed"), [](GgufWriter &w) { w.claimedKeys = 9; });
        lie(QStringLiteral("version 1"), [](GgufWriter &w) { w.version = 1; });
        lie(QStringLiteral("version 999"), [](GgufWriter &w) { w.version = 999; });
        lie(QStringLiteral("a string of 2^62 bytes"),
            [](GgufWriter &w) { w.rawKey(QStringLiteral("x"), GgufWriter::String, GgufWriter::le(quint64(1) << 62)); });
        lie(QStringLiteral("an array of 2^61 items"), [](GgufWriter &w) {
            w.rawKey(QStringLiteral("x"), GgufWriter::Array,
                     GgufWriter::le(quint32(GgufWriter::U32)) + GgufWriter::le(quint64(1) << 61));
        });
        lie(QStringLiteral("type 99"), [](GgufWriter &w) { w.rawKey(QStringLiteral("x"), 99, {}); });
        lie(QStringLiteral("nested arrays"), [](GgufWriter &w) {
            QByteArray body;
            for (int i = 0; i < 2000; ++i)
                body += GgufWriter::le(quint32(GgufWriter::Array)) + GgufWriter::le(quint64(1));
            w.rawKey(QStringLiteral("x"), GgufWriter::Array, body);
        });
        lie(QStringLiteral("a tensor of 2^40 × 2^40"), [](GgufWriter &w) {
            w.rawTensor(QStringLiteral("huge"), GgufWriter::le(quint32(2)) + GgufWriter::le(quint64(1) << 40) +
                                                    GgufWriter::le(quint64(1) << 40) + GgufWriter::le(quint32(0)) +
                                                    GgufWriter::le(quint64(0)));
        });
        lie(QStringLiteral("a tensor of 9 dimensions"),
            [](GgufWriter &w) { w.rawTensor(QStringLiteral("nine"), GgufWriter::le(quint32(9))); });
        lie(QStringLiteral("a tensor of type 77"), [](GgufWriter &w) {
            w.rawTensor(QStringLiteral("t"), GgufWriter::le(quint32(1)) + GgufWriter::le(quint64(32)) +
                                                 GgufWriter::le(quint32(77)) + GgufWriter::le(quint64(0)));
        });
        lie(QStringLiteral("a misaligned tensor"), [](GgufWriter &w) {
            w.rawTensor(QStringLiteral("t"), GgufWriter::le(quint32(1)) + GgufWriter::le(quint64(32)) +
                                                 GgufWriter::le(quint32(0)) + GgufWriter::le(quint64(3)));
        });
        lie(QStringLiteral("a tensor past the end"), [](GgufWriter &w) {
            w.rawTensor(QStringLiteral("t"), GgufWriter::le(quint32(1)) + GgufWriter::le(quint64(32)) +
                                                 GgufWriter::le(quint32(0)) + GgufWriter::le(quint64(1) << 50));
        });
        lie(QStringLiteral("a tensor twice"),
            [](GgufWriter &w) { w.tensor(QStringLiteral("token_embd.weight"), {256}, kF32, 1024); });
        lie(QStringLiteral("alignment 0"), [](GgufWriter &w) { w.u32(QStringLiteral("general.alignment"), 0); });
        lie(QStringLiteral("alignment 3"), [](GgufWriter &w) { w.u32(QStringLiteral("general.alignment"), 3); });
        lie(QStringLiteral("block_count 0"), [](GgufWriter &w) { w.u32(QStringLiteral("llama.block_count"), 0); });
        lie(QStringLiteral("block_count 2^32-1"),
            [](GgufWriter &w) { w.u32(QStringLiteral("llama.block_count"), 0xffffffffu); });
        lie(QStringLiteral("block_count as text"),
            [](GgufWriter &w) { w.string(QStringLiteral("llama.block_count"), QStringLiteral("2")); });
        lie(QStringLiteral("head_count 0"),
            [](GgufWriter &w) { w.u32(QStringLiteral("llama.attention.head_count"), 0); });
        lie(QStringLiteral("head_count 10^6"),
            [](GgufWriter &w) { w.u32(QStringLiteral("llama.attention.head_count"), 1000000); });
        lie(QStringLiteral("head_count_kv per layer, too few"),
            [](GgufWriter &w) { w.u32Array(QStringLiteral("llama.attention.head_count_kv"), {2}); });
        lie(QStringLiteral("negative context"),
            [](GgufWriter &w) { w.i32(QStringLiteral("llama.context_length"), -5); });
        lie(QStringLiteral("expert_used_count above expert_count"), [](GgufWriter &w) {
            w.u32(QStringLiteral("llama.expert_count"), 4);
            w.u32(QStringLiteral("llama.expert_used_count"), 8);
        });
        lie(QStringLiteral("key_length 0"),
            [](GgufWriter &w) { w.u32(QStringLiteral("llama.attention.key_length"), 0); });
        for (const auto &[name, w] : lies)
            cases << importOf(name, file, bytesAt(file, w.bytes()), either({file}), json);
        GgufWriter noArchitecture;
        noArchitecture.tensor(QStringLiteral("t"), {32}, kF32, 128);
        cases << importOf(QStringLiteral("no architecture"), file, bytesAt(file, noArchitecture.bytes()),
                          refused({file}), json);
        GgufWriter noTensors = model(0);
        cases << importOf(QStringLiteral("no layers"), file, bytesAt(file, noTensors.bytes()), refused({file}), json);
        // Not files at all, or not whole.
        const QList<std::pair<QString, std::function<void(const QString &)>>> kinds = {
            {QStringLiteral("a FIFO"), [file](const QString &d) { makeFifo(d + QLatin1Char('/') + file); }},
            {QStringLiteral("a zero device"),
             [file](const QString &d) { makeDevice(d + QLatin1Char('/') + file, 1, 5); }},
            {QStringLiteral("a null device"),
             [file](const QString &d) { makeDevice(d + QLatin1Char('/') + file, 1, 3); }},
            {QStringLiteral("a symlink loop"),
             [file](const QString &d) { makeLoop(d + QLatin1Char('/') + file, d + QStringLiteral("/b.gguf")); }},
            {QStringLiteral("a dangling symlink"),
             [file](const QString &d) { makeLink(QStringLiteral("nothing.gguf"), d + QLatin1Char('/') + file); }},
            {QStringLiteral("a folder"), [file](const QString &d) { QDir().mkpath(d + QLatin1Char('/') + file); }},
            {QStringLiteral("an empty file"), [file](const QString &d) { writeFile(d + QLatin1Char('/') + file, {}); }},
            {QStringLiteral("a missing file"), [](const QString &) {}},
            {QStringLiteral("1 GB of zeros"),
             [file](const QString &d) {
                 writeFile(d + QLatin1Char('/') + file, {});
                 QFile(d + QLatin1Char('/') + file).resize(qint64(1) << 30);
             }},
        };
        for (const auto &[name, make] : kinds)
            cases << importOf(name, file, make, refused({file}), json);
        cases << importOf(
            QStringLiteral("a symlink to a valid GGUF"), file,
            [valid, file](const QString &d) {
                writeFile(d + QStringLiteral("/real.gguf"), valid);
                makeLink(QStringLiteral("real.gguf"), d + QLatin1Char('/') + file);
            },
            succeeds(), json);
        // Split models: the second shard missing, a FIFO, a device, a loop, or lying about itself.
        const QString first = QStringLiteral("m-00001-of-00002.gguf");
        const QString second = QStringLiteral("m-00002-of-00002.gguf");
        const auto shard = [](int no, int count) {
            GgufWriter w = model();
            w.u32(QStringLiteral("split.no"), quint32(no));
            w.u32(QStringLiteral("split.count"), quint32(count));
            return w.bytes();
        };
        const QList<std::pair<QString, std::function<void(const QString &)>>> seconds = {
            {QStringLiteral("missing"), [](const QString &) {}},
            {QStringLiteral("a FIFO"), [second](const QString &d) { makeFifo(d + QLatin1Char('/') + second); }},
            {QStringLiteral("a zero device"),
             [second](const QString &d) { makeDevice(d + QLatin1Char('/') + second, 1, 5); }},
            {QStringLiteral("a symlink loop"),
             [second](const QString &d) { makeLoop(d + QLatin1Char('/') + second, d + QStringLiteral("/x.gguf")); }},
            {QStringLiteral("a folder"), [second](const QString &d) { QDir().mkpath(d + QLatin1Char('/') + second); }},
            {QStringLiteral("claiming to be shard 1"),
             [second, shard](const QString &d) { writeFile(d + QLatin1Char('/') + second, shard(0, 2)); }},
            {QStringLiteral("claiming 3 shards"),
             [second, shard](const QString &d) { writeFile(d + QLatin1Char('/') + second, shard(1, 3)); }},
        };
        for (const auto &[name, make] : seconds) {
            cases << importOf(
                QStringLiteral("split, second shard %1").arg(name), first,
                [first, make, shard](const QString &d) {
                    writeFile(d + QLatin1Char('/') + first, shard(0, 2));
                    make(d);
                },
                refused({QStringLiteral("m-0000")}), json);
        }
    }
    return cases;
}

} // namespace Hostile
