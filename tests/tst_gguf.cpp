// GGUF import: exact sizes from headers made here with known sizes (dense, MoE, split, hybrid,
// sliding window), and every hostile shape of ../shared/reference/gguf.md refused in words.
#include "engine.h"
#include "ggufimport.h"
#include "ggufreader.h"
#include "ggufwriter.h"
#include "quantization.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Headroom;

namespace {
// ggml type ids and block sizes, written out by hand from quantization.md.
constexpr quint32 kF32 = 0, kQ4K = 12, kQ6K = 14, kQ8_0 = 8;
constexpr quint64 q4kBytes(quint64 weights)
{
    return weights / 256 * 144;
}
constexpr quint64 q6kBytes(quint64 weights)
{
    return weights / 256 * 210;
}

// A small llama-style model: two layers of 256-wide attention and a 512-wide MLP.
GgufWriter denseModel()
{
    GgufWriter w;
    w.string(QStringLiteral("general.architecture"), QStringLiteral("llama"));
    w.string(QStringLiteral("general.name"), QStringLiteral("Tiny Llama"));
    w.u32(QStringLiteral("general.file_type"), 15); // Q4_K_M
    w.u32(QStringLiteral("llama.block_count"), 2);
    w.u32(QStringLiteral("llama.context_length"), 4096);
    w.u32(QStringLiteral("llama.embedding_length"), 256);
    w.u32(QStringLiteral("llama.attention.head_count"), 4);
    w.u32(QStringLiteral("llama.attention.head_count_kv"), 2);
    w.stringArray(QStringLiteral("tokenizer.ggml.tokens"), 1000); // skipped, never kept
    w.tensor(QStringLiteral("token_embd.weight"), {256, 1000}, kQ4K, q4kBytes(256 * 1000));
    for (int l = 0; l < 2; ++l) {
        const QString b = QStringLiteral("blk.%1.").arg(l);
        w.tensor(b + QStringLiteral("attn_norm.weight"), {256}, kF32, 256 * 4);
        w.tensor(b + QStringLiteral("attn_q.weight"), {256, 256}, kQ4K, q4kBytes(256 * 256));
        w.tensor(b + QStringLiteral("attn_k.weight"), {256, 128}, kQ4K, q4kBytes(256 * 128));
        w.tensor(b + QStringLiteral("attn_v.weight"), {256, 128}, kQ6K, q6kBytes(256 * 128));
        w.tensor(b + QStringLiteral("ffn_down.weight"), {512, 256}, kQ6K, q6kBytes(512 * 256));
    }
    return w;
}

Gguf::Result readBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return Gguf::read(buffer, quint64(bytes.size()));
}

GgufImport::Result importBytes(const QByteArray &bytes)
{
    const Gguf::Result r = readBytes(bytes);
    if (!r.header)
        return {std::nullopt, r.error};
    return GgufImport::fromHeaders({*r.header}, {QStringLiteral("test.gguf")});
}
} // namespace

class TestGguf : public QObject
{
    Q_OBJECT

private slots:
    void denseSizesAreExact();
    void moeReadsOnlyRoutedExperts();
    void splitFilesAreSummed();
    void hybridAndSlidingLayers();
    void largeFileIsReadFromItsHeaderOnly();
    void hostileShapesAreRefused_data();
    void hostileShapesAreRefused();
    void truncatedAtEveryByteNeverCrashes();
    void randomCorruptionsNeverCrash();
};

void TestGguf::denseSizesAreExact()
{
    const auto r = importBytes(denseModel().bytes());
    QVERIFY2(r.imported, qPrintable(r.error));
    const GgufImport::Imported &m = *r.imported;
    const quint64 perLayer =
        256 * 4 + q4kBytes(256 * 256) + q4kBytes(256 * 128) + q6kBytes(256 * 128) + q6kBytes(512 * 256);
    QCOMPARE(m.weightsBytes, q4kBytes(256 * 1000) + 2 * perLayer);
    QCOMPARE(m.architecture, QStringLiteral("llama"));
    QCOMPARE(m.fileType, QStringLiteral("Q4_K_M"));
    QCOMPARE(m.model.name, QStringLiteral("Tiny Llama"));
    QCOMPARE(m.model.layers, 2);
    QCOMPARE(m.model.maxContext, 4096);
    QCOMPARE(m.model.paramsTotal, double(256 * 1000 + 2 * (256 + 256 * 256 + 2 * 256 * 128 + 512 * 256)));
    QCOMPARE(m.model.paramsActive, m.model.paramsTotal);
    // The mix, most bytes first: Q6_K (268,800 bytes) then Q4_K (254,592) then F32 (2,048).
    QCOMPARE(m.mix.size(), 3);
    QCOMPARE(m.mix.at(0).type, QStringLiteral("Q6_K"));
    QCOMPARE(m.mix.at(0).bytes, 2 * (q6kBytes(256 * 128) + q6kBytes(512 * 256)));
    QCOMPARE(m.mix.at(1).type, QStringLiteral("Q4_K"));
    QCOMPARE(m.mix.at(2).type, QStringLiteral("F32"));
    QVERIFY(qAbs(m.mix.at(0).share + m.mix.at(1).share + m.mix.at(2).share - 1.0) < 1e-12);
    QCOMPARE(m.mixText(), QStringLiteral("Q6_K 51%, Q4_K 48%, F32 0.4%"));
    // KV: 2 layers × 2 heads × 64 (256 / 4) × K and V × 2 bytes.
    QCOMPARE(m.model.attention.fullLayers, 2);
    QCOMPARE(m.model.attention.kvHeads, 2);
    QCOMPARE(m.model.attention.headDim, 64);
    QCOMPARE(Engine::kvCacheBytes(m.model.attention, KvType::F16, 1), 2.0 * 2 * 64 * 2 * 2);
    // Filed under the format the file names, so the engine sizes it at its real bytes.
    QCOMPARE(m.formatName, QStringLiteral("Q4_K_M"));
    QCOMPARE(m.model.knownFiles.value(QStringLiteral("Q4_K_M")).bytes, double(m.weightsBytes));
    QCOMPARE(Engine::weightsBytes(m.model, *Quantization::parse(QStringLiteral("Q4_K_M"))), double(m.weightsBytes));
}

void TestGguf::moeReadsOnlyRoutedExperts()
{
    GgufWriter w = denseModel();
    w.u32(QStringLiteral("llama.expert_count"), 8);
    w.u32(QStringLiteral("llama.expert_used_count"), 2);
    const quint64 experts = q4kBytes(256 * 512) * 8;
    w.tensor(QStringLiteral("blk.0.ffn_up_exps.weight"), {256, 512, 8}, kQ4K, experts);
    const auto r = importBytes(w.bytes());
    QVERIFY2(r.imported, qPrintable(r.error));
    const auto dense = importBytes(denseModel().bytes());
    QCOMPARE(r.imported->expertBytes, experts);
    QCOMPARE(r.imported->weightsBytes, dense.imported->weightsBytes + experts);
    // All experts resident; a token reads 2 of 8.
    QCOMPARE(r.imported->activeBytes, double(dense.imported->weightsBytes) + double(experts) * 2 / 8);
    QCOMPARE(r.imported->model.paramsActive, dense.imported->model.paramsTotal + 256.0 * 512 * 8 * 2 / 8);
    QCOMPARE(r.imported->model.experts, 8);
}

void TestGguf::splitFilesAreSummed()
{
    QTemporaryDir dir;
    GgufWriter first = denseModel();
    first.u16(QStringLiteral("split.no"), 0);
    first.u16(QStringLiteral("split.count"), 2);
    GgufWriter second;
    second.u16(QStringLiteral("split.no"), 1);
    second.u16(QStringLiteral("split.count"), 2);
    second.tensor(QStringLiteral("output.weight"), {256, 1000}, kQ8_0, 256 / 32 * 34 * 1000);
    const QString a = dir.filePath(QStringLiteral("tiny-00001-of-00002.gguf"));
    const QString b = dir.filePath(QStringLiteral("tiny-00002-of-00002.gguf"));
    QVERIFY(first.write(a));
    // One shard missing: said, nothing imported.
    auto r = GgufImport::importFile(a);
    QVERIFY(!r.imported);
    QVERIFY2(r.error.contains(QStringLiteral("missing")), qPrintable(r.error));
    QVERIFY(second.write(b));
    r = GgufImport::importFile(b); // any shard names the whole model
    QVERIFY2(r.imported, qPrintable(r.error));
    QCOMPARE(r.imported->files.size(), 2);
    QCOMPARE(r.imported->weightsBytes, importBytes(denseModel().bytes()).imported->weightsBytes + 256 / 32 * 34 * 1000);
    // The same tensor in both shards is refused.
    second.tensor(QStringLiteral("token_embd.weight"), {256, 1000}, kQ4K, q4kBytes(256 * 1000));
    QVERIFY(second.write(b));
    r = GgufImport::importFile(a);
    QVERIFY(!r.imported);
    QVERIFY2(r.error.contains(QStringLiteral("two shards")), qPrintable(r.error));
}

void TestGguf::hybridAndSlidingLayers()
{
    // Qwen3-Next style: head_count_kv per layer, 0 where a layer keeps recurrent state instead.
    GgufWriter h;
    h.string(QStringLiteral("general.architecture"), QStringLiteral("qwen3next"));
    h.u32(QStringLiteral("qwen3next.block_count"), 4);
    h.u32(QStringLiteral("qwen3next.embedding_length"), 256);
    h.u32(QStringLiteral("qwen3next.attention.head_count"), 4);
    h.u32Array(QStringLiteral("qwen3next.attention.head_count_kv"), {0, 0, 0, 2});
    h.u32(QStringLiteral("qwen3next.attention.key_length"), 128);
    h.u32(QStringLiteral("qwen3next.ssm.inner_size"), 512);
    h.u32(QStringLiteral("qwen3next.ssm.state_size"), 64);
    h.tensor(QStringLiteral("token_embd.weight"), {256, 10}, kF32, 256 * 10 * 4);
    auto r = importBytes(h.bytes());
    QVERIFY2(r.imported, qPrintable(r.error));
    QCOMPARE(r.imported->model.attention.fullLayers, 1);
    QCOMPARE(r.imported->model.attention.linearLayers, 3);
    QCOMPARE(r.imported->model.attention.headDim, 128);
    // A per-layer array of the wrong length is refused.
    GgufWriter bad = h;
    bad.u32Array(QStringLiteral("qwen3next.attention.head_count_kv"), {0, 2});
    QVERIFY(!importBytes(bad.bytes()).imported);

    // Gemma style: a window on 5 of every 6 layers.
    GgufWriter g;
    g.string(QStringLiteral("general.architecture"), QStringLiteral("gemma3"));
    g.u32(QStringLiteral("gemma3.block_count"), 12);
    g.u32(QStringLiteral("gemma3.embedding_length"), 256);
    g.u32(QStringLiteral("gemma3.attention.head_count"), 4);
    g.u32(QStringLiteral("gemma3.attention.head_count_kv"), 1);
    g.u32(QStringLiteral("gemma3.attention.sliding_window"), 1024);
    g.u32(QStringLiteral("gemma3.attention.sliding_window_pattern"), 6);
    g.tensor(QStringLiteral("token_embd.weight"), {256, 10}, kF32, 256 * 10 * 4);
    r = importBytes(g.bytes());
    QVERIFY2(r.imported, qPrintable(r.error));
    QCOMPARE(r.imported->model.attention.swaLayers, 10);
    QCOMPARE(r.imported->model.attention.fullLayers, 2);
    QCOMPARE(r.imported->model.attention.swaWindow, 1024);
}

void TestGguf::largeFileIsReadFromItsHeaderOnly()
{
    // 40 layers of 8192 × 28672 Q4_K: about 45 GB of data that is never read (a sparse file).
    QTemporaryDir dir;
    GgufWriter w;
    w.string(QStringLiteral("general.architecture"), QStringLiteral("llama"));
    w.u32(QStringLiteral("llama.block_count"), 40);
    w.u32(QStringLiteral("llama.embedding_length"), 8192);
    w.u32(QStringLiteral("llama.attention.head_count"), 64);
    w.u32(QStringLiteral("llama.attention.head_count_kv"), 8);
    quint64 total = 0;
    for (int l = 0; l < 40; ++l) {
        for (const char *part : {"ffn_up", "ffn_gate", "ffn_down"}) {
            w.tensor(QStringLiteral("blk.%1.%2.weight").arg(l).arg(QLatin1String(part)), {8192, 28672 / 3}, kQ4K,
                     q4kBytes(8192ull * (28672 / 3)));
            total += q4kBytes(8192ull * (28672 / 3));
        }
    }
    const QString path = dir.filePath(QStringLiteral("big.gguf"));
    QVERIFY(w.write(path));
    const auto r = GgufImport::importFile(path);
    QVERIFY2(r.imported, qPrintable(r.error));
    QCOMPARE(r.imported->weightsBytes, total);
    QVERIFY(QFileInfo(path).size() > qint64(total));
}

void TestGguf::hostileShapesAreRefused_data()
{
    using W = GgufWriter;
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says"); // a word the error must contain
    const QByteArray good = denseModel().bytes();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("ends");
    QTest::newRow("bad magic") << QByteArray("GGUX") + good.mid(4) << QStringLiteral("not a GGUF");
    QTest::newRow("truncated header") << good.left(10) << QStringLiteral("ends");
    {
        W w = denseModel();
        w.version = 4;
        QTest::newRow("future version") << w.bytes() << QStringLiteral("version 4");
        w.version = 1;
        QTest::newRow("version 1") << w.bytes() << QStringLiteral("version 1");
    }
    {
        W w = denseModel();
        w.claimedTensors = quint64(1) << 63;
        QTest::newRow("tensor count near 2^63") << w.bytes() << QStringLiteral("tensors");
        w.claimedTensors.reset();
        w.claimedKeys = ~quint64(0);
        QTest::newRow("key count 2^64-1") << w.bytes() << QStringLiteral("keys");
    }
    {
        // A key whose length is 2^64 − 1: length + 1 would wrap to 0.
        QByteArray b = "GGUF" + W::le(quint32(3)) + W::le(quint64(0)) + W::le(quint64(1)) + W::le(~quint64(0)) + "x";
        QTest::newRow("string length 2^64-1") << b << QStringLiteral("more than the file");
        QByteArray c =
            "GGUF" + W::le(quint32(3)) + W::le(quint64(0)) + W::le(quint64(1)) + W::le(quint64(1000)) + "abc";
        QTest::newRow("string past the end") << c << QStringLiteral("more than the file");
    }
    {
        W w;
        w.rawKey(QStringLiteral("x"), 99, W::le(quint32(0)));
        QTest::newRow("unknown value type") << w.bytes() << QStringLiteral("unknown value type");
        W a;
        a.rawKey(QStringLiteral("x"), W::Array, W::le(quint32(W::Array)) + W::le(quint64(1)));
        QTest::newRow("array of arrays") << a.bytes() << QStringLiteral("array of arrays");
        W b;
        b.boolean(QStringLiteral("x"), 2);
        QTest::newRow("bool 2") << b.bytes() << QStringLiteral("not 0 or 1");
        W c;
        c.rawKey(QStringLiteral("x"), W::Array, W::le(quint32(W::U32)) + W::le(quint64(1) << 62));
        QTest::newRow("array count 2^62") << c.bytes() << QStringLiteral("more than the file");
        W d;
        d.rawKey(QStringLiteral("x"), W::Array, W::le(quint32(W::String)) + W::le(quint64(1) << 40));
        QTest::newRow("string array count 2^40") << d.bytes() << QStringLiteral("more than the file");
        W e = denseModel();
        e.u32(QStringLiteral("llama.block_count"), 3);
        QTest::newRow("duplicate key") << e.bytes() << QStringLiteral("twice");
    }
    const auto tensor = [](const QByteArray &afterName) {
        W w = denseModel();
        w.rawTensor(QStringLiteral("evil"), afterName);
        return w.bytes();
    };
    QTest::newRow("5 dimensions") << tensor(W::le(quint32(5))) << QStringLiteral("dimensions");
    QTest::newRow("zero dimension") << tensor(W::le(quint32(1)) + W::le(quint64(0)) + W::le(kF32) + W::le(quint64(0)))
                                    << QStringLiteral("dimension of 0");
    QTest::newRow("dims overflow") << tensor(W::le(quint32(2)) + W::le(quint64(1) << 40) + W::le(quint64(1) << 40) +
                                             W::le(kF32) + W::le(quint64(0)))
                                   << QStringLiteral("overflows");
    QTest::newRow("bytes overflow") << tensor(W::le(quint32(1)) + W::le(quint64(1) << 62) + W::le(kF32) +
                                              W::le(quint64(0)))
                                    << QStringLiteral("overflows");
    QTest::newRow("removed type 4") << tensor(W::le(quint32(1)) + W::le(quint64(32)) + W::le(quint32(4)) +
                                              W::le(quint64(0)))
                                    << QStringLiteral("removed");
    QTest::newRow("unknown type 99") << tensor(W::le(quint32(1)) + W::le(quint64(32)) + W::le(quint32(99)) +
                                               W::le(quint64(0)))
                                     << QStringLiteral("unknown");
    QTest::newRow("row not whole blocks")
        << tensor(W::le(quint32(1)) + W::le(quint64(100)) + W::le(kQ4K) + W::le(quint64(0)))
        << QStringLiteral("blocks");
    QTest::newRow("offset past the end") << tensor(W::le(quint32(1)) + W::le(quint64(32)) + W::le(kF32) +
                                                   W::le(quint64(1) << 40))
                                         << QStringLiteral("past the end");
    QTest::newRow("offset wraps") << tensor(W::le(quint32(1)) + W::le(quint64(32)) + W::le(kF32) + W::le(~quint64(31)))
                                  << QStringLiteral("past the end");
    QTest::newRow("offset unaligned") << tensor(W::le(quint32(1)) + W::le(quint64(32)) + W::le(kF32) +
                                                W::le(quint64(3)))
                                      << QStringLiteral("alignment");
    {
        W w = denseModel();
        w.tensor(QStringLiteral("token_embd.weight"), {256}, kF32, 1024);
        QTest::newRow("duplicate tensor") << w.bytes() << QStringLiteral("twice");
        W a = denseModel();
        a.u32(QStringLiteral("general.alignment"), 0);
        QTest::newRow("alignment 0") << a.bytes() << QStringLiteral("power of two");
        W b = denseModel();
        b.u32(QStringLiteral("general.alignment"), 48);
        QTest::newRow("alignment 48") << b.bytes() << QStringLiteral("power of two");
        W c = denseModel();
        c.string(QStringLiteral("general.alignment"), QStringLiteral("32"));
        QTest::newRow("alignment a string") << c.bytes() << QStringLiteral("alignment");
    }
    // Keys of the wrong type for what reads them (the importer's checks).
    {
        W w;
        w.string(QStringLiteral("general.architecture"), QStringLiteral("llama"));
        w.string(QStringLiteral("llama.block_count"), QStringLiteral("32"));
        w.tensor(QStringLiteral("t"), {32}, kF32, 128);
        QTest::newRow("block_count a string") << w.bytes() << QStringLiteral("block_count");
        W z;
        z.string(QStringLiteral("general.architecture"), QStringLiteral("llama"));
        z.u32(QStringLiteral("llama.block_count"), 0);
        z.tensor(QStringLiteral("t"), {32}, kF32, 128);
        QTest::newRow("block_count 0") << z.bytes() << QStringLiteral("block_count");
        W h;
        h.string(QStringLiteral("general.architecture"), QStringLiteral("llama"));
        h.u32(QStringLiteral("llama.block_count"), 2);
        h.u32(QStringLiteral("llama.attention.head_count"), 0);
        h.tensor(QStringLiteral("t"), {32}, kF32, 128);
        QTest::newRow("head_count 0") << h.bytes() << QStringLiteral("head");
        W n;
        n.tensor(QStringLiteral("t"), {32}, kF32, 128);
        QTest::newRow("no architecture") << n.bytes() << QStringLiteral("architecture");
    }
}

void TestGguf::hostileShapesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const auto r = importBytes(bytes);
    QVERIFY(!r.imported);
    QVERIFY2(r.error.contains(says, Qt::CaseInsensitive), qPrintable(r.error));
    QVERIFY(!r.error.contains(QLatin1Char('\n')));
}

void TestGguf::truncatedAtEveryByteNeverCrashes()
{
    // Every prefix of a valid header is a clear error, never a crash or a success.
    const QByteArray good = denseModel().header();
    for (qsizetype n = 0; n < good.size(); ++n) {
        const auto r = readBytes(good.left(n));
        QVERIFY2(!r.header, qPrintable(QString::number(n)));
        QVERIFY(!r.error.isEmpty());
    }
}

void TestGguf::randomCorruptionsNeverCrash()
{
    // Not a fuzzer (that needs clang's libFuzzer), but the same idea, bounded and repeatable:
    // thousands of copies of a valid file with bytes overwritten by random values, many of them
    // in the counts and lengths. Each must be refused in words or imported, never crash.
    const QByteArray good = denseModel().bytes();
    const qsizetype headerSize = denseModel().header().size();
    QRandomGenerator random(2026);
    int refused = 0, imported = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes = good;
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = random.bounded(headerSize);
            // Runs of 0xff make the huge counts and lengths the advisories were about.
            const char value = random.bounded(3) == 0 ? char(0xff) : char(random.bounded(256));
            for (int k = 0, run = 1 + random.bounded(8); k < run && at + k < headerSize; ++k)
                bytes[at + k] = value;
        }
        const auto r = importBytes(bytes);
        if (r.imported) {
            ++imported;
            QVERIFY(r.imported->weightsBytes > 0);
        } else {
            ++refused;
            QVERIFY(!r.error.isEmpty());
        }
    }
    qInfo("20,000 corrupted copies: %d refused with a reason, %d still import", refused, imported);
}

QTEST_GUILESS_MAIN(TestGguf)
#include "tst_gguf.moc"
