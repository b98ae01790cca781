// Unified-memory boxes carry their usable memory per named setting; the CLI runs a box at any of them.
#include "testsupport.h"

#include "units.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Headroom;
using namespace Headroom::Test;

class TestUsableSettings : public QObject
{
    Q_OBJECT

private slots:
    void oneBoxPerSetting_data();
    void oneBoxPerSetting();
    void everyBoxWithSettingsHasOneDefaultThatIsItsUsable();
    void aRaisedLimitChangesTheVerdict();
    void theReaderRefusesTwoDefaultsAndADefaultThatIsNotUsable();
    void theBinaryTakesTheSettingsByName();

private:
    struct Result
    {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result headroom(const QStringList &arguments)
    {
        static QTemporaryDir dataHome;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HEADROOM_BINARY), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }
};

void TestUsableSettings::oneBoxPerSetting_data()
{
    QTest::addColumn<QString>("box");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<double>("gib");
    QTest::addColumn<bool>("isDefault");
    // Apple's GPU wired limit: the default and a raised iogpu.wired_limit_mb (ds4 PR #893, measured).
    QTest::newRow("M5 Max, macOS default") << "m5-max-128"
                                           << "macos-default" << 107.52 << true;
    QTest::newRow("M5 Max, wired limit raised") << "m5-max-128"
                                                << "macos-wired-limit-raised" << 112.0 << false;
    QTest::newRow("M3 Ultra 96, wired limit raised") << "m3-ultra-96"
                                                     << "macos-wired-limit-raised" << 89.84 << false;
    // Strix Halo: Linux Vulkan, Windows VGM, Linux GTT raised, ROCm's default GTT.
    QTest::newRow("Strix Halo, Linux Vulkan") << "strix-halo-128"
                                              << "linux-vulkan-default" << 110.0 << true;
    QTest::newRow("Strix Halo, Windows VGM") << "strix-halo-128"
                                             << "windows-vgm-96" << 96.0 << false;
    QTest::newRow("Strix Halo, Linux GTT") << "strix-halo-128"
                                           << "linux-gtt-120" << 120.0 << false;
    QTest::newRow("Strix Halo, ROCm GTT") << "strix-halo-128"
                                          << "linux-rocm-default-gtt" << 62.47 << false;
    // DGX Spark: free at load, free at boot under vLLM, CUDA's total.
    QTest::newRow("DGX Spark, llama.cpp free") << "dgx-spark"
                                               << "dgx-os-llamacpp-free" << 115.77 << true;
    QTest::newRow("DGX Spark, vLLM at boot") << "dgx-spark"
                                             << "dgx-os-vllm-free-at-boot" << 101.3 << false;
    QTest::newRow("DGX Spark, CUDA total") << "dgx-spark"
                                           << "cuda-total" << 121.63 << false;
}

void TestUsableSettings::oneBoxPerSetting()
{
    QFETCH(QString, box);
    QFETCH(QString, setting);
    QFETCH(double, gib);
    QFETCH(bool, isDefault);
    HardwareSpec h = hardware(box.toLatin1().constData());
    const UsableVariant *v = h.usableVariant(setting);
    QVERIFY(v);
    QCOMPARE(v->bytesPerDevice, gib * Units::kGiB);
    QCOMPARE(v->isDefault, isDefault);
    QVERIFY(v->provenance.isComplete());
    QVERIFY(applyUsableSetting(&h, setting));
    QCOMPARE(h.usableBytesPerGpu, gib * Units::kGiB);
    QCOMPARE(h.usableSetting, setting);
    QCOMPARE(h.usableSource.source, v->provenance.source);
}

void TestUsableSettings::everyBoxWithSettingsHasOneDefaultThatIsItsUsable()
{
    int boxes = 0;
    for (const HardwareSpec &h : CatalogLoader::embedded().hardware) {
        if (h.usableVariants.isEmpty())
            continue;
        ++boxes;
        int defaults = 0;
        for (const UsableVariant &v : h.usableVariants) {
            if (v.isDefault) {
                ++defaults;
                QVERIFY2(qAbs(v.bytesPerDevice - h.usableBytesPerGpu) < 0.01 * Units::kGiB, qPrintable(h.id));
            }
        }
        QVERIFY2(defaults == 1, qPrintable(h.id));
        QVERIFY2(h.isUnified(), qPrintable(h.id));
    }
    QVERIFY(boxes >= 11);
    HardwareSpec rtx = hardware("rtx-pro-6000");
    QVERIFY(!applyUsableSetting(&rtx, QStringLiteral("macos-default"))); // no settings: nothing changes
    QCOMPARE(rtx.usableBytesPerGpu, hardware("rtx-pro-6000").usableBytesPerGpu);
}

void TestUsableSettings::aRaisedLimitChangesTheVerdict()
{
    // Windows' 96 GB allocation, Linux Vulkan's 110 GiB and a raised 120 GiB GTT: the need stays, the
    // room changes, and for some model the verdict with it.
    const Catalog &c = CatalogLoader::embedded();
    const HardwareSpec &standard = hardware("strix-halo-128");
    HardwareSpec raised = standard;
    QVERIFY(applyUsableSetting(&raised, QStringLiteral("linux-gtt-120")));
    HardwareSpec windows = standard;
    QVERIFY(applyUsableSetting(&windows, QStringLiteral("windows-vgm-96")));
    bool found = false;
    for (const ModelSpec &m : c.models) {
        const Scenario s = scenario("Q4_K_M", 32768);
        const Estimate atDefault = Engine::estimate(m, standard, s, c.calibrationFor(standard));
        const Estimate atRaised = Engine::estimate(m, raised, s, c.calibrationFor(raised));
        const Estimate atWindows = Engine::estimate(m, windows, s, c.calibrationFor(windows));
        QCOMPARE(atRaised.totalBytes, atDefault.totalBytes); // the need does not change, the room does
        QVERIFY(atRaised.headroomBytes > atDefault.headroomBytes && atDefault.headroomBytes > atWindows.headroomBytes);
        if (atDefault.verdict != atWindows.verdict || atRaised.verdict != atDefault.verdict)
            found = true;
    }
    QVERIFY(found);
}

void TestUsableSettings::theReaderRefusesTwoDefaultsAndADefaultThatIsNotUsable()
{
    QJsonObject root = CatalogLoader::toJson(CatalogLoader::embedded());
    QJsonArray boxes = root.value(QStringLiteral("boxes")).toArray();
    qsizetype at = -1;
    for (qsizetype i = 0; i < boxes.size(); ++i)
        at = boxes.at(i).toObject().value(QStringLiteral("id")).toString() == QLatin1String("m5-max-128") ? i : at;
    QVERIFY(at >= 0);
    const auto loadWith = [&](const QJsonArray &variants) {
        QJsonObject box = boxes.at(at).toObject();
        box.insert(QStringLiteral("usable_variants"), variants);
        QJsonArray changed = boxes;
        changed[at] = box;
        QJsonObject r = root;
        r.insert(QStringLiteral("boxes"), changed);
        return CatalogLoader::fromJson(QJsonDocument(r).toJson()).errors.join(QLatin1Char(' '));
    };
    QJsonArray variants = boxes.at(at).toObject().value(QStringLiteral("usable_variants")).toArray();
    QVERIFY(loadWith(variants).isEmpty());
    QJsonArray twoDefaults = variants;
    QJsonObject second = twoDefaults.at(1).toObject();
    second.insert(QStringLiteral("default"), true);
    twoDefaults[1] = second;
    QVERIFY(loadWith(twoDefaults).contains(QStringLiteral("exactly one default")));
    QJsonArray wrong = variants;
    QJsonObject first = wrong.at(0).toObject();
    first.insert(QStringLiteral("gib_per_device"), 100.0);
    wrong[0] = first;
    QVERIFY(loadWith(wrong).contains(QStringLiteral("differs from usable")));
}

void TestUsableSettings::theBinaryTakesTheSettingsByName()
{
    const QStringList estimate{QStringLiteral("estimate"),         QStringLiteral("--model"),
                               QStringLiteral("qwen3-coder-next"), QStringLiteral("--hardware"),
                               QStringLiteral("m5-max-128"),       QStringLiteral("--json")};
    const Result standard = headroom(estimate);
    QCOMPARE(standard.status, 0);
    QCOMPARE(QJsonDocument::fromJson(standard.out).object().value(QStringLiteral("usable_bytes")).toDouble(),
             107.52 * Units::kGiB);
    const Result raised = headroom(
        estimate + QStringList{QStringLiteral("--usable-setting"), QStringLiteral("macos-wired-limit-raised")});
    QVERIFY2(raised.status == 0, raised.err.constData());
    QCOMPARE(QJsonDocument::fromJson(raised.out).object().value(QStringLiteral("usable_bytes")).toDouble(),
             112.0 * Units::kGiB);
    const Result unknown =
        headroom(estimate + QStringList{QStringLiteral("--usable-setting"), QStringLiteral("turbo")});
    QCOMPARE(unknown.status, 2);
    QVERIFY(unknown.err.contains("--usable-setting") && unknown.err.contains("macos-wired-limit-raised"));
    QCOMPARE(headroom(estimate + QStringList{QStringLiteral("--usable-setting"), QStringLiteral("macos-default"),
                                             QStringLiteral("--usable-gb"), QStringLiteral("100")})
                 .status,
             2);
    // Compare: each side its own setting.
    const Result compare = headroom(
        {QStringLiteral("compare"), QStringLiteral("--model"), QStringLiteral("qwen3-coder-next"),
         QStringLiteral("--a-hardware"), QStringLiteral("strix-halo-128"), QStringLiteral("--b-hardware"),
         QStringLiteral("strix-halo-128"), QStringLiteral("--a-usable-setting"), QStringLiteral("windows-vgm-96"),
         QStringLiteral("--b-usable-setting"), QStringLiteral("linux-gtt-120"), QStringLiteral("--json")});
    QVERIFY2(compare.status == 0, compare.err.constData());
    const QJsonObject c = QJsonDocument::fromJson(compare.out).object();
    QCOMPARE(c.value(QStringLiteral("a")).toObject().value(QStringLiteral("usable_bytes")).toDouble(),
             96.0 * Units::kGiB);
    QCOMPARE(c.value(QStringLiteral("b")).toObject().value(QStringLiteral("usable_bytes")).toDouble(),
             120.0 * Units::kGiB);
    QCOMPARE(headroom({QStringLiteral("compare"), QStringLiteral("--model"), QStringLiteral("qwen3-coder-next"),
                       QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"), QStringLiteral("--b-hardware"),
                       QStringLiteral("strix-halo-128"), QStringLiteral("--a-usable-setting"),
                       QStringLiteral("linux-gtt-120")})
                 .status,
             2); // a card has no settings
    // catalog --json lists each box's setting names.
    const Result listed =
        headroom({QStringLiteral("catalog"), QStringLiteral("--json"), QStringLiteral("--builtin-only")});
    QCOMPARE(listed.status, 0);
    QStringList names;
    for (const QJsonValue &b : QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("boxes")).toArray()) {
        if (b.toObject().value(QStringLiteral("id")).toString() != QLatin1String("strix-halo-128"))
            continue;
        for (const QJsonValue &v : b.toObject().value(QStringLiteral("usable_variants")).toArray())
            names << v.toObject().value(QStringLiteral("setting")).toString();
    }
    QCOMPARE(names.size(), 4);
    QVERIFY(names.contains(QStringLiteral("windows-vgm-96")) && names.contains(QStringLiteral("linux-gtt-120")));
}

QTEST_GUILESS_MAIN(TestUsableSettings)
#include "tst_usablesettings.moc"
