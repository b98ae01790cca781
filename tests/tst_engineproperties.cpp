// Properties that must hold for every model × box × format in the catalog.
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
    void verdictThresholds();
    void prefillAndAnswerByHand();
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
            if (h.isCloud())
                continue;
            for (const QuantFormat &q : Quantization::namedFormats()) {
                Estimate previous;
                bool first = true;
                for (const double context : kContexts) {
                    Scenario s;
                    s.quant = q;
                    s.contextTokens = context;
                    const Estimate e = Engine::estimate(m, h, s, catalog.calibrationFor(h.backend));
                    QVERIFY2(e.ok() && allFinite(e), qPrintable(m.id + QLatin1Char('/') + h.id));
                    if (!first) {
                        QVERIFY(e.totalBytes >= previous.totalBytes);
                        QVERIFY(e.kvCacheBytes >= previous.kvCacheBytes);
                        QVERIFY(*e.decodeTokS <= *previous.decodeTokS);
                        QVERIFY(*e.decodeCeilingTokS <= *previous.decodeCeilingTokS);
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
            if (h.isCloud())
                continue;
            for (const double efficiency : {0.0, 0.5, 1.0}) {
                for (const int batch : {1, 8}) {
                    Scenario s;
                    s.efficiency = efficiency;
                    s.batch = batch;
                    const Estimate e = Engine::estimate(m, h, s, catalog.calibrationFor(h.backend));
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
            if (h.isCloud())
                continue;
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
    for (const int gpus : {1, 2, 4, 8}) {
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

void TestEngineProperties::verdictThresholds()
{
    // Comfortable at ≥ 20 % of usable memory spare; tight below; no-fit when negative.
    HardwareSpec box;
    box.memoryBytesPerGpu = 100e9;
    box.usableBytesPerGpu = 100e9;
    box.bandwidthBytesPerSecond = 1e12;
    ModelSpec m;
    m.paramsTotal = m.paramsActive = 1e9;
    m.layers = 1;
    const double fixed = Engine::overheadBytes(1, 1, 1);
    for (const auto &[weightsGB, verdict] : {std::pair{79.0, Verdict::Comfortable}, std::pair{81.0, Verdict::Tight},
                                             std::pair{99.0, Verdict::Tight}, std::pair{101.0, Verdict::NoFit}}) {
        Scenario s = scenario("F16", 1);
        m.knownFiles.insert(s.quant.name, KnownFile{weightsGB * 1e9 - fixed, {}});
        QCOMPARE(verdictName(Engine::estimate(m, box, s, {}).verdict), verdictName(verdict));
    }
}

void TestEngineProperties::prefillAndAnswerByHand()
{
    // Devstral 2 on an RTX PRO 6000 (500 dense FP16 TFLOPS), 4,096-token prompt:
    // 2 × 123e9 × 4096 ÷ (500e12 × 40 %) = 5.038 s.
    Scenario s = scenario("INT4", 8192);
    s.promptTokens = 4096;
    const Estimate e = run("devstral-2", "rtx-pro-6000", s);
    QVERIFY(e.prefillSeconds.has_value());
    QVERIFY(qAbs(*e.prefillSeconds - 2.0 * 123e9 * 4096 / (500e12 * 0.40)) < 1e-9);
    QVERIFY(qAbs(*e.answerSeconds - (*e.prefillSeconds + 500 / *e.decodeTokS)) < 1e-9);
    // A box with unknown compute has no prefill figure and so no answer time: unknown, not zero.
    HardwareSpec noCompute = hardware("rtx-pro-6000");
    noCompute.tflopsFp16 = 0;
    const Estimate unknown = Engine::estimate(model("devstral-2"), noCompute, s, {});
    QVERIFY(!unknown.prefillSeconds && !unknown.answerSeconds);
}

QTEST_GUILESS_MAIN(TestEngineProperties)
#include "tst_engineproperties.moc"
