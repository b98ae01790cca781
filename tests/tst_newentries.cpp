// The Aug–Sep 2026 models and boxes: present, sourced, and sized with what their formats add.
#include "testsupport.h"

#include "units.h"

#include <QJsonDocument>

using namespace Headroom;
using namespace Headroom::Test;

class TestNewEntries : public QObject
{
    Q_OBJECT

private slots:
    void theMidSizeTierAndItsBoxesArrive();
    void aLookupTableTakesMemoryButNotReads();
    void newFieldsSurviveADumpAndALoad();
};

void TestNewEntries::theMidSizeTierAndItsBoxesArrive()
{
    const Catalog &c = CatalogLoader::embedded();
    for (const char *id :
         {"qwen3.8-flash-next", "deepseek-v4.1-flash", "glm-5.3-flash", "kimi-k3", "minimax-m3", "gemma-4-31b",
          "gemma-4-26b-a4b", "nemotron-3.5-lightning", "qwen3.5-122b-a10b", "glm-5.1"}) {
        const ModelSpec *m = c.findModel(QString::fromLatin1(id));
        QVERIFY2(m, id);
        QVERIFY2(m->paramsSource.isComplete() && m->geometrySource.isComplete() && m->licenceSource.isComplete(), id);
        QVERIFY2(!m->released.isEmpty(), id);
    }
    for (const char *id : {"mac-studio-m5-max-128", "mac-studio-m5-max-64", "mac-mini-m5-pro-64", "mac-mini-m5-pro-48",
                           "amd-ryzen-ai-halo-128", "rtx-pro-5000-72", "rtx-pro-5000-48", "rtx-pro-4500", "b300"}) {
        const HardwareSpec *h = c.findHardware(QString::fromLatin1(id));
        QVERIFY2(h, id);
        QVERIFY2(h->memorySource.isComplete() && h->bandwidthSource.isComplete(), id);
    }
    // Values the sources state, pinned.
    QCOMPARE(model("deepseek-v4.1-flash").paramsTotal, 552e9);
    QCOMPARE(model("glm-5.3-flash").paramsTotal, 320e9);
    QCOMPARE(model("glm-5.3-flash").nativeFormat, QStringLiteral("FP8"));
    QCOMPARE(model("kimi-k3").maxContext, 1048576);
    QCOMPARE(model("kimi-k3").paramsSource.grade, Grade::Derived); // active is a lower bound, said so
    QCOMPARE(hardware("b300").bandwidthBytesPerSecond, 7750e9);
    QCOMPARE(hardware("mac-studio-m5-max-128").usableBytesPerGpu, 107.52 * Units::kGiB);
    QCOMPARE(hardware("mac-mini-m5-pro-48").bandwidthBytesPerSecond, 307e9);
    // Terms not found are not guessed: no commercial_use for Kimi K3 and MiniMax M3.
    QVERIFY(!model("kimi-k3").commercialUse);
    QVERIFY(!model("minimax-m3").commercialUse);
}

void TestNewEntries::aLookupTableTakesMemoryButNotReads()
{
    // DeepSeek-V4.1-Flash: 552 B parameters plus 196.6 B of Engram tables a token reads a few rows of.
    const ModelSpec &flash = model("deepseek-v4.1-flash");
    QVERIFY(flash.lookupTable);
    QCOMPARE(flash.lookupTable->params, 196.6e9);
    QVERIFY(!flash.lookupTable->readPerToken);
    ModelSpec without = flash;
    without.lookupTable.reset();
    const Scenario s = scenario("Q4_K_M", 32768);
    const HardwareSpec &box = hardware("m5-ultra-512");
    const Catalog &c = CatalogLoader::embedded();
    const Estimate with = Engine::estimate(flash, box, s, c.calibrationFor(box));
    const Estimate bare = Engine::estimate(without, box, s, c.calibrationFor(box));
    const double tableBytes = 196.6e9 * s.quant->bitsPerWeight / 8.0;
    QCOMPARE(with.lookupTableBytes, tableBytes);
    QCOMPARE(bare.lookupTableBytes, 0.0);
    QVERIFY(qAbs(with.totalBytes - bare.totalBytes - tableBytes) < 1.0);
    QCOMPARE(with.weightsBytes, bare.weightsBytes);
    QCOMPARE(with.activeWeightsBytes, bare.activeWeightsBytes);
    QVERIFY(with.decodeTokS && bare.decodeTokS);
    QCOMPARE(*with.decodeTokS, *bare.decodeTokS); // resident, not streamed
    // A table a token did read in full would slow decode.
    ModelSpec streamed = flash;
    streamed.lookupTable->readPerToken = true;
    const Estimate read = Engine::estimate(streamed, box, s, c.calibrationFor(box));
    QVERIFY(*read.decodeTokS < *with.decodeTokS);
    // A known file is the file as published: it holds the table, which is not added again.
    ModelSpec filed = flash;
    filed.knownFiles.insert(QStringLiteral("Q4_K_M"),
                            KnownFile{400e9, {QStringLiteral("test"), QStringLiteral("2026"), {}, Grade::User}});
    QCOMPARE(Engine::estimate(filed, box, s, c.calibrationFor(box)).lookupTableBytes, 0.0);
}

void TestNewEntries::newFieldsSurviveADumpAndALoad()
{
    const QByteArray dump = QJsonDocument(CatalogLoader::toJson(CatalogLoader::embedded(), true)).toJson();
    const CatalogLoadResult back = CatalogLoader::fromJson(dump);
    QVERIFY2(back.errors.isEmpty(), qPrintable(back.errors.join(QLatin1Char('\n'))));
    const ModelSpec *flash = back.catalog->findModel(QStringLiteral("deepseek-v4.1-flash"));
    QVERIFY(flash && flash->lookupTable);
    QCOMPARE(flash->lookupTable->params, 196.6e9);
    QCOMPARE(flash->lookupTable->provenance.grade, Grade::Derived);
    QCOMPARE(flash->mtpLayers, 3);
    QCOMPARE(back.catalog->findModel(QStringLiteral("glm-5.3-flash"))->mtpLayers, 1);
    QCOMPARE(back.catalog->models.size(), CatalogLoader::embedded().models.size());
    QCOMPARE(back.catalog->hardware.size(), CatalogLoader::embedded().hardware.size());
}

QTEST_GUILESS_MAIN(TestNewEntries)
#include "tst_newentries.moc"
