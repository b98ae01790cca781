// Decode speed: physics first (bytes ÷ bandwidth, fixed costs that do not shrink), constants
// fitted on published measurements, and an error reported on sources the fit never saw.
#include "batchedfit.h"
#include "catalog.h"
#include "engine.h"
#include "offloadfit.h"
#include "prefillfit.h"
#include "prefillmeasurement.h"
#include "speedfit.h"
#include "testsupport.h"
#include "units.h"

#include <QFile>
#include <QSet>

#include <cmath>

using namespace Headroom;
using namespace Headroom::Test;

class TestSpeedModel : public QObject
{
    Q_OBJECT

private slots:
    void fitRecoversSyntheticConstants();
    void measurementsAreSourcedAndBroad();
    void heldOutSourcesArePredicted();
    void olderBuildsAreKeptButNotFitted();
    void nothingExceedsItsCeilingAndRangesHoldThePoint();
    void moeBatchesShareExperts();
    void severalDevicesSaturate();
    void offloadPutsWeightsInHostRam();
    void aCountOfExpertLayersPlacesThemInTheHost();
    void manySequencesBendFromMemoryToCompute();
    void offloadedExpertsMatchPublishedRuns();
    void prefillAndTimeToFirstToken();
    void prefillMeasurementsAreSourcedAndBroad();
    void prefillPhysics();
    void prefillFitRecoversSyntheticConstants();
    void prefillHoldsOnPublishersItNeverSaw();
};

namespace {
SpeedMeasurement synthetic(const QString &cls, double bandwidthGbs, double fileGb, int layers, double depth,
                           const DecodeCalibration &truth)
{
    SpeedMeasurement m;
    m.source = QStringLiteral("synthetic");
    m.speedClass = cls;
    m.bandwidth = bandwidthGbs * 1e9;
    m.paramsTotal = m.paramsActive = fileGb * 2e9;
    m.layers = layers;
    m.fileBytes = fileGb * 1e9;
    m.kvBytesPerToken = 131072;
    m.depthTokens = depth;
    m.tokensPerSecond = 1.0 / SpeedFit::decodeSeconds(truth, SpeedFit::workOf(m));
    return m;
}
} // namespace

void TestSpeedModel::fitRecoversSyntheticConstants()
{
    DecodeCalibration truth;
    truth.efficiency = 0.82;
    truth.kvEfficiency = 0.5;
    truth.perLayerSeconds = 25e-6;
    truth.perTokenSeconds = 0.6e-3;
    QList<SpeedMeasurement> rows;
    for (const double bw : {200.0, 450.0, 900.0, 1800.0, 3300.0})
        for (const double gb : {2.0, 5.0, 16.0, 40.0})
            for (const int layers : {28, 64})
                for (const double depth : {64.0, 4096.0})
                    rows.append(synthetic(QStringLiteral("cuda"), bw, gb, layers, depth, truth));
    const DecodeCalibration fitted = SpeedFit::classOf(SpeedFit::fit(rows), QStringLiteral("cuda"));
    QVERIFY2(qAbs(fitted.efficiency / truth.efficiency - 1) < 0.03, qPrintable(QString::number(fitted.efficiency)));
    QVERIFY2(qAbs(fitted.kvEfficiency / truth.kvEfficiency - 1) < 0.05,
             qPrintable(QString::number(fitted.kvEfficiency)));
    QVERIFY2(qAbs(fitted.perLayerSeconds - truth.perLayerSeconds) < 5e-6,
             qPrintable(QString::number(fitted.perLayerSeconds)));
    QVERIFY2(qAbs(fitted.perTokenSeconds - truth.perTokenSeconds) < 0.2e-3,
             qPrintable(QString::number(fitted.perTokenSeconds)));
}

void TestSpeedModel::measurementsAreSourcedAndBroad()
{
    const QList<SpeedMeasurement> &rows = SpeedFit::embeddedMeasurements();
    QVERIFY(rows.size() >= 200);
    QSet<QString> devices, sources;
    int moe = 0, deep = 0;
    for (const SpeedMeasurement &m : rows) {
        QVERIFY2(m.url.startsWith(QLatin1String("https://")) && !m.asOf.isEmpty(), qPrintable(m.device));
        devices.insert(m.device);
        sources.insert(m.source);
        moe += m.isMoe() ? 1 : 0;
        deep += m.depthTokens > 500 ? 1 : 0;
    }
    QVERIFY(devices.size() >= 30);
    QVERIFY(sources.size() >= 4);
    QVERIFY(moe >= 30);
    QVERIFY(deep >= 100);
}

void TestSpeedModel::heldOutSourcesArePredicted()
{
    // Each source predicted by a fit that never saw it (headroom validate prints the same).
    const SpeedFit::Validation v = SpeedFit::validate(SpeedFit::embeddedMeasurements());
    for (const SpeedFit::SourceError &e : v.perSource)
        qInfo("held out %-16s %3d rows: median %.1f %%, p90 %.1f %%, inside the range %.0f %%", qPrintable(e.source),
              e.rows, e.medianAbsError * 100, e.p90AbsError * 100, e.coverage * 100);
    qInfo("overall %d rows: median %.1f %%, p90 %.1f %%, inside the range %.0f %%", v.overall.rows,
          v.overall.medianAbsError * 100, v.overall.p90AbsError * 100, v.overall.coverage * 100);
    // The targets, on publications the fit never saw (the README states the figures).
    QVERIFY(v.overall.medianAbsError <= SpeedFit::kTargetMedianError);
    QVERIFY(v.overall.p90AbsError <= SpeedFit::kTargetP90Error);
    QVERIFY(v.overall.coverage >= SpeedFit::kTargetCoverage);
}

void TestSpeedModel::olderBuildsAreKeptButNotFitted()
{
    const QList<SpeedMeasurement> &rows = SpeedFit::embeddedMeasurements();
    int current = 0, older = 0;
    for (const SpeedMeasurement &m : rows)
        (m.asOf >= QLatin1String(SpeedFit::kCurrentBuildsSince) ? current : older) += 1;
    QVERIFY(older > 0); // the file keeps them, with their source
    int fitted = 0;
    for (const DecodeCalibration &c : SpeedFit::embeddedFit().classes)
        fitted += c.samples;
    QCOMPARE(fitted, current);
    const SpeedFit::Validation v = SpeedFit::validate(rows);
    QCOMPARE(v.overall.rows, current);
    int reported = 0;
    for (const SpeedFit::SourceError &e : v.olderBuilds)
        reported += e.rows;
    QCOMPARE(reported, older);
    // Every held-out row names a current measurement and a range that holds its prediction.
    QCOMPARE(v.rows.size(), qsizetype(current));
    for (const SpeedFit::HeldOut &h : v.rows) {
        QVERIFY(rows.at(h.row).asOf >= QLatin1String(SpeedFit::kCurrentBuildsSince));
        QVERIFY(h.low <= h.predicted && h.predicted <= h.high);
    }
}

void TestSpeedModel::nothingExceedsItsCeilingAndRangesHoldThePoint()
{
    const Catalog &c = CatalogLoader::embedded();
    for (const ModelSpec &m : c.models) {
        for (const HardwareSpec &h : c.hardware) {
            for (const int batch : {1, 8}) {
                Scenario s;
                s.batch = batch;
                const Estimate e = Engine::estimate(m, h, s, c.calibrationFor(h), c.findHost(h.hostId));
                if (!e.runs())
                    continue;
                const QString pair = m.id + QLatin1Char('/') + h.id;
                QVERIFY2(*e.decodeTokS <= *e.decodeCeilingTokS * (1 + 1e-9), qPrintable(pair));
                QVERIFY2(*e.decodeLowTokS <= *e.decodeTokS && *e.decodeTokS <= *e.decodeHighTokS, qPrintable(pair));
                QVERIFY2(*e.decodeHighTokS <= *e.decodeCeilingTokS * (1 + 1e-9), qPrintable(pair));
                QVERIFY2(std::isfinite(*e.decodeTokS) && *e.decodeTokS > 0, qPrintable(pair));
            }
        }
    }
}

void TestSpeedModel::moeBatchesShareExperts()
{
    // A batch of MoE sequences reads the experts they share once: aggregate speed grows with the
    // batch, sub-linearly, instead of staying flat.
    Scenario one;
    one.contextTokens = 4096;
    Scenario eight = one;
    eight.batch = 8;
    const Estimate a = run("qwen3-coder-30b-a3b", "rtx-pro-6000", one);
    const Estimate b = run("qwen3-coder-30b-a3b", "rtx-pro-6000", eight);
    QVERIFY(a.runs() && b.runs());
    QVERIFY(*b.aggregateTokS > 1.5 * *a.aggregateTokS);
    QVERIFY(*b.aggregateTokS < 8.0 * *a.aggregateTokS);
    QVERIFY(b.bytesPerToken < 8.0 * a.bytesPerToken); // shared experts are read once per step
}

void TestSpeedModel::severalDevicesSaturate()
{
    // 4×H200 over NVSwitch runs tensor parallel: faster than one GPU, far from 4×, and a dense
    // 123B model is nowhere near the thousands of tok/s the old estimate printed.
    Scenario s;
    s.gpus = 1;
    const Estimate single = run("devstral-2", "h200-4x", s);
    s.gpus = 4;
    const Estimate four = run("devstral-2", "h200-4x", s);
    QCOMPARE(four.parallelMode, SpeedFit::ParallelMode::TensorParallel);
    QVERIFY(four.extrapolated); // no tensor-parallel measurements behind it
    QVERIFY(*four.decodeTokS > *single.decodeTokS);
    QVERIFY(*four.decodeTokS < 3.0 * *single.decodeTokS);
    QVERIFY(*four.decodeTokS < 300);
    // Layer split (llama.cpp's default over PCIe) adds memory, not speed.
    s.parallel = Scenario::Parallel::LayerSplit;
    const Estimate split = run("devstral-2", "h200-4x", s);
    QCOMPARE(split.parallelMode, SpeedFit::ParallelMode::LayerSplit);
    QVERIFY(*split.decodeTokS <= *single.decodeTokS);
    // NVLink pairs default to tensor parallel, PCIe cards to layer split.
    const Scenario rig;
    QCOMPARE(run("llama-3.1-70b", "rtx-3090-2x-nvlink", rig).parallelMode, SpeedFit::ParallelMode::TensorParallel);
    QCOMPARE(run("qwen3-coder-30b-a3b", "arc-pro-b60-dual", rig).parallelMode, SpeedFit::ParallelMode::LayerSplit);
}

void TestSpeedModel::offloadPutsWeightsInHostRam()
{
    const Catalog &c = CatalogLoader::embedded();
    const HardwareSpec &card = hardware("rtx-5090");
    const HostSpec *host = c.findHost(card.hostId);
    QVERIFY(host);
    Scenario s;
    s.quant = Quantization::parse(QStringLiteral("Q4_K_M"));
    const Estimate off = Engine::estimate(model("llama-3.1-70b"), card, s, c.calibrationFor(card), host);
    QCOMPARE(off.verdict, Verdict::NoFit); // offload is opt-in: the seed article's verdict stays
    s.allowOffload = true;
    const Estimate on = Engine::estimate(model("llama-3.1-70b"), card, s, c.calibrationFor(card), host);
    QCOMPARE(on.verdict, Verdict::Offload);
    QVERIFY(on.offloadedBytes > 10e9 && on.offloadedBytes < on.weightsBytes);
    QVERIFY(on.extrapolated);
    // Host RAM bandwidth bounds the speed: never faster than reading the offloaded share from
    // host RAM alone, and far below what the card alone would do.
    const double hostOnlySeconds = on.hostBytesPerStep / host->ramBandwidthBytesPerSecond;
    QVERIFY(1.0 / *on.decodeTokS >= hostOnlySeconds);
    QVERIFY(*on.decodeTokS < 10);
    // A unified box has no separate RAM to offload to.
    const HardwareSpec &mac = hardware("m5-max-128");
    const Estimate unified = Engine::estimate(model("glm-5.2"), mac, s, c.calibrationFor(mac), nullptr);
    QCOMPARE(unified.verdict, Verdict::NoFit);
    // An MoE model offloads experts first: the GPU keeps what every token reads.
    const HardwareSpec &pro = hardware("rtx-pro-6000");
    const Estimate moe =
        Engine::estimate(model("qwen3-coder-480b"), pro, s, c.calibrationFor(pro), c.findHost(pro.hostId));
    QCOMPARE(moe.verdict, Verdict::Offload);
    QVERIFY(moe.hostBytesPerStep < moe.bytesPerToken);
}

// --n-cpu-moe N: the experts of N layers in the host whatever fits; what stays must fit the GPU
// and what goes must fit the host. Hand arithmetic on the engine's own split.
void TestSpeedModel::aCountOfExpertLayersPlacesThemInTheHost()
{
    const Catalog &c = CatalogLoader::embedded();
    const HardwareSpec &card = hardware("rtx-3090");
    HostSpec host;
    host.ramBytes = Units::gibToBytes(256);
    host.ramBandwidthBytesPerSecond = 100e9;
    const ModelSpec &oss = model("gpt-oss-120b");
    Scenario s;
    s.allowOffload = true;
    const auto at = [&](int layers) {
        Scenario placed = s;
        placed.cpuMoeLayers = layers;
        return Engine::estimate(oss, card, placed, c.calibrationFor(card), &host);
    };
    const Estimate automatic = Engine::estimate(oss, card, s, c.calibrationFor(card), &host);
    QCOMPARE(automatic.verdict, Verdict::Offload);
    const Estimate all = at(Scenario::kAllLayers);
    QCOMPARE(all.verdict, Verdict::Offload);
    QCOMPARE(all.cpuExpertLayers, oss.layers);
    QCOMPARE(all.hostCrossings, 2 * oss.layers);
    // Every layer's experts: all but the dense part in the host. 30 of 36 layers: 30/36 of them.
    const double experts = all.offloadedBytes;
    QVERIFY(experts > 0.9 * all.weightsBytes && experts < all.weightsBytes);
    const Estimate most = at(30);
    QCOMPARE(most.verdict, Verdict::Offload);
    QCOMPARE(most.cpuExpertLayers, 30);
    QCOMPARE(most.hostCrossings, 60);
    QVERIFY(qAbs(most.offloadedBytes - experts * 30 / oss.layers) < 1.0);
    // Half of them leaves 35 GB on a 24 GB card.
    QCOMPARE(at(oss.layers / 2).verdict, Verdict::NoFit);
    // More in the host reads more over its slower bus.
    QVERIFY(*all.decodeTokS < *automatic.decodeTokS);
    // Too few layers leaves more on the 24 GB card than it holds: no fit, whatever the host.
    QCOMPARE(at(2).verdict, Verdict::NoFit);
    QVERIFY(!at(2).decodeTokS);
    // …and says which side is short: here the GPU (the host could lend it all).
    QCOMPARE(at(2).placedExpertLayers, 2);
    QVERIFY(at(2).placedHostBytes < at(2).hostUsableBytes);
    // A host that cannot hold every expert cannot take --cpu-moe.
    host.ramBytes = Units::gibToBytes(48);
    QCOMPARE(at(Scenario::kAllLayers).verdict, Verdict::NoFit);
    QVERIFY(at(Scenario::kAllLayers).placedHostBytes > at(Scenario::kAllLayers).hostUsableBytes);
    host.ramBytes = Units::gibToBytes(256);
    // A model that fits: a count still moves its experts (slower, verdict offload); zero moves none.
    const ModelSpec &small = model("gpt-oss-20b");
    Scenario fits = s;
    const Estimate onCard = Engine::estimate(small, card, fits, c.calibrationFor(card), &host);
    QVERIFY(verdictRuns(onCard.verdict) && onCard.verdict != Verdict::Offload);
    fits.cpuMoeLayers = 12;
    const Estimate moved = Engine::estimate(small, card, fits, c.calibrationFor(card), &host);
    QCOMPARE(moved.verdict, Verdict::Offload);
    QVERIFY(*moved.decodeTokS < *onCard.decodeTokS);
    // The prompt's micro-batches copy the host's weights to the GPU over PCIe: each one pays for them.
    QVERIFY(*moved.prefillSeconds > *onCard.prefillSeconds);
    const DecodeCalibration cal = c.calibrationFor(card);
    const double streamed =
        std::ceil(s.promptTokens / Prefill::kDefaultUbatch) * moved.offloadedBytes / cal.offload.pcieBytesPerSecond;
    QVERIFY(qAbs(*moved.prefillSeconds - *onCard.prefillSeconds - streamed) < 1e-9 * streamed + 1e-12);
    fits.cpuMoeLayers = 0;
    QCOMPARE(Engine::estimate(small, card, fits, c.calibrationFor(card), &host).verdict, onCard.verdict);
    // A dense model has no routed experts: the count changes nothing.
    Scenario dense = s;
    dense.cpuMoeLayers = 10;
    const Estimate devstral = Engine::estimate(model("devstral-small-2"), card, dense, c.calibrationFor(card), &host);
    QCOMPARE(devstral.offloadedBytes, 0.0);
    QVERIFY(devstral.verdict != Verdict::Offload);
}

// Many sequences (issue 25): the published llama-batched-bench rows, sourced; a step of B
// sequences costs more than one (their multiplies and caches) but far less than B steps; one
// sequence is what the single-sequence fit says whatever the batched constants; and the compute
// term is what the held-out rows at 16 and 32 sequences need.
void TestSpeedModel::manySequencesBendFromMemoryToCompute()
{
    QFile file(QStringLiteral(HEADROOM_TEST_DATA "/measurements/batched-measurements.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList errors;
    const QList<Batched::Measurement> published = Batched::parse(file.readAll(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QSet<QString> sources, devices;
    for (const Batched::Measurement &m : published) {
        QVERIFY(!m.source.isEmpty() && !m.asOf.isEmpty());
        sources.insert(m.source);
        devices.insert(m.deviceKey);
    }
    QVERIFY(sources.size() >= 3 && devices.size() >= 4);

    QStringList skipped;
    const QList<Batched::Row> rows = embeddedBatchedRows(&skipped);
    QVERIFY2(rows.size() >= 300, qPrintable(skipped.join(u'\n')));
    const BatchedCalibration &fitted = embeddedBatchedFit();
    QVERIFY(fitted.samples >= 200 && fitted.computeFactor > 0);
    BatchedCalibration memoryOnly = fitted;
    memoryOnly.computeFactor = 0.0;
    QList<double> withCompute, without;
    for (const Batched::Row &r : rows) {
        if (r.olderBuild)
            continue;
        const double fittedTokS = Batched::predictedTokS(r, fitted);
        QVERIFY(fittedTokS > 0);
        if (r.sequences == 1) {
            QCOMPARE(fittedTokS, Batched::predictedTokS(r, memoryOnly));
            continue;
        }
        // More sequences: more aggregate, less each.
        Batched::Row single = r;
        single.scenario.batch = 1;
        const double one = Batched::predictedTokS(single, fitted);
        QVERIFY2(fittedTokS > one && fittedTokS < r.sequences * one,
                 qPrintable(
                     QStringLiteral("%1 B=%2: %3 vs one %4").arg(r.source).arg(r.sequences).arg(fittedTokS).arg(one)));
        if (r.sequences >= 16) {
            withCompute.append(std::abs(fittedTokS / r.measured - 1.0));
            without.append(std::abs(Batched::predictedTokS(r, memoryOnly) / r.measured - 1.0));
        }
    }
    std::sort(withCompute.begin(), withCompute.end());
    std::sort(without.begin(), without.end());
    QVERIFY(!withCompute.isEmpty());
    const double medianWith = withCompute.at(withCompute.size() / 2);
    const double medianWithout = without.at(without.size() / 2);
    qInfo("B >= 16: median error %.3f with the compute term, %.3f without", medianWith, medianWithout);
    QVERIFY2(medianWith < medianWithout,
             qPrintable(QStringLiteral("%1 with the compute term, %2 without").arg(medianWith).arg(medianWithout)));

    // Held out: each publication predicted by a fit that never saw it, within the target.
    const Batched::Validation v = Batched::validate(rows);
    QVERIFY2(v.overall.medianAbsError <= Batched::kTargetMedianError,
             qPrintable(QString::number(v.overall.medianAbsError)));
    QVERIFY(v.perSource.size() >= 3);
}

// Weights in the host (issue 25): published llama.cpp partial-offload runs, each with its source
// and the host's RAM; every excluded row says why; each publication predicted by a fit that never
// saw it. The hand-overs and a measured share of the host's bandwidth are what the rows need: the
// model before them (75 % of the bandwidth, nothing else) is further off.
void TestSpeedModel::offloadedExpertsMatchPublishedRuns()
{
    QFile file(QStringLiteral(HEADROOM_TEST_DATA "/measurements/offload-measurements.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList errors;
    const QList<Offload::Measurement> published = Offload::parse(file.readAll(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QVERIFY(published.size() >= 100);
    QStringList skipped;
    const QList<Offload::Row> rows = embeddedOffloadRows(&skipped);
    QSet<QString> publications;
    int decodeRows = 0;
    for (const Offload::Row &r : rows) {
        if (!r.prompt) {
            ++decodeRows;
            publications.insert(r.source);
        }
    }
    // Issue 25's floor: 30 decode rows from 5 publications.
    QVERIFY2(decodeRows >= Offload::kTargetRows && publications.size() >= Offload::kTargetPublications,
             qPrintable(skipped.join(u'\n')));
    for (const Offload::Measurement &m : published) {
        if (!m.excluded.isEmpty())
            continue;
        QVERIFY2(m.hostBandwidth > 0, qPrintable(m.source));
    }

    const Offload::Validation v = Offload::validate(rows);
    QVERIFY2(v.overall.medianAbsError <= Offload::kTargetMedianError,
             qPrintable(QString::number(v.overall.medianAbsError)));
    QVERIFY2(v.prompt.rows >= 8 && v.prompt.medianAbsError <= 0.25,
             qPrintable(QString::number(v.prompt.medianAbsError)));
    OffloadCalibration before;
    before.hostEfficiency = 0.75;
    before.crossingSeconds = 0.0;
    QList<double> was;
    for (const Offload::Row &r : rows) {
        if (!r.prompt)
            was.append(std::abs(Offload::predictedTokS(r, before) / r.measured - 1.0));
    }
    std::sort(was.begin(), was.end());
    const double wasMedian = was.at(was.size() / 2);
    qInfo("offload decode: held-out median %.3f; the model before the fit %.3f", v.overall.medianAbsError, wasMedian);
    QVERIFY(v.overall.medianAbsError < wasMedian);
    // The fitted constants stay physical: the host never beats its RAM's peak, a hand-over costs time,
    // and PCIe is slower than PCIe 5.0 x16.
    const OffloadCalibration &o = embeddedOffloadFit();
    QVERIFY(o.hostEfficiency > 0.2 && o.hostEfficiency <= 1.0);
    QVERIFY(o.crossingSeconds >= 0 && o.pcieBytesPerSecond <= 64e9);
}

void TestSpeedModel::prefillAndTimeToFirstToken()
{
    Scenario s;
    s.promptTokens = 4096;
    const Estimate e = run("devstral-small-2", "rtx-4090", s);
    QVERIFY(e.prefillTokS && e.ttftSeconds);
    QCOMPARE(*e.ttftSeconds, 4096 / *e.prefillTokS);
    s.promptTokens = 32768; // attention over a long prompt makes each token dearer
    const Estimate longer = run("devstral-small-2", "rtx-4090", s);
    QVERIFY(*longer.prefillTokS < *e.prefillTokS);
    // No TFLOPS published: no prefill figure rather than a made-up one.
    HardwareSpec unknown = hardware("rtx-4090");
    unknown.tflops.reset();
    QVERIFY(!Engine::estimate(model("devstral-small-2"), unknown, s, CatalogLoader::embedded().calibrationFor(unknown))
                 .ttftSeconds);
}

// The prompt-processing data the next speed model is fitted on (issue 24): at least 150 rows a fit
// may use, from at least 10 publications, every row with its source and date, every excluded row
// with its reason, and the file read whole (a row the parser refuses is a defect of the file).
void TestSpeedModel::prefillMeasurementsAreSourcedAndBroad()
{
    QFile file(QStringLiteral(HEADROOM_TEST_DATA "/measurements/prefill-measurements.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList errors;
    const QList<PrefillMeasurement> rows = parsePrefillMeasurements(file.readAll(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QSet<QString> publications, devices, backends;
    int fittable = 0;
    for (const PrefillMeasurement &m : rows) {
        QVERIFY2(!m.source.isEmpty() && !m.asOf.isEmpty(), qPrintable(m.device));
        QVERIFY2(m.url.startsWith(QLatin1String("http")) || !m.fittable(), qPrintable(m.source));
        if (!m.fittable())
            continue;
        QVERIFY2(m.promptTokens > 0, qPrintable(m.source + u' ' + m.test)); // a rate needs its prompt length
        ++fittable;
        publications.insert(m.source);
        devices.insert(m.device);
        backends.insert(m.backend);
    }
    QVERIFY2(fittable >= 150, qPrintable(QString::number(fittable)));
    QVERIFY2(publications.size() >= 10, qPrintable(QString::number(publications.size())));
    QVERIFY2(devices.size() >= 30, qPrintable(QString::number(devices.size())));
    for (const char *backend : {"CUDA", "Metal", "Vulkan", "ROCm"})
        QVERIFY2(backends.contains(QLatin1String(backend)), backend);
    // A row with an impossible value is refused by name, not read as a zero.
    QStringList refused;
    const QByteArray bad = "source,url,as_of,device,pp_tok_s\nx,https://a,2026,GPU,-5\ny,https://a,2026,GPU,abc\n";
    QVERIFY(parsePrefillMeasurements(bad, &refused).isEmpty());
    QCOMPARE(refused.size(), 2);
}

namespace {
Prefill::Work promptWork()
{
    Prefill::Work w;
    w.matmulFlopsPerToken = 2.0 * 27e9;
    w.kvElementsPerToken = 16 * 2 * 4 * 256; // 16 full-attention layers, 4 KV heads of 256
    w.promptTokens = 4096;
    w.weightBytes = 16e9;
    w.layers = 64;
    w.matrixRate = 660e12;
    w.bandwidth = 1008e9;
    return w;
}
const ModelSpec *catalogModel(const QString &key)
{
    return CatalogLoader::embedded().findModel(key);
}
} // namespace

// The prefill model's physics: deeper prompts, smaller experts and fewer devices are slower; a
// layer split pipelines micro-batches; nothing exceeds the path's peak.
void TestSpeedModel::prefillPhysics()
{
    PrefillCalibration c;
    c.efficiency = 0.3;
    const Prefill::Work w = promptWork();
    const double base = Prefill::seconds(c, w);
    QVERIFY(base > 0);
    Prefill::Work deeper = w;
    deeper.depthTokens = 32768;
    QVERIFY(Prefill::seconds(c, deeper) > base);
    Prefill::Work moe = w;
    moe.moe = true;
    moe.routedShare = 8.0 / 256; // 16 tokens per expert of a 512-token micro-batch: half speed
    c.moeHalfTokens = 16;
    c.layerSeconds = 0;
    Prefill::Work noWeights = w;
    noWeights.weightBytes = 0;
    moe.weightBytes = 0;
    QVERIFY(std::abs(Prefill::seconds(c, moe) / Prefill::seconds(c, noWeights) - 2.0) < 1e-9);
    // The compute ceiling: at full efficiency and nothing else, 2 × parameters per token at peak.
    PrefillCalibration ideal;
    ideal.efficiency = 1.0;
    ideal.attention = 0;
    ideal.layerSeconds = 0;
    QVERIFY(std::abs(w.promptTokens / Prefill::seconds(ideal, noWeights) - 660e12 / (2 * 27e9)) < 1e-6);
    // Four devices splitting layers take turns but pipeline the 8 micro-batches: 32 ÷ 11 faster.
    Prefill::Work split = w;
    split.devices = 4;
    QVERIFY(std::abs(Prefill::seconds(c, w) / Prefill::seconds(c, split) - 32.0 / 11.0) < 1e-9);
    // No rate: no figure, never a division by zero.
    Prefill::Work none = w;
    none.matrixRate = 0;
    QCOMPARE(Prefill::seconds(c, none), 0.0);
    // The paths: quantized weights take INT8 where the runtime has it, Metal stays on FP16.
    QCOMPARE(Prefill::pathOf(QStringLiteral("BF16")), Prefill::Path::Float);
    QCOMPARE(Prefill::pathOf(QStringLiteral("Q4_K_M")), Prefill::Path::Quantized);
    QCOMPARE(*Prefill::matrixRate(QStringLiteral("CUDA"), Prefill::Path::Quantized, 165e12, 660e12), 660e12);
    QCOMPARE(*Prefill::matrixRate(QStringLiteral("CUDA"), Prefill::Path::Float, 165e12, 660e12), 165e12);
    QCOMPARE(*Prefill::matrixRate(QStringLiteral("Metal"), Prefill::Path::Quantized, 17e12, 130e12), 17e12);
    QCOMPARE(Prefill::classOf(QStringLiteral("ROCm"), Prefill::Path::Float, false), QStringLiteral("rocm-f"));
    QCOMPARE(Prefill::classOf(QStringLiteral("CUDA"), Prefill::Path::Quantized, true),
             QStringLiteral("cuda-unified-q"));
    QCOMPARE(Prefill::classOf(QStringLiteral("Metal"), Prefill::Path::Float, true), QStringLiteral("metal"));
}

// Rows made by a known calibration give it back.
void TestSpeedModel::prefillFitRecoversSyntheticConstants()
{
    PrefillCalibration truth;
    truth.efficiency = 0.22;
    truth.attention = 2.0;
    truth.moeHalfTokens = 16;
    truth.layerSeconds = 50e-6;
    QList<Prefill::RowWork> rows;
    for (int i = 0; i < 40; ++i) {
        Prefill::RowWork r;
        r.prefillClass = QStringLiteral("cuda-q");
        r.publisher = QStringLiteral("p%1").arg(i % 5);
        r.work = promptWork();
        r.work.promptTokens = 128 << (2 * (i % 4)); // 128 to 8,192: one micro-batch or many
        r.work.layers = 24 + 16 * (i % 5);
        r.work.weightBytes = (4 + i % 7) * 4e9;
        r.work.depthTokens = (i % 3) * 8192;
        r.work.moe = i % 2;
        r.work.routedShare = r.work.moe ? 8.0 / 128 : 1.0;
        r.measured = r.work.promptTokens / Prefill::seconds(truth, r.work);
        rows.append(r);
    }
    const PrefillCalibration c = Prefill::classOf(Prefill::fit(rows), QStringLiteral("cuda-q"));
    QVERIFY2(
        std::abs(c.efficiency / truth.efficiency - 1) < 0.02,
        qPrintable(
            QStringLiteral("%1 %2 %3 %4").arg(c.efficiency).arg(c.attention).arg(c.moeHalfTokens).arg(c.layerSeconds)));
    QCOMPARE(c.attention, truth.attention);
    QCOMPARE(c.moeHalfTokens, truth.moeHalfTokens);
    QCOMPARE(c.layerSeconds, truth.layerSeconds);
    QCOMPARE(c.samples, 40);
}

// Leave one publisher out on the embedded rows (issue 24). What it reaches is asserted so it cannot
// slip; the targets are asserted too and marked as not yet met where they are not.
void TestSpeedModel::prefillHoldsOnPublishersItNeverSaw()
{
    QStringList deviceErrors;
    QFile devices(QStringLiteral(HEADROOM_TEST_DATA "/measurements/prefill-devices.csv"));
    QVERIFY(devices.open(QIODevice::ReadOnly));
    const QHash<QString, PrefillDevice> table = parsePrefillDevices(devices.readAll(), &deviceErrors);
    QVERIFY2(deviceErrors.isEmpty(), qPrintable(deviceErrors.join(u'\n')));
    QVERIFY(table.size() >= 60);
    QStringList skipped;
    const QList<Prefill::RowWork> works =
        Prefill::worksOf(Prefill::embeddedMeasurements(), Prefill::embeddedDevices(), catalogModel, &skipped);
    QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(u'\n'))); // every usable row is predicted
    const Prefill::Validation v = Prefill::validate(works);
    QVERIFY2(v.overall.rows >= 150, qPrintable(QString::number(v.overall.rows)));
    QVERIFY(v.perPublisher.size() >= 10);
    const QString reached = QStringLiteral("median %1, p90 %2, in range %3, width %4")
                                .arg(v.overall.medianAbsError)
                                .arg(v.overall.p90AbsError)
                                .arg(v.overall.coverage)
                                .arg(v.medianRangeWidth);
    qInfo("prefill, leave one publisher out: %s", qPrintable(reached));
    // What the model reaches today (2026-12-07: 31.2 %, 90.1 %, 62.9 %, width 2.4): it must not slip.
    QVERIFY2(v.overall.medianAbsError <= 0.33, qPrintable(reached));
    QVERIFY2(v.overall.p90AbsError <= 0.95, qPrintable(reached));
    QVERIFY2(v.overall.coverage >= 0.60, qPrintable(reached));
    QVERIFY2(v.medianRangeWidth <= 2.6, qPrintable(reached));
    // Efficiencies are shares of a peak: never above it.
    for (const PrefillCalibration &c : embeddedPrefillFit().classes)
        QVERIFY2(c.efficiency > 0.01 && c.efficiency <= 1.0, qPrintable(c.prefillClass));
    // The targets, not met yet (see the README's known limits).
    QEXPECT_FAIL("", "issue 24's median target is not met yet", Continue);
    QVERIFY(v.overall.medianAbsError <= Prefill::kTargetMedianError);
    QEXPECT_FAIL("", "issue 24's p90 target is not met yet", Continue);
    QVERIFY(v.overall.p90AbsError <= Prefill::kTargetP90Error);
    QEXPECT_FAIL("", "issue 24's coverage target is not met yet", Continue);
    QVERIFY(v.overall.coverage >= Prefill::kTargetCoverage);
}

QTEST_GUILESS_MAIN(TestSpeedModel)
#include "tst_speedmodel.moc"
