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
    // Named as the command line names the value (--attn-layers), never a generic "attention".
    QTest::newRow("negative attention layers") << "attn-layers" << -3.0;
    QTest::newRow("sliding window beyond --help's bound") << "swa-window" << 2e7;
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
    else if (field == QLatin1String("attn-layers"))
        m.attention.fullLayers = int(value);
    else if (field == QLatin1String("swa-window")) {
        m.attention.swaLayers = 4;
        m.attention.swaWindow = int(value);
    }
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

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
