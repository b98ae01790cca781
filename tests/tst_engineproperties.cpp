// Properties that must hold for every model × box × format in the catalog.
#include "buffers.h"
#include "testsupport.h"

#include <cmath>

using namespace Headroom;
using namespace Headroom::Test;

class TestEngineProperties : public QObject
{
    Q_OBJECT

private slots:
    void moreContextNeverHelps();
    void estimateNeverExceedsCeiling();
    void maxContextIsTheBoundary();
    void memoryCountsAllExpertsSpeedOnlyActive();
    void moreGpusNeverLowerCeiling();
    void verdictThresholds_data();
    void verdictThresholds();
    void verdictPrecedence();
    void gpusBeyondTheBoxAreAnError();
    void asReleasedUsesNativeFormat();
    void prefillAndAnswerByHand();
    void everyLlamaCppPresetHasAnAverage();
};

namespace {
const QList<double> kContexts = {1, 4096, 32768, 131072, 262144, 1048576};

bool allFinite(const Estimate &e)
{
    for (double v : {e.weightsBytes, e.kvCacheBytes, e.overheadBytes, e.totalBytes, e.usableBytes, e.headroomBytes,
                     e.maxContextTokens, e.bytesPerToken}) {
        if (!std::isfinite(v))
            return false;
    }
    for (const auto &v : {e.decodeTokS, e.decodeCeilingTokS, e.decodeLowTokS, e.decodeHighTokS}) {
        if (v && !(std::isfinite(*v) && *v > 0))
            return false;
    }
    return true;
}
} // namespace

void TestEngineProperties::moreContextNeverHelps()
{
    const Catalog &catalog = CatalogLoader::embedded();
    int checked = 0;
    for (const ModelSpec &m : catalog.models) {
        for (const HardwareSpec &h : catalog.hardware) {
            for (const QuantFormat &q : Quantization::namedFormats()) {
                Estimate previous;
                bool first = true;
                for (const double context : kContexts) {
                    Scenario s;
                    s.quant = q;
                    s.contextTokens = context;
                    const Estimate e = Engine::estimate(m, h, s, catalog.calibrationFor(h));
                    QVERIFY2(e.ok() && allFinite(e), qPrintable(m.id + QLatin1Char('/') + h.id));
                    if (!first) {
                        QVERIFY(e.totalBytes >= previous.totalBytes);
                        QVERIFY(e.kvCacheBytes >= previous.kvCacheBytes);
                        QVERIFY(*e.decodeCeilingTokS <= *previous.decodeCeilingTokS);
                        QVERIFY(verdictRank(e.verdict) <= verdictRank(previous.verdict));
                        if (e.runs() && previous.runs())
                            QVERIFY(*e.decodeTokS <= *previous.decodeTokS);
                    }
                    previous = e;
                    first = false;
                    ++checked;
                }
            }
        }
    }
    QVERIFY(checked > 1000);
}

void TestEngineProperties::estimateNeverExceedsCeiling()
{
    const Catalog &catalog = CatalogLoader::embedded();
    for (const ModelSpec &m : catalog.models) {
        for (const HardwareSpec &h : catalog.hardware) {
            for (const double efficiency : {0.0, 0.5, 1.0}) {
                for (const int batch : {1, 8}) {
                    Scenario s;
                    s.efficiency = efficiency;
                    s.batch = batch;
                    const Estimate e = Engine::estimate(m, h, s, catalog.calibrationFor(h));
                    QVERIFY(e.ok());
                    // A pair that does not run has a ceiling and no speed: never a bare tok/s.
                    QCOMPARE(e.decodeTokS.has_value(), e.runs());
                    if (!e.runs())
                        continue;
                    QVERIFY(*e.decodeTokS <= *e.decodeCeilingTokS);
                    QVERIFY(*e.decodeHighTokS <= *e.decodeCeilingTokS);
                    QVERIFY(*e.decodeLowTokS <= *e.decodeTokS);
                }
            }
        }
    }
}

void TestEngineProperties::maxContextIsTheBoundary()
{
    const Catalog &catalog = CatalogLoader::embedded();
    int boundaries = 0;
    for (const ModelSpec &m : catalog.models) {
        for (const HardwareSpec &h : catalog.hardware) {
            Scenario s;
            const Estimate e = Engine::estimate(m, h, s, {});
            if (e.maxContextTokens < 1)
                continue;
            Scenario atMax = s;
            atMax.contextTokens = e.maxContextTokens;
            QVERIFY2(Engine::estimate(m, h, atMax, {}).headroomBytes >= 0, qPrintable(m.id + QLatin1Char('/') + h.id));
            if (e.maxContextTokens < m.maxContext) { // not capped by the model: one more token must not fit
                Scenario beyond = s;
                beyond.contextTokens = e.maxContextTokens + 2;
                QVERIFY2(Engine::estimate(m, h, beyond, {}).headroomBytes < 0,
                         qPrintable(m.id + QLatin1Char('/') + h.id));
                ++boundaries;
            }
        }
    }
    QVERIFY(boundaries > 10);
}

void TestEngineProperties::memoryCountsAllExpertsSpeedOnlyActive()
{
    // GLM-5.2: 744B total, 40B active. Memory scales with 744, bytes read with 40.
    const Estimate e = run("glm-5.2", "h200-4x", scenario("INT4", 1));
    QCOMPARE(e.weightsBytes, 744e9 * 0.5);
    QCOMPARE(e.activeWeightsBytes, 40e9 * 0.5);
    QVERIFY(e.bytesPerToken < e.weightsBytes / 10);
}

void TestEngineProperties::moreGpusNeverLowerCeiling()
{
    // The 4× H200 entry offers up to 8 GPUs: 1 → 2 → 4 → 8.
    for (const int gpus : {1, 2, 4}) {
        Scenario s = scenario("INT4", 32768);
        s.gpus = gpus;
        Scenario more = s;
        more.gpus = gpus * 2;
        const Estimate a = run("glm-5.2", "h200-4x", s);
        const Estimate b = run("glm-5.2", "h200-4x", more);
        QVERIFY(*b.decodeCeilingTokS > *a.decodeCeilingTokS);
        QVERIFY(b.usableBytes > a.usableBytes);
    }
}

void TestEngineProperties::verdictThresholds_data()
{
    // Comfortable when free ≥ the smaller of 20 % of usable and 16 GiB; tight below; no-fit when negative.
    QTest::addColumn<double>("usableGB");
    QTest::addColumn<double>("demandGB");
    QTest::addColumn<int>("verdict");
    // 100 GB usable: 20 % is 20 GB, 16 GiB is 17.18 GB, so the margin is 17.18 GB.
    QTest::newRow("100 GB, 18 free") << 100.0 << 82.0 << int(Verdict::Comfortable);
    QTest::newRow("100 GB, 16.5 free") << 100.0 << 83.5 << int(Verdict::Tight);
    QTest::newRow("100 GB, 1 short") << 100.0 << 101.0 << int(Verdict::NoFit);
    // 40 GB usable: 20 % is 8 GB, below 16 GiB.
    QTest::newRow("40 GB, 9 free") << 40.0 << 31.0 << int(Verdict::Comfortable);
    QTest::newRow("40 GB, 7 free") << 40.0 << 33.0 << int(Verdict::Tight);
    // A 4×H200-class node: 110 GiB free is comfortable however large the node.
    QTest::newRow("560 GiB, 110 GiB free") << 560.0 * 1.073741824 << 450.0 * 1.073741824 << int(Verdict::Comfortable);
}

void TestEngineProperties::verdictThresholds()
{
    QFETCH(double, usableGB);
    QFETCH(double, demandGB);
    QFETCH(int, verdict);
    HardwareSpec box;
    box.name = QStringLiteral("box");
    box.memoryBytesPerGpu = usableGB * 1e9;
    box.usableBytesPerGpu = usableGB * 1e9;
    box.bandwidthBytesPerSecond = 1e12;
    ModelSpec m;
    m.paramsTotal = m.paramsActive = 1e9;
    m.layers = 1;
    // The default calibration (its runtime) and a model without a vocabulary (the fallback buffer).
    const double fixed = Engine::overheadBytes(DecodeCalibration{}.runtimeBytesPerDevice,
                                               Engine::Buffers::kFallbackComputeBytes, 1, 1, 1);
    Scenario s = scenario("F16", 1);
    m.knownFiles.insert(s.quant->name, KnownFile{demandGB * 1e9 - fixed, {}});
    const Estimate e = Engine::estimate(m, box, s, {});
    QCOMPARE(verdictKey(e.verdict), verdictKey(Verdict(verdict)));
    QCOMPARE(e.marginBytes, std::min(0.2 * usableGB * 1e9, 16.0 * (1 << 30)));
}

void TestEngineProperties::verdictPrecedence()
{
    // NVFP4 on a Mac at twice the model's context on too small a box: the format is named first.
    Scenario s = scenario("NVFP4", 2.0 * 1024 * 1024);
    QCOMPARE(run("qwen3-coder-next", "m5-max-128", s).verdict, Verdict::UnsupportedFormat);
    s.quant = Quantization::parse(QStringLiteral("Q4_K_M"));
    QCOMPARE(run("qwen3-coder-next", "m5-max-128", s).verdict, Verdict::ExceedsModelContext);
    // gpt-oss-120b stops at 131,072 tokens: 262,144 exceeds it even where memory would allow.
    const Estimate beyond = run("gpt-oss-120b", "rtx-pro-6000", scenario("MXFP4", 262144));
    QCOMPARE(beyond.verdict, Verdict::ExceedsModelContext);
    QCOMPARE(beyond.contextLimitTokens, 131072);
    QVERIFY(!beyond.decodeTokS && beyond.decodeCeilingTokS);
    // Within the context, a model too large for the box does not fit, and has no speed.
    const Estimate noFit = run("devstral-2", "rtx-5090", scenario("Q4_K_M", 32768));
    QCOMPARE(noFit.verdict, Verdict::NoFit);
    QVERIFY(!noFit.decodeTokS && noFit.decodeCeilingTokS);
}

void TestEngineProperties::gpusBeyondTheBoxAreAnError()
{
    Scenario s = scenario("Q4_K_M", 32768);
    s.gpus = 2;
    const Estimate e = run("devstral-small-2", "m5-max-128", s);
    QVERIFY(!e.ok());
    QCOMPARE(e.error->field, QStringLiteral("gpus"));
    QVERIFY(e.error->message.contains(QStringLiteral("at most 1")));
}

void TestEngineProperties::asReleasedUsesNativeFormat()
{
    // gpt-oss ships in MXFP4: its real file (59.02 GiB), not Q4_K_M arithmetic (66.5 GiB).
    Scenario s;
    const Estimate e = run("gpt-oss-120b", "rtx-pro-6000", s);
    QCOMPARE(e.format.name, QStringLiteral("MXFP4"));
    QVERIFY(qAbs(e.weightsBytes / (1 << 30) - 59.02) < 0.01);
    // A model released in BF16 starts at Q4_K_M.
    QCOMPARE(run("devstral-2", "rtx-pro-6000", s).format.name, QStringLiteral("Q4_K_M"));
}

void TestEngineProperties::prefillAndAnswerByHand()
{
    // Devstral 2 (123 B dense, 88 layers, 8 KV heads of 128) at INT4 on an RTX PRO 6000: quantized
    // weights take the INT8 path (1,007.6 TOPS). A 4,096-token prompt in 8 micro-batches of 512:
    //   4096 × (2 × 123e9 + attention × 16 FLOPs × 88 × 8 × 128 × 2 elements × 2048) ÷ (rate × efficiency)
    //   + 8 × (resident weights ÷ (bandwidth × 0.8) + 88 × seconds per layer)
    Scenario s = scenario("INT4", 8192);
    s.promptTokens = 4096;
    const Estimate e = run("devstral-2", "rtx-pro-6000", s);
    QVERIFY(e.prefillSeconds.has_value());
    const HardwareSpec &box = hardware("rtx-pro-6000");
    const PrefillCalibration c = CatalogLoader::embedded().calibrationFor(box).prefillQuantized;
    QCOMPARE(c.prefillClass, QStringLiteral("cuda-q"));
    const double flopsPerToken = 2.0 * 123e9 + c.attention * 16.0 * (88.0 * 8 * 128 * 2) * 2048;
    const double compute = 4096 * flopsPerToken / (*box.int8Tops * 1e12 * c.efficiency);
    const double perBatch =
        (e.weightsBytes + e.lookupTableBytes) / (box.bandwidthBytesPerSecond * 0.8) + 88 * c.layerSeconds;
    QVERIFY(qAbs(*e.prefillSeconds / (compute + 8 * perBatch) - 1.0) < 1e-9);
    // The shown range is the class's spread around it.
    QVERIFY(qAbs(*e.ttftLowSeconds - *e.prefillSeconds / c.rangeHigh) < 1e-9);
    QVERIFY(qAbs(*e.ttftHighSeconds - *e.prefillSeconds / c.rangeLow) < 1e-9);
    QVERIFY(qAbs(*e.answerSeconds - (*e.prefillSeconds + 500 / *e.decodeTokS)) < 1e-9);
    // A box with unknown compute has no prefill figure and so no answer time: unknown, not zero.
    HardwareSpec noCompute = hardware("rtx-pro-6000");
    noCompute.tflops.reset();
    const Estimate unknown = Engine::estimate(model("devstral-2"), noCompute, s, {});
    QVERIFY(!unknown.prefillSeconds && !unknown.answerSeconds);
}

void TestEngineProperties::everyLlamaCppPresetHasAnAverage()
{
    // Every llama.cpp preset by name, each with a whole-file average (or, for the i-quants, its main
    // type's rate) and the reason for the number.
    const QStringList presets = {
        QStringLiteral("Q2_K_S"),  QStringLiteral("Q3_K_S"), QStringLiteral("Q3_K_M"), QStringLiteral("Q3_K_L"),
        QStringLiteral("Q4_0"),    QStringLiteral("Q4_1"),   QStringLiteral("Q4_K_S"), QStringLiteral("Q4_K_M"),
        QStringLiteral("Q5_0"),    QStringLiteral("Q5_1"),   QStringLiteral("Q5_K_S"), QStringLiteral("Q5_K_M"),
        QStringLiteral("Q6_K"),    QStringLiteral("Q8_0"),   QStringLiteral("IQ1_S"),  QStringLiteral("IQ1_M"),
        QStringLiteral("IQ2_XXS"), QStringLiteral("IQ2_XS"), QStringLiteral("IQ2_S"),  QStringLiteral("IQ2_M"),
        QStringLiteral("IQ3_XXS"), QStringLiteral("IQ3_XS"), QStringLiteral("IQ3_S"),  QStringLiteral("IQ3_M"),
        QStringLiteral("IQ4_NL"),  QStringLiteral("IQ4_XS"), QStringLiteral("TQ1_0"),  QStringLiteral("TQ2_0"),
        QStringLiteral("MXFP4"),   QStringLiteral("NVFP4")};
    for (const QString &name : presets) {
        const auto format = Quantization::parse(name.toLower());
        QVERIFY2(format, qPrintable(name));
        QCOMPARE(format->name, name);
        QVERIFY(format->bitsPerWeight > 1.0 && format->bitsPerWeight < 9.0);
        QVERIFY(!format->basis.isEmpty());
    }
    // The mixes from llama-quantize's Llama-3-8B sizes land where the README's measured averages
    // do for the mixes both list (Q3_K_M 3.74 GiB, Q5_K_M 5.33 GiB): the two sources agree.
    const auto llama3 = [](double gib) { return gib * 1024 * 1024 * 1024 * 8 / 8.03e9; };
    QVERIFY(qAbs(llama3(3.74) - Quantization::parse(QStringLiteral("Q3_K_M"))->bitsPerWeight) < 0.02);
    QVERIFY(qAbs(llama3(5.33) - Quantization::parse(QStringLiteral("Q5_K_M"))->bitsPerWeight) < 0.02);
    // Within a family, S < M < L.
    const auto bits = [](const char *n) { return Quantization::parse(QString::fromLatin1(n))->bitsPerWeight; };
    QVERIFY(bits("Q3_K_S") < bits("Q3_K_M") && bits("Q3_K_M") < bits("Q3_K_L"));
    QVERIFY(bits("Q4_K_S") < bits("Q4_K_M") && bits("Q5_K_S") < bits("Q5_K_M"));
    // The lists run from most bits to fewest.
    const auto &all = Quantization::namedFormats();
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).bitsPerWeight >= all.at(i).bitsPerWeight);
}

QTEST_GUILESS_MAIN(TestEngineProperties)
#include "tst_engineproperties.moc"
