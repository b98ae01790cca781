// Absurd input becomes an error value naming the field, never a crash, a NaN or a silent zero.
#include "testsupport.h"

#include <cmath>
#include <limits>

using namespace Headroom;
using namespace Headroom::Test;

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void engineRejects_data();
    void engineRejects();
    void quantParsing();
    void corruptCatalogs_data();
    void corruptCatalogs();
    void validCatalogRoundTrip();
};

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
} // namespace

void TestBadInput::engineRejects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::newRow("zero bandwidth") << "bandwidth-gbs" << 0.0;
    QTest::newRow("NaN bandwidth") << "bandwidth-gbs" << kNaN;
    QTest::newRow("negative memory") << "memory-gb" << -1.0;
    QTest::newRow("infinite memory") << "memory-gb" << kInf;
    QTest::newRow("zero context") << "context" << 0.0;
    QTest::newRow("NaN context") << "context" << kNaN;
    QTest::newRow("absurd context") << "context" << 1e12;
    QTest::newRow("zero batch") << "batch" << 0.0;
    QTest::newRow("huge batch") << "batch" << 1e6;
    QTest::newRow("negative GPUs") << "gpus" << -2.0;
    QTest::newRow("efficiency above 1") << "efficiency" << 1.5;
    QTest::newRow("NaN parameters") << "params-total" << kNaN;
    QTest::newRow("zero parameters") << "params-total" << 0.0;
    QTest::newRow("active above total") << "params-active" << 1e15;
    QTest::newRow("negative layers") << "attention" << -3.0;
}

void TestBadInput::engineRejects()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    ModelSpec m = model("devstral-2");
    HardwareSpec h = hardware("rtx-pro-6000");
    Scenario s;
    if (field == QLatin1String("bandwidth-gbs"))
        h.bandwidthBytesPerSecond = value;
    else if (field == QLatin1String("memory-gb"))
        h.memoryBytesPerGpu = value;
    else if (field == QLatin1String("context"))
        s.contextTokens = value;
    else if (field == QLatin1String("batch"))
        s.batch = int(value > 1e9 ? 1e9 : value);
    else if (field == QLatin1String("gpus"))
        s.gpus = int(value);
    else if (field == QLatin1String("efficiency"))
        s.efficiency = value;
    else if (field == QLatin1String("params-total"))
        m.paramsTotal = value;
    else if (field == QLatin1String("params-active"))
        m.paramsActive = value;
    else if (field == QLatin1String("attention"))
        m.attention.fullLayers = int(value);
    const Estimate e = Engine::estimate(m, h, s, {});
    QVERIFY(!e.ok());
    QCOMPARE(e.error->field, field);
    QVERIFY(!e.error->message.isEmpty());
}

void TestBadInput::quantParsing()
{
    QVERIFY(Quantization::parse(QStringLiteral("q4_k_m")));
    QCOMPARE(Quantization::parse(QStringLiteral("bpw:4.25"))->bitsPerWeight, 4.25);
    for (const char *bad : {"", "Q9_K", "bpw:", "bpw:0", "bpw:-4", "bpw:nan", "bpw:inf", "bpw:33", "bpw:1e400"})
        QVERIFY2(!Quantization::parse(QString::fromLatin1(bad)), bad);
    QVERIFY(!parseKvType(QStringLiteral("f12")));
}

void TestBadInput::corruptCatalogs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << "JSON";
    QTest::newRow("truncated") << QByteArray(R"({"format":1,"models":[{"id":)") << "JSON";
    QTest::newRow("not an object") << QByteArray("[1,2,3]") << "object";
    QTest::newRow("future format") << QByteArray(R"({"format":7})") << "format";
    QTest::newRow("string where number")
        << QByteArray(
               R"({"format":1,"as_of":"x","models":[{"id":"m","name":"m","lab":"l","country":"c","licence":"l","released":"r","params_total_b":"lots","params_active_b":1,"layers":1,"max_context":1}]})")
        << "models[0].params_total_b";
    QTest::newRow("active above total")
        << QByteArray(
               R"({"format":1,"as_of":"x","models":[{"id":"m","name":"m","lab":"l","country":"c","licence":"l","released":"r","params_total_b":1,"params_active_b":2,"layers":1,"max_context":1}]})")
        << "models[0].params_active_b";
    QTest::newRow("huge layer count")
        << QByteArray(
               R"({"format":1,"as_of":"x","models":[{"id":"m","name":"m","lab":"l","country":"c","licence":"l","released":"r","params_total_b":1,"params_active_b":1,"layers":1e300,"max_context":1}]})")
        << "models[0].layers";
    QTest::newRow("unknown vendor")
        << QByteArray(
               R"({"format":1,"as_of":"x","hardware":[{"id":"h","name":"h","vendor":"acme","kind":"gpu","memory_gib":1,"bandwidth_gbs":1}]})")
        << "hardware[0].vendor";
    QTest::newRow("zero bandwidth")
        << QByteArray(
               R"({"format":1,"as_of":"x","hardware":[{"id":"h","name":"h","vendor":"amd","kind":"gpu","memory_gib":1,"bandwidth_gbs":0}]})")
        << "hardware[0].bandwidth_gbs";
    QTest::newRow("usable above memory")
        << QByteArray(
               R"({"format":1,"as_of":"x","hardware":[{"id":"h","name":"h","vendor":"amd","kind":"gpu","memory_gib":1,"usable_gib":2,"usable_rule":"r","bandwidth_gbs":1}]})")
        << "hardware[0].usable_gib";
    QTest::newRow("duplicate ids")
        << QByteArray(
               R"({"format":1,"as_of":"x","hardware":[{"id":"h","name":"h","vendor":"amd","kind":"gpu","memory_gib":1,"bandwidth_gbs":1},{"id":"h","name":"h","vendor":"amd","kind":"gpu","memory_gib":1,"bandwidth_gbs":1}]})")
        << "duplicate";
    QTest::newRow("price without source")
        << QByteArray(
               R"({"format":1,"as_of":"x","hardware":[{"id":"h","name":"h","vendor":"amd","kind":"gpu","memory_gib":1,"bandwidth_gbs":1,"prices":[{"kind":"msrp","low":1,"high":1}]}]})")
        << "prices[0].source";
}

void TestBadInput::corruptCatalogs()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const CatalogLoadResult result = CatalogLoader::fromJson(json, {});
    QVERIFY(!result.catalog);
    QVERIFY(!result.errors.isEmpty());
    QVERIFY2(result.errors.join(QLatin1Char('\n')).contains(mentions),
             qPrintable(result.errors.join(QLatin1Char('\n'))));
}

void TestBadInput::validCatalogRoundTrip()
{
    // A minimal document that is complete loads without complaint.
    const QByteArray json =
        R"({"format":1,"as_of":"2026-11","models":[],"hardware":[{"id":"h","name":"h","vendor":"amd","kind":"gpu","memory_gib":16,"bandwidth_gbs":500,"sources":{"memory":{"source":"s","as_of":"d"},"bandwidth":{"source":"s","as_of":"d"}}}]})";
    const CatalogLoadResult result = CatalogLoader::fromJson(json, {});
    QVERIFY2(result.catalog, qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.catalog->hardware.size(), 1);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
