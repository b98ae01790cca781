// The embedded catalog: complete, traceable, and every pair computable.
#include "testsupport.h"

#include <QFile>

using namespace Headroom;

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
};

void TestCatalog::loadsWithoutErrors()
{
    QFile json(QStringLiteral(":/catalog/catalog.json"));
    QFile csv(QStringLiteral(":/catalog/calibration-llama2-7b.csv"));
    QVERIFY(json.open(QIODevice::ReadOnly) && csv.open(QIODevice::ReadOnly));
    const CatalogLoadResult result = CatalogLoader::fromJson(json.readAll(), csv.readAll());
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
            const Estimate e = Engine::estimate(m, h, {}, c.calibrationFor(h.backend));
            QVERIFY2(e.ok(), qPrintable(m.id + QLatin1Char('/') + h.id));
        }
    }
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
