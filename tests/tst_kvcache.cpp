// Each KV layout against bytes computed by hand from the formulas in the reference notes.
#include "testsupport.h"

using namespace Headroom;
using namespace Headroom::Test;

class TestKvCache : public QObject
{
    Q_OBJECT

private slots:
    void gqaFullAttention();
    void slidingWindowCapsAtWindow();
    void mlaLatentCache();
    void linearStateIsFixed();
    void hybridOnlyCountsAttentionLayers();
    void compressedAttention();
    void elementSizes_data();
    void elementSizes();
    void batchMultipliesEverySequence();
};

void TestKvCache::gqaFullAttention()
{
    // Llama 3.1 8B: 2 × 32 layers × 8 KV heads × 128 × 2 B = 128 KiB per token.
    const AttentionLayout &a = model("llama-3.1-8b").attention;
    QCOMPARE(Engine::kvCacheBytes(a, KvType::F16, 1), 131072.0);
    QCOMPARE(Engine::kvCacheBytes(a, KvType::F16, 32768), 131072.0 * 32768);
    // Devstral 2: 88 × 2 × 8 × 128 × 2 = 352 KiB per token.
    QCOMPARE(Engine::kvCacheBytes(model("devstral-2").attention, KvType::F16, 1), 352.0 * 1024);
}

void TestKvCache::slidingWindowCapsAtWindow()
{
    // gpt-oss-120b: 18 full layers + 18 sliding layers with a 128-token window, 8 × 64 per layer.
    const AttentionLayout &a = model("gpt-oss-120b").attention;
    const double perLayerToken = 2.0 * 8 * 64 * 2; // 2 KiB
    QCOMPARE(Engine::kvCacheBytes(a, KvType::F16, 100), 36 * perLayerToken * 100);
    QCOMPARE(Engine::kvCacheBytes(a, KvType::F16, 128), 36 * perLayerToken * 128);
    QCOMPARE(Engine::kvCacheBytes(a, KvType::F16, 65536), 18 * perLayerToken * 65536 + 18 * perLayerToken * 128);
}

void TestKvCache::mlaLatentCache()
{
    // DeepSeek V3: 61 × (512 + 64) × 2 B = 70,272 B per token — no heads, no factor 2 for K and V.
    const AttentionLayout &a = model("deepseek-v3").attention;
    QCOMPARE(Engine::kvCacheBytes(a, KvType::F16, 1), 70272.0);
    QCOMPARE(Engine::kvCacheBytes(a, KvType::F16, 163840), 70272.0 * 163840);
    // GLM-5.2: 78 × 576 × 2 = 89,856 B (87.75 KiB).
    QCOMPARE(Engine::kvCacheBytes(model("glm-5.2").attention, KvType::F16, 1), 89856.0);
}

void TestKvCache::linearStateIsFixed()
{
    // Qwen3-Coder-Next Gated DeltaNet: 36 layers × 32 heads × 128 × 128 × 4 B (fp32).
    const AttentionLayout &a = model("qwen3-coder-next").attention;
    QCOMPARE(Engine::fixedStateBytes(a), 36.0 * 32 * 128 * 128 * 4);
    // Nemotron 3 Super Mamba-2: 40 layers × 128 heads × 64 × 128 × 4 B.
    QCOMPARE(Engine::fixedStateBytes(model("nemotron-3-super").attention), 40.0 * 128 * 64 * 128 * 4);
    // The recurrent state does not depend on the context or the KV type.
    Scenario shortContext = scenario("Q4_K_M", 1024);
    Scenario longContext = scenario("Q4_K_M", 262144, KvType::Q4_0);
    QCOMPARE(run("qwen3-coder-next", "rtx-pro-6000", shortContext).fixedStateBytes,
             run("qwen3-coder-next", "rtx-pro-6000", longContext).fixedStateBytes);
}

void TestKvCache::hybridOnlyCountsAttentionLayers()
{
    // Qwen3-Coder-Next: only 12 of 48 layers hold KV, 2 heads × 256: 24 KiB per token.
    QCOMPARE(Engine::kvCacheBytes(model("qwen3-coder-next").attention, KvType::F16, 1), 24.0 * 1024);
    // Nemotron 3 Nano: 6 attention layers × 2 × 2 × 128 × 2 B = 6 KiB per token.
    QCOMPARE(Engine::kvCacheBytes(model("nemotron-3-nano").attention, KvType::F16, 1), 6.0 * 1024);
    // The dense-model mistake the article warns about would be 4× larger (48 layers).
    QVERIFY(Engine::kvCacheBytes(model("qwen3-coder-next").attention, KvType::F16, 131072) <
            48.0 * 2 * 2 * 256 * 2 * 131072 / 3);
}

void TestKvCache::compressedAttention()
{
    AttentionLayout a;
    a.compressed = {{30, 4}, {31, 128}};
    a.compressedEntryDim = 576;
    // 1024 tokens: 30 layers × 256 entries + 31 layers × 8 entries, 576 elements × 2 B each.
    QCOMPARE(Engine::kvCacheBytes(a, KvType::F16, 1024), (30.0 * 256 + 31.0 * 8) * 576 * 2);
}

void TestKvCache::elementSizes_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<double>("bytesPerElement");
    QTest::newRow("f16") << int(KvType::F16) << 2.0;
    QTest::newRow("bf16") << int(KvType::BF16) << 2.0;
    QTest::newRow("fp8") << int(KvType::FP8) << 1.0;
    QTest::newRow("q8_0 (34 B per 32)") << int(KvType::Q8_0) << 34.0 / 32;
    QTest::newRow("q4_0 (18 B per 32)") << int(KvType::Q4_0) << 18.0 / 32;
}

void TestKvCache::elementSizes()
{
    QFETCH(int, type);
    QFETCH(double, bytesPerElement);
    const AttentionLayout &a = model("llama-3.1-8b").attention;
    QCOMPARE(Engine::kvCacheBytes(a, KvType(type), 1000), 2.0 * 32 * 8 * 128 * bytesPerElement * 1000);
}

void TestKvCache::batchMultipliesEverySequence()
{
    Scenario one = scenario("Q4_K_M", 8192);
    Scenario four = one;
    four.batch = 4;
    const Estimate a = run("qwen3-coder-next", "rtx-pro-6000", one);
    const Estimate b = run("qwen3-coder-next", "rtx-pro-6000", four);
    QCOMPARE(b.kvCacheBytes, 4 * a.kvCacheBytes);
    QCOMPARE(b.fixedStateBytes, 4 * a.fixedStateBytes);
    QCOMPARE(b.weightsBytes, a.weightsBytes); // weights are shared by all sequences
}

QTEST_GUILESS_MAIN(TestKvCache)
#include "tst_kvcache.moc"
