// "This computer": the tools' recorded output becomes a box; what no tool says stays unknown and
// is asked for, never guessed.
#include "machinedetect.h"
#include "units.h"

#include <QFile>
#include <QTest>

using namespace Headroom;
using namespace Headroom::MachineDetect;

class TestMachineDetect : public QObject
{
    Q_OBJECT

private slots:
    void nvidiaSmiCountsIdenticalCards();
    void unifiedNvidiaReportsNoMemory();
    void rocmSmiReadsNameAndVram();
    void sysctlMakesAnAppleUnifiedGpu();
    void meminfoAndCpuinfo();
    void catalogMatch_data();
    void catalogMatch();
    void suggestionSaysWhatIsUnknown();
    void garbageGivesNothingNotZero();
};

namespace {
QString recorded(const char *name)
{
    QFile file(QStringLiteral(HEADROOM_TEST_DATA "/detect/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing recorded output %s", name);
    return QString::fromUtf8(file.readAll());
}

constexpr double kMiB = 1024.0 * 1024.0;
} // namespace

void TestMachineDetect::nvidiaSmiCountsIdenticalCards()
{
    const QList<Gpu> one = parseNvidiaSmi(recorded("nvidia-smi-rtx4090.csv"));
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().name, QStringLiteral("NVIDIA GeForce RTX 4090"));
    QCOMPARE(*one.first().memoryBytes, 24564 * kMiB);
    QCOMPARE(one.first().vendor, Vendor::Nvidia);
    const QList<Gpu> two = parseNvidiaSmi(recorded("nvidia-smi-2x3090.csv"));
    QCOMPARE(two.size(), 1);
    QCOMPARE(two.first().count, 2);
}

void TestMachineDetect::unifiedNvidiaReportsNoMemory()
{
    const QList<Gpu> gb10 = parseNvidiaSmi(recorded("nvidia-smi-gb10.csv"));
    QCOMPARE(gb10.size(), 1);
    QVERIFY(!gb10.first().memoryBytes); // unknown, not 0
    Machine m;
    m.gpus = gb10;
    m.unified = true;
    m.systemRamBytes = 128.0 * Units::kGiB;
    const Suggestion s = suggest(m, CatalogLoader::embedded(), QStringLiteral("2026-11-29"));
    QVERIFY(s.box);
    QVERIFY(s.box->isUnified());
    QCOMPARE(s.box->memoryBytesPerGpu, 128.0 * Units::kGiB); // the shared RAM
    QCOMPARE(s.matchedId, QStringLiteral("dgx-spark"));
    QVERIFY(!s.host); // a complete computer has no separate host
}

void TestMachineDetect::rocmSmiReadsNameAndVram()
{
    const QList<Gpu> xt = parseRocmSmi(recorded("rocm-smi-rx7900xt.json"));
    QCOMPARE(xt.size(), 1);
    QCOMPARE(xt.first().name, QStringLiteral("Radeon RX 7900 XT"));
    QCOMPARE(*xt.first().memoryBytes, 21458059264.0);
    QCOMPARE(xt.first().vendor, Vendor::Amd);
    const QList<Gpu> two = parseRocmSmi(recorded("rocm-smi-rx7900xtx-and-igpu.json"));
    QCOMPARE(two.size(), 2);
    Machine m;
    m.gpus = two;
    const Suggestion s = suggest(m, CatalogLoader::embedded(), QStringLiteral("2026-11-29"));
    QCOMPARE(s.matchedId, QStringLiteral("rx-7900-xtx")); // the card, not the 64 MB integrated GPU
    const std::optional<Gpu> sysfs =
        parseAmdSysfs(QStringLiteral("Radeon RX 7900 XTX\n"), QStringLiteral("25753026560\n"));
    QVERIFY(sysfs);
    QCOMPARE(*sysfs->memoryBytes, 25753026560.0);
}

void TestMachineDetect::sysctlMakesAnAppleUnifiedGpu()
{
    const Machine m = parseSysctl(recorded("sysctl-m4max-128.txt"));
    QCOMPARE(m.cpu, QStringLiteral("Apple M4 Max"));
    QCOMPARE(*m.systemRamBytes, 137438953472.0);
    QVERIFY(m.unified.value_or(false));
    QCOMPARE(m.gpus.size(), 1);
    const Suggestion s = suggest(m, CatalogLoader::embedded(), QStringLiteral("2026-11-29"));
    QCOMPARE(s.matchedId, QStringLiteral("m4-max-128"));
    QCOMPARE(s.box->backend, QStringLiteral("Metal"));
    QVERIFY(s.unknown.isEmpty());
    QCOMPARE(s.box->memorySource.grade, Grade::Measured);
    QVERIFY(s.box->bandwidthSource.estimatedFrom.contains(QStringLiteral("m4-max-128")));

    // The 36 GB M4 Max is a binned chip with less bandwidth: it must not borrow the 128 GB one's.
    const Suggestion small =
        suggest(parseSysctl(recorded("sysctl-m4max-36.txt")), CatalogLoader::embedded(), QStringLiteral("2026-11-29"));
    QVERIFY(small.matchedId.isEmpty());
    QVERIFY(small.unknown.contains(QStringLiteral("bandwidth")));
}

void TestMachineDetect::meminfoAndCpuinfo()
{
    QCOMPARE(*parseMeminfo(recorded("meminfo.txt")), 131779408.0 * 1024);
    QCOMPARE(parseCpuinfo(QStringLiteral("processor\t: 0\nmodel name\t: AMD Ryzen 9 7950X 16-Core Processor\n")),
             QStringLiteral("AMD Ryzen 9 7950X 16-Core Processor"));
}

void TestMachineDetect::catalogMatch_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("desktop 4090") << "nvidia-smi-rtx4090.csv"
                                  << "rtx-4090";
    QTest::newRow("two 3090s") << "nvidia-smi-2x3090.csv"
                               << "rtx-3090";
    QTest::newRow("H100 SXM by its HBM3 name") << "nvidia-smi-h100.csv"
                                               << "h100-sxm";
    QTest::newRow("laptop 4090 is another chip") << "nvidia-smi-rtx4090-laptop.csv"
                                                 << "";
}

void TestMachineDetect::catalogMatch()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QList<Gpu> gpus = parseNvidiaSmi(recorded(file.toLatin1().constData()));
    QCOMPARE(gpus.size(), 1);
    const HardwareSpec *match = matchCatalog(gpus.first(), CatalogLoader::embedded());
    QCOMPARE(match ? match->id : QString(), expected);
    // The RX 7900 XT is not the XTX, however alike their names.
    QVERIFY(!matchCatalog(parseRocmSmi(recorded("rocm-smi-rx7900xt.json")).first(), CatalogLoader::embedded()));
}

void TestMachineDetect::suggestionSaysWhatIsUnknown()
{
    Machine m;
    m.gpus = parseNvidiaSmi(recorded("nvidia-smi-2x3090.csv"));
    m.systemRamBytes = parseMeminfo(recorded("meminfo.txt"));
    m.cpu = QStringLiteral("AMD Ryzen 9 7950X");
    const Suggestion s = suggest(m, CatalogLoader::embedded(), QStringLiteral("2026-11-29"));
    QCOMPARE(s.box->gpus, 2);
    QCOMPARE(s.box->memoryBytesPerGpu, 24576 * kMiB); // what the driver says, not the catalog
    QCOMPARE(s.box->bandwidthBytesPerSecond,
             CatalogLoader::embedded().findHardware(QStringLiteral("rtx-3090"))->bandwidthBytesPerSecond);
    QVERIFY(s.host);
    QCOMPARE(s.host->ramBytes, 131779408.0 * 1024);
    QCOMPARE(s.unknown, QStringList{QStringLiteral("host-ram-bandwidth")}); // RAM speed: no tool says it

    Machine laptop;
    laptop.gpus = parseNvidiaSmi(recorded("nvidia-smi-rtx4090-laptop.csv"));
    const Suggestion unknown = suggest(laptop, CatalogLoader::embedded(), QStringLiteral("2026-11-29"));
    QVERIFY(unknown.unknown.contains(QStringLiteral("bandwidth")));
    QVERIFY(!suggest(Machine{}, CatalogLoader::embedded(), QStringLiteral("2026-11-29")).box);
}

void TestMachineDetect::garbageGivesNothingNotZero()
{
    QVERIFY(
        parseNvidiaSmi(QStringLiteral("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver."))
            .isEmpty());
    const QList<Gpu> odd = parseNvidiaSmi(QStringLiteral("Weird GPU, -5\nOther GPU, 1e400\n"));
    for (const Gpu &g : odd)
        QVERIFY(!g.memoryBytes);
    QVERIFY(parseRocmSmi(QStringLiteral("{ not json")).isEmpty());
    QVERIFY(!parseMeminfo(QStringLiteral("MemTotal: lots")));
    QVERIFY(!parseSysctl(QStringLiteral("hw.memsize: 0\n")).systemRamBytes);
}

QTEST_GUILESS_MAIN(TestMachineDetect)
#include "tst_machinedetect.moc"
