// The embedded catalog: complete, traceable, and every pair computable.
#include "testsupport.h"

#include "catalogstore.h"
#include "hardwaretablemodel.h"
#include "staleness.h"
#include "units.h"

#include <QFile>
#include <QJsonDocument>

using namespace Headroom;
using namespace Headroom::Test;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void loadsWithoutErrors();
    void coversTheArticle();
    void everyValueIsTraceable();
    void scoresStaySeparate();
    void estimatedValuesNamePredecessor();
    void everyPairEstimates();
    void correctedValuesStayCorrected();
    void decemberAuditValuesStayCorrected();
    void noValueCitesTheProjectsOwnNotes();
    void aLateTwentyTwentySixBuyerFindsTheirOptions();
    void everyBoxHasPowerAndEveryBareCardAHost();
    void nothingIsZeroAndEveryModelHasANativeFormat();
    void pricesAge_data();
    void pricesAge();
    void stalePricesAreFlaggedWhereTheyShow();
};

void TestCatalog::loadsWithoutErrors()
{
    QFile json(QStringLiteral(":/catalog/catalog.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const CatalogLoadResult result = CatalogLoader::fromJson(json.readAll());
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QVERIFY(result.catalog);
}

void TestCatalog::coversTheArticle()
{
    const Catalog &c = CatalogLoader::embedded();
    for (const char *id :
         {"qwen3-coder-next", "devstral-2", "devstral-small-2", "qwen3-coder-30b-a3b", "nemotron-3-nano",
          "nemotron-3-super", "nemotron-3-ultra", "glm-5.2", "qwen3-coder-480b", "deepseek-v4-pro", "kimi-k2.7-code",
          "gpt-oss-20b", "gpt-oss-120b", "llama-3.1-8b", "llama-3.1-70b", "qwen2.5-coder-32b", "deepseek-v3"})
        QVERIFY2(c.findModel(QString::fromLatin1(id)), id);
    for (const char *id : {"rtx-5090", "rtx-pro-6000", "dgx-spark", "m5-max-128", "m3-ultra-96", "h200-4x", "rtx-3090",
                           "rtx-4090", "h100-sxm", "b200", "strix-halo-128", "m4-max-128"})
        QVERIFY2(c.findHardware(QString::fromLatin1(id)), id);
}

void TestCatalog::everyValueIsTraceable()
{
    const Catalog &c = CatalogLoader::embedded();
    for (const ModelSpec &m : c.models) {
        QVERIFY2(m.paramsSource.isComplete(), qPrintable(m.id));
        QVERIFY2(m.geometrySource.isComplete(), qPrintable(m.id));
        QVERIFY2(m.licenceSource.isComplete(), qPrintable(m.id));
        for (const auto &file : m.knownFiles)
            QVERIFY2(file.provenance.isComplete(), qPrintable(m.id));
        for (const auto &score : {m.sweVerified, m.swePro}) {
            if (score)
                QVERIFY2(score->provenance.isComplete(), qPrintable(m.id));
        }
    }
    for (const HardwareSpec &h : c.hardware) {
        QVERIFY2(h.memorySource.isComplete() && h.bandwidthSource.isComplete(), qPrintable(h.id));
        for (const PriceQuote &q : h.prices)
            QVERIFY2(q.provenance.isComplete() && q.lowUsd > 0, qPrintable(h.id));
        if (h.isUnified())
            QVERIFY2(h.usableSource.isComplete(), qPrintable(h.id)); // unified boxes must say where usable comes from
        if (h.loadWatts)
            QVERIFY2(h.powerSource.isComplete() && *h.loadWatts > 0, qPrintable(h.id));
        if (h.tflops)
            QVERIFY2(h.computeSource.isComplete(), qPrintable(h.id));
    }
}

void TestCatalog::scoresStaySeparate()
{
    const Catalog &c = CatalogLoader::embedded();
    // GLM-5.2 reports only SWE-bench Pro: it must not appear on the Verified axis.
    QVERIFY(!c.findModel(QStringLiteral("glm-5.2"))->sweVerified);
    QCOMPARE(c.findModel(QStringLiteral("glm-5.2"))->swePro->percent, 62.1);
    QVERIFY(c.findModel(QStringLiteral("glm-5.2"))->swePro->vendorReported);
    QCOMPARE(c.findModel(QStringLiteral("devstral-2"))->sweVerified->percent, 72.2);
    QVERIFY(!c.findModel(QStringLiteral("devstral-2"))->swePro);
}

void TestCatalog::estimatedValuesNamePredecessor()
{
    const Catalog &c = CatalogLoader::embedded();
    QCOMPARE(c.findModel(QStringLiteral("devstral-2"))->geometrySource.estimatedFrom.left(16),
             QStringLiteral("Mistral Large 2 "));
    QVERIFY(c.findModel(QStringLiteral("qwen3-coder-next"))
                ->knownFiles.value(QStringLiteral("Q4_K_M"))
                .provenance.estimatedFrom.startsWith(QStringLiteral("Qwen3-Next-80B-A3B")));
}

void TestCatalog::everyPairEstimates()
{
    const Catalog &c = CatalogLoader::embedded();
    for (const ModelSpec &m : c.models) {
        for (const HardwareSpec &h : c.hardware) {
            const Estimate e = Engine::estimate(m, h, {}, c.calibrationFor(h));
            QVERIFY2(e.ok(), qPrintable(m.id + QLatin1Char('/') + h.id));
        }
    }
}

void TestCatalog::correctedValuesStayCorrected()
{
    // The 2026-11 audit's fixes, each checked against its source (catalog-audit-2026-11.md).
    QCOMPARE(model("qwen3-coder-30b-a3b").sweVerified->percent, 51.6); // not the seed's unsourced 64
    QVERIFY(!model("qwen3-coder-30b-a3b").sweVerified->vendorReported);
    QCOMPARE(model("qwen3-coder-next").sweVerified->percent, 70.6); // the report's SWE-Agent figure
    // One reasoning effort for both gpt-oss models, named in the field.
    QCOMPARE(model("gpt-oss-120b").sweVerified->percent, 62.4);
    QCOMPARE(model("gpt-oss-20b").sweVerified->percent, 60.7);
    QVERIFY(model("gpt-oss-120b").sweVerified->note.contains(QStringLiteral("high")));
    QVERIFY(model("glm-5.2").trainingHardware.isEmpty()); // a press claim about GLM-5, not stated for 5.2
    QCOMPARE(hardware("dgx-spark").price(PriceQuote::Kind::Msrp)->lowUsd, 4699.0);
    QVERIFY(!hardware("rtx-pro-6000").price(PriceQuote::Kind::Msrp)); // $8,565 was a reseller's price
    QCOMPARE(*hardware("rx-7900-xtx").loadWatts, 355.0);
    QCOMPARE(*hardware("arc-b580").loadWatts, 190.0);
    QCOMPARE(hardware("strix-halo-128").usableBytesPerGpu, 110.0 * Units::kGiB); // what Vulkan addresses
    QCOMPARE(hardware("rtx-pro-6000").usableBytesPerGpu, 95.59 * Units::kGiB);   // nvidia-smi total
    // TFLOPS on one basis: dense FP16 with FP32 accumulate (GeForce halved; Apple's ALU rate).
    QCOMPARE(*hardware("rtx-4090").tflops, 165.2);
    QVERIFY(*hardware("m4-max-128").tflops < *hardware("m3-ultra-96").tflops);
    // Natively quantized releases are sized as released: gpt-oss-120b's MXFP4 file, not Q4_K_M.
    const Estimate gptOss = run("gpt-oss-120b", "rtx-pro-6000", Scenario{});
    QCOMPARE(gptOss.format.name, QStringLiteral("MXFP4"));
    QVERIFY(qAbs(Units::bytesToGiB(gptOss.weightsBytes) - 59.02) < 0.01);
    QCOMPARE(model("nemotron-3-super").nativeFormat, QStringLiteral("NVFP4"));
}

void TestCatalog::decemberAuditValuesStayCorrected()
{
    // The 2026-12 audit (catalog-audit-2026-12.md), each row listed with its source in
    // tests/data/catalog-changes-2026-12.md.
    const Catalog &c = CatalogLoader::embedded();
    // A1: the weights of MiniMax M2.7 are non-commercial; the owner's own licence file says so.
    QVERIFY(model("minimax-m2.7").licence.contains(QStringLiteral("Non-Commercial")));
    QCOMPARE(model("minimax-m2.7").licenceSource.grade, Grade::Primary);
    QVERIFY(model("minimax-m2.7").licenceSource.source.contains(QStringLiteral("MiniMax-AI/MiniMax-M2.7")));
    QCOMPARE(model("minimax-m2.7").maxContext, 204800); // A2
    QVERIFY(!model("minimax-m2.7").geometrySource.isEstimated());
    QVERIFY(model("minimax-m2.5").licence.startsWith(QStringLiteral("MiniMax Model License"))); // X1
    QVERIFY(model("qwen3-coder-next").swePro->vendorReported);                                  // A5
    QCOMPARE(model("qwen3-coder-next").swePro->percent, 44.3);
    QVERIFY(model("nemotron-3-ultra").nativeFormatSource.source.contains(QStringLiteral("Ultra"))); // A6
    QCOMPARE(model("nemotron-3-ultra").nativeFormatSource.grade, Grade::Secondary);
    // A7–A9: RunPod's published rates per GPU-hour, by tier (its page lists no spot price any
    // more); the $4.76 and $10.57 "on demand" were not RunPod's.
    const auto rental = [&c](const char *box, const char *tier) {
        for (const RentalOffer &r : c.rentalOffers) {
            if (r.hardwareId == QLatin1String(box) && r.provider == QLatin1String("RunPod") &&
                r.tier == QLatin1String(tier))
                return r;
        }
        return RentalOffer{};
    };
    QCOMPARE(rental("h100-sxm", "community").onDemandUsdPerGpuHour.value_or(0), 2.69);
    QCOMPARE(rental("h100-sxm", "secure").onDemandUsdPerGpuHour.value_or(0), 3.99);
    QVERIFY(!rental("h100-sxm", "secure").spotUsdPerGpuHour);
    QCOMPARE(rental("b200", "community").onDemandUsdPerGpuHour.value_or(0), 5.98);
    QCOMPARE(rental("b300", "secure").onDemandUsdPerGpuHour.value_or(0), 7.89);
    // A box of four H200s rents four GPUs: the per-GPU rate times the box's devices.
    QCOMPARE(rental("h200-4x", "secure").onDemandFor(hardware("h200-4x").devices()).value_or(0), 4 * 4.59);
    for (const RentalOffer &r : c.rentalOffers)
        QVERIFY2(!r.onDemandUsdPerHour && r.onDemandUsdPerGpuHour, qPrintable(r.hardwareId + u' ' + r.provider));
    QCOMPARE(*hardware("radeon-ai-pro-r9700").tflops, 191.4); // A10: matrix rate, as the 7900 XTX's
    QCOMPARE(*hardware("b300").int8Tops, 153.5);              // Blackwell Ultra cut INT8: below its FP16 rate
    QCOMPARE(*hardware("b300").fp8Tflops, 4500.0);
    QCOMPARE(*hardware("rtx-3090").int8Tops, 284.0);   // GA102 whitepaper, dense: prefill's quantized path
    QVERIFY(!hardware("mac-mini-m5-pro-64").int8Tops); // none published: unknown, never 0
    QCOMPARE(hardware("radeon-ai-pro-r9700").computeSource.grade, Grade::Derived);
    // B: press copies, wikis and third-party metadata are secondary, never primary.
    for (const char *id : {"rtx-5090", "h100-sxm", "h200-4x", "rx-7900-xtx", "arc-b580"})
        QCOMPARE(hardware(id).memorySource.grade, Grade::Secondary);
    for (const char *id : {"rtx-5090", "h100-sxm", "h200-4x", "arc-b580", "m3-ultra-96"})
        QCOMPARE(hardware(id).bandwidthSource.grade, Grade::Secondary);
    for (const char *id : {"rtx-5090", "rx-7900-xtx", "arc-b580"})
        QCOMPARE(hardware(id).price(PriceQuote::Kind::Msrp)->provenance.grade, Grade::Secondary);
    QCOMPARE(hardware("m3-ultra-96").powerSource.grade, Grade::Derived); // measured on another unit
    QCOMPARE(model("nemotron-3-nano").licenceSource.grade, Grade::Secondary);
    QCOMPARE(model("nemotron-3-nano").paramsSource.grade, Grade::Secondary);
    QCOMPARE(hardware("dgx-spark-2x").usableSource.grade, Grade::Derived);
    QVERIFY(!model("qwen3.5-397b-a17b").sweVerified); // B11: no publication states 76.4
    // C: doubts a source settled or moved.
    QCOMPARE(hardware("b200").bandwidthBytesPerSecond, 7700e9);
    QCOMPARE(model("seed-oss-36b").sweVerified->provenance.grade, Grade::Primary);
    QCOMPARE(model("qwen3.8-27b").released, QStringLiteral("2026-08-14"));
    for (const char *id : {"qwen3.5-397b-a17b", "qwen3.6-35b-a3b"})
        QVERIFY2(!model(id).geometrySource.isEstimated(), id);                     // X4, X5: read from config copies
    QCOMPARE(model("glm-4.5-air").licenceSource.grade, Grade::Primary);            // X7
    QCOMPARE(model("glm-4.5-air").sweVerified->provenance.grade, Grade::Recalled); // C7b: still unconfirmed
}

void TestCatalog::noValueCitesTheProjectsOwnNotes()
{
    // A source is a publication; the project's own audit or notes are not one (they cite it).
    const QByteArray dump = QJsonDocument(CatalogLoader::toJson(CatalogLoader::embedded())).toJson();
    for (const char *own : {"Headroom catalog audit", "shared reference notes", "Headroom quantization notes",
                            "Headroom reference notes", "public notes"})
        QVERIFY2(!dump.contains(own), own);
}

void TestCatalog::aLateTwentyTwentySixBuyerFindsTheirOptions()
{
    const Catalog &c = CatalogLoader::embedded();
    for (const char *id : {"qwen3.6-27b", "qwen3.6-35b-a3b", "minimax-m2.5", "minimax-m2.7", "deepseek-v4-flash",
                           "glm-4.7-flash", "glm-4.5-air", "seed-oss-36b", "glm-4.7", "kimi-k2.6"})
        QVERIFY2(c.findModel(QString::fromLatin1(id)), id);
    for (const char *id : {"radeon-ai-pro-r9700", "rtx-5080", "rtx-5070-ti", "rtx-5060-ti-16", "arc-pro-b60",
                           "arc-pro-b60-dual", "rtx-3090-2x-nvlink", "m5-ultra-96", "m5-ultra-512", "dgx-station-gb300",
                           "dgx-spark-2x", "jetson-agx-thor", "mi300x"})
        QVERIFY2(c.findHardware(QString::fromLatin1(id)), id);
    // Rent the same box, call the same model: both exist beside buying.
    QVERIFY(c.rentalOffers.size() >= 6);
    QVERIFY(c.apiOfferFor(QStringLiteral("qwen3-coder-next")));
    QVERIFY(c.apiOfferFor(QStringLiteral("deepseek-v4-pro"))->usdPerMillionCachedInput);
    // The M5 Ultra 512 GB holds GLM-5.2 at INT4: the seed's "no single box" is dated.
    Scenario s;
    s.quant = Quantization::parse(QStringLiteral("INT4"));
    s.contextTokens = 32768;
    QVERIFY(run("glm-5.2", "m5-ultra-512", s).runs());
}

void TestCatalog::everyBoxHasPowerAndEveryBareCardAHost()
{
    for (const HardwareSpec &h : CatalogLoader::embedded().hardware) {
        // Power no source gives stays unknown, never 0: the DGX Station's; no idle figure (and for
        // the new Macs no figure at all) for the boxes added in 2026-12.
        static const QStringList unpublished{
            QStringLiteral("dgx-station-gb300"),    QStringLiteral("mac-studio-m5-max-128"),
            QStringLiteral("mac-studio-m5-max-64"), QStringLiteral("mac-mini-m5-pro-64"),
            QStringLiteral("mac-mini-m5-pro-48"),   QStringLiteral("amd-ryzen-ai-halo-128"),
            QStringLiteral("rtx-pro-5000-72"),      QStringLiteral("rtx-pro-5000-48"),
            QStringLiteral("rtx-pro-4500"),         QStringLiteral("b300")};
        if (!unpublished.contains(h.id))
            QVERIFY2(h.loadWatts && h.idleWatts, qPrintable(h.id));
        else
            QVERIFY2(!h.idleWatts || *h.idleWatts > 0, qPrintable(h.id));
        if (h.kind == HardwareKind::DiscreteGpu && !h.id.startsWith(QLatin1String("dgx-station")))
            QVERIFY2(!h.hostId.isEmpty() || h.id == QLatin1String("mi300x"), qPrintable(h.id));
    }
    for (const HostSpec &host : CatalogLoader::embedded().hosts)
        QVERIFY2(host.ramBytes > 0 && host.ramBandwidthBytesPerSecond > 0 && host.ramSource.isComplete(),
                 qPrintable(host.id));
}

void TestCatalog::nothingIsZeroAndEveryModelHasANativeFormat()
{
    const Catalog &c = CatalogLoader::embedded();
    for (const ModelSpec &m : c.models) {
        QVERIFY2(Quantization::parse(m.nativeFormat), qPrintable(m.id));
        QVERIFY2(m.nativeFormatSource.isComplete(), qPrintable(m.id));
    }
    for (const HardwareSpec &h : c.hardware) {
        for (const PriceQuote &q : h.prices)
            QVERIFY2(q.lowUsd > 0 && q.highUsd >= q.lowUsd, qPrintable(h.id));
        QVERIFY2(!h.loadWatts || *h.loadWatts > 0, qPrintable(h.id));
        QVERIFY2(!h.tflops || h.computeSource.isComplete(), qPrintable(h.id));
    }
    for (const RentalOffer &r : c.rentalOffers)
        QVERIFY2(r.onDemandUsdPerHour.value_or(1) > 0 && r.spotUsdPerHour.value_or(1) > 0, qPrintable(r.hardwareId));
}

void TestCatalog::pricesAge_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("stale");
    QTest::addColumn<int>("months");
    QTest::newRow("this month") << "2026-11" << QDate(2026, 11, 29) << false << 0;
    // A month is read as its last day: June 2026 is 152 days before 29 Nov, 5 whole months.
    QTest::newRow("June") << "2026-06" << QDate(2026, 11, 29) << true << 5;
    QTest::newRow("exactly 90 days") << "2026-08-31" << QDate(2026, 11, 29) << false << 3;
    QTest::newRow("91 days") << "2026-08-30" << QDate(2026, 11, 29) << true << 3;
    QTest::newRow("a year alone") << "2025" << QDate(2026, 11, 29) << true << 11;
    QTest::newRow("not a date") << "recently" << QDate(2026, 11, 29) << false << -1;
}

void TestCatalog::pricesAge()
{
    QFETCH(QString, asOf);
    QFETCH(QDate, today);
    QFETCH(bool, stale);
    QFETCH(int, months);
    QCOMPARE(Staleness::isStale(asOf, today), stale);
    QCOMPARE(Staleness::ageInMonths(asOf, today).value_or(-1), months);
    QCOMPARE(Staleness::priceWarning(asOf, today).isEmpty(), !stale);
    if (stale && months >= 3)
        QVERIFY(Staleness::priceWarning(asOf, today).contains(QStringLiteral("%1 months old").arg(months)));
}

void TestCatalog::stalePricesAreFlaggedWhereTheyShow()
{
    // The catalog's own date decides nothing: HEADROOM_TODAY (set by ctest) is "today".
    QCOMPARE(Staleness::today(), QDate(2026, 11, 29));
    CatalogStore store(CatalogLoader::embedded());
    HardwareTableModel table(&store);
    const int old = store.hardwareRow(QStringLiteral("rtx-4090"));            // street price from 2026-06
    const int fresh = store.hardwareRow(QStringLiteral("dgx-station-gb300")); // a listing of 2026-10
    const QModelIndex oldPrice = table.index(old, HardwareTableModel::PriceColumn);
    QVERIFY(oldPrice.data().toString().endsWith(QStringLiteral("⚠")));
    QVERIFY2(oldPrice.data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("price from 2026-06, 5 months old: check before you buy")),
             qPrintable(oldPrice.data(Qt::ToolTipRole).toString()));
    QVERIFY(!table.index(fresh, HardwareTableModel::PriceColumn).data().toString().contains(QStringLiteral("⚠")));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
