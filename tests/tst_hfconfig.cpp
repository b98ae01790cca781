// Hugging Face config.json import: each family of hf-config.md, checked against the published
// parameter counts and KV sizes of architectures.md (fixtures under tests/data/hf-configs).
#include "engine.h"
#include "hfconfig.h"

#include <QFile>
#include <QTest>

using namespace Headroom;

namespace {
HfConfig::Imported load(const char *name)
{
    QFile f(QStringLiteral(HEADROOM_TEST_DATA "/hf-configs/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no fixture %s", name);
    const HfConfig::Result r = HfConfig::parse(f.readAll(), QString::fromLatin1(name));
    if (!r.imported)
        qFatal("%s: %s", name, qPrintable(r.error));
    return *r.imported;
}
double kvPerToken(const ModelSpec &m)
{
    return Engine::kvCacheBytes(m.attention, KvType::F16, 1);
}
bool near(double value, double expected, double share)
{
    return std::abs(value / expected - 1) <= share;
}
} // namespace

class TestHfConfig : public QObject
{
    Q_OBJECT

private slots:
    void gqaWithExplicitHeadDimAndMoe();
    void denseModel();
    void mlaWithDensePrefix();
    void hybridLinearAttention();
    void alternatingSlidingWindow();
    void nestedTextConfigAndWindowPattern();
    void nemotronPatternWithBareInfinity();
    void windowSwitchedOff();
    void repositoryFilesGiveEachFormatsSize();
    void badConfigsAreRefusedInWords_data();
    void badConfigsAreRefusedInWords();
};

void TestHfConfig::gqaWithExplicitHeadDimAndMoe()
{
    const auto m = load("qwen3-30b-a3b.json").model;
    // 30.53 B total, 3.3 B active; 48 layers × 4 KV heads × 128 × K,V × 2 B = 96 KiB.
    QVERIFY2(near(m.paramsTotal, 30.53e9, 0.01), qPrintable(QString::number(m.paramsTotal)));
    QVERIFY2(near(m.paramsActive, 3.3e9, 0.05), qPrintable(QString::number(m.paramsActive)));
    QCOMPARE(kvPerToken(m), 96.0 * 1024);
    QCOMPARE(m.experts, 128);
    QCOMPARE(m.expertsActive, 8);
    QCOMPARE(m.maxContext, 40960);
    QCOMPARE(m.nativeFormat, QStringLiteral("BF16"));
    // What sizes the compute buffer and the token table llama.cpp keeps in RAM.
    QVERIFY(m.vocabulary);
    QCOMPARE(m.vocabulary->tokens, 151936);
    QCOMPARE(m.vocabulary->hidden, 2048);
    QCOMPARE(m.vocabulary->attentionHeads, 32);
    QCOMPARE(m.vocabulary->tiedOutput, std::optional<bool>(false));
}

void TestHfConfig::denseModel()
{
    const auto m = load("mistral-small-24b.json").model;
    QVERIFY2(near(m.paramsTotal, 23.6e9, 0.01), qPrintable(QString::number(m.paramsTotal)));
    QCOMPARE(m.paramsActive, m.paramsTotal);
    QCOMPARE(kvPerToken(m), 160.0 * 1024);
}

void TestHfConfig::mlaWithDensePrefix()
{
    const auto m = load("deepseek-v3.json").model;
    // 671 B total, 37 B active; the latent cache is 61 × (512 + 64) × 2 B = 70,272 B per token.
    QVERIFY2(near(m.paramsTotal, 671e9, 0.01), qPrintable(QString::number(m.paramsTotal)));
    QVERIFY2(near(m.paramsActive, 37e9, 0.05), qPrintable(QString::number(m.paramsActive)));
    QCOMPARE(m.attention.mlaLayers, 61);
    QCOMPARE(kvPerToken(m), 70272.0);
    QCOMPARE(m.nativeFormat, QStringLiteral("FP8"));
}

void TestHfConfig::hybridLinearAttention()
{
    const auto m = load("qwen3-coder-next.json").model;
    // Every 4th of 48 layers attends: 12 × 2 × 256 × K,V × 2 B = 24 KiB; the other 36 keep a state.
    QCOMPARE(m.attention.fullLayers, 12);
    QCOMPARE(m.attention.linearLayers, 36);
    QCOMPARE(kvPerToken(m), 24.0 * 1024);
    // 32 value heads × 128 × 128 fp32 per layer.
    QCOMPARE(Engine::fixedStateBytes(m.attention), 36.0 * 32 * 128 * 128 * 4);
    QVERIFY2(near(m.paramsTotal, 79.674e9, 0.01), qPrintable(QString::number(m.paramsTotal)));
    QVERIFY2(near(m.paramsActive, 3.875e9, 0.05), qPrintable(QString::number(m.paramsActive)));
}

void TestHfConfig::alternatingSlidingWindow()
{
    const auto m = load("gpt-oss-120b.json").model;
    QCOMPARE(m.attention.swaLayers, 18);
    QCOMPARE(m.attention.fullLayers, 18);
    QCOMPARE(m.attention.swaWindow, 128);
    QVERIFY2(near(m.paramsTotal, 116.83e9, 0.01), qPrintable(QString::number(m.paramsTotal)));
    QCOMPARE(m.nativeFormat, QStringLiteral("MXFP4"));
    // Full layers: 36 KiB per token; the windowed ones stop growing at 128 tokens.
    QCOMPARE(Engine::kvCacheBytes(m.attention, KvType::F16, 100000) -
                 Engine::kvCacheBytes(m.attention, KvType::F16, 99999),
             36.0 * 1024);
}

void TestHfConfig::nestedTextConfigAndWindowPattern()
{
    const auto m = load("gemma3-multimodal.json").model;
    QCOMPARE(m.layers, 12);
    QCOMPARE(m.attention.swaLayers, 10);
    QCOMPARE(m.attention.fullLayers, 2);
    QCOMPARE(m.attention.headDim, 256); // explicit, not 1024 / 8
}

void TestHfConfig::nemotronPatternWithBareInfinity()
{
    const auto i = load("nemotron-h-pattern.json");
    QCOMPARE(i.model.attention.fullLayers, 1);   // one '*'
    QCOMPARE(i.model.attention.linearLayers, 3); // three 'M'
    QCOMPARE(i.model.experts, 16);
    QVERIFY(i.model.paramsActive < i.model.paramsTotal);
}

void TestHfConfig::windowSwitchedOff()
{
    const auto m = load("qwen2-window-off.json").model;
    QCOMPARE(m.attention.swaLayers, 0);
    QCOMPARE(m.attention.fullLayers, 28);
    QCOMPARE(m.attention.headDim, 128); // 1536 / 12
}

void TestHfConfig::repositoryFilesGiveEachFormatsSize()
{
    const QList<std::pair<QString, double>> files = {{QStringLiteral("Coder-Q4_K_M-00001-of-00002.gguf"), 30e9},
                                                     {QStringLiteral("Coder-Q4_K_M-00002-of-00002.gguf"), 18e9},
                                                     {QStringLiteral("Coder-Q8_0.gguf"), 85e9},
                                                     {QStringLiteral("IQ4_XS/coder-iq4_xs.gguf"), 40e9},
                                                     {QStringLiteral("coder-BF16.gguf"), 160e9},
                                                     {QStringLiteral("mmproj-F16.gguf"), 1e9},
                                                     {QStringLiteral("model-00001-of-00002.safetensors"), 80e9},
                                                     {QStringLiteral("model-00002-of-00002.safetensors"), 79e9},
                                                     {QStringLiteral("README.md"), 5e3},
                                                     {QStringLiteral("coder-custom.gguf"), 7e9}};
    const QMap<QString, double> sizes = HfConfig::sizesByFormat(files, QStringLiteral("FP8"));
    QCOMPARE(sizes.value(QStringLiteral("Q4_K_M")), 48e9); // both shards
    QCOMPARE(sizes.value(QStringLiteral("Q8_0")), 85e9);
    QCOMPARE(sizes.value(QStringLiteral("IQ4_XS")), 40e9); // lower-case names too
    QCOMPARE(sizes.value(QStringLiteral("BF16")), 160e9);  // not read as F16
    QCOMPARE(sizes.value(QStringLiteral("FP8")), 159e9);   // the safetensors: the release format
    QVERIFY(!sizes.contains(QStringLiteral("F16")));       // the vision projector is not the model
    QCOMPARE(sizes.size(), 5);
}

void TestHfConfig::badConfigsAreRefusedInWords_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    QTest::newRow("not JSON") << QByteArray("{\"num_hidden_layers\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("an array") << QByteArray("[1, 2]") << QStringLiteral("one JSON object");
    QTest::newRow("no layers") << QByteArray("{\"hidden_size\": 1024}") << QStringLiteral("num_hidden_layers");
    QTest::newRow("layers a string") << QByteArray("{\"num_hidden_layers\": \"32\", \"hidden_size\": 1024}")
                                     << QStringLiteral("not a number");
    QTest::newRow("negative heads")
        << QByteArray("{\"num_hidden_layers\": 2, \"hidden_size\": 64, \"num_attention_heads\": -4}")
        << QStringLiteral("num_attention_heads");
    QTest::newRow("absurd layers") << QByteArray("{\"num_hidden_layers\": 1e12, \"hidden_size\": 64}")
                                   << QStringLiteral("num_hidden_layers");
    QTest::newRow("layer_types too short")
        << QByteArray("{\"num_hidden_layers\": 4, \"hidden_size\": 64, \"num_attention_heads\": 4, \"layer_types\": "
                      "[\"full_attention\"]}")
        << QStringLiteral("layer_types");
    QTest::newRow("more experts used than exist")
        << QByteArray("{\"num_hidden_layers\": 2, \"hidden_size\": 64, \"num_attention_heads\": 4, \"num_experts\": 4, "
                      "\"num_experts_per_tok\": 8}")
        << QStringLiteral("num_experts_per_tok");
    QTest::newRow("huge") << QByteArray(HfConfig::kMaxConfigBytes + 1, ' ') << QStringLiteral("not plausible");
}

void TestHfConfig::badConfigsAreRefusedInWords()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    const auto r = HfConfig::parse(json, QStringLiteral("test"));
    QVERIFY(!r.imported);
    QVERIFY2(r.error.contains(says), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestHfConfig)
#include "tst_hfconfig.moc"
