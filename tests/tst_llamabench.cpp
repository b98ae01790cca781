// The user's own llama-bench runs: read in each of llama-bench's output shapes, matched to the
// catalog, turned into a per-box calibration, kept in a file that survives damage.
#include "catalog.h"
#include "engine.h"
#include "llamabench.h"
#include "usercalibration.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Headroom;

class TestLlamaBench : public QObject
{
    Q_OBJECT

private slots:
    void everyShapeReadsTheSameRuns();
    void formatNamesFromTypeAndFile();
    void hostileInputIsAnErrorNamingWhere_data();
    void hostileInputIsAnErrorNamingWhere();
    void calibrationIsTheMedianRatio();
    void runsOfUnknownModelsAreSkippedWithWhy();
    void calibrationNeverLiftsAboveTheCeiling();
    void calibrationFileRoundTripsAndRefusesDamage();
};

namespace {
QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(HEADROOM_TEST_DATA "/llama-bench/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

void TestLlamaBench::everyShapeReadsTheSameRuns()
{
    const LlamaBench::Parsed json = LlamaBench::parse(fixture("gpt-oss-20b.json"));
    QVERIFY2(json.error.isEmpty(), qPrintable(json.error));
    QCOMPARE(json.runs.size(), 3);
    for (const char *other : {"gpt-oss-20b.jsonl", "gpt-oss-20b.md"}) {
        const LlamaBench::Parsed p = LlamaBench::parse(fixture(other));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.runs.size(), json.runs.size());
        for (qsizetype i = 0; i < p.runs.size(); ++i) {
            const LlamaBench::Run &a = json.runs.at(i), &b = p.runs.at(i);
            QCOMPARE(b.test, a.test);
            QCOMPARE(b.promptTokens, a.promptTokens);
            QCOMPARE(b.genTokens, a.genTokens);
            QCOMPARE(b.depthTokens, a.depthTokens);
            QCOMPARE(b.tokensPerSecond, a.tokensPerSecond);
            // The table rounds sizes to 0.01 GiB and parameters to 0.01 B.
            QVERIFY(qAbs(b.sizeBytes / a.sizeBytes - 1) < 0.001);
            QVERIFY(qAbs(b.params / a.params - 1) < 0.001);
        }
    }
    QVERIFY(json.runs.at(0).isPrompt());
    QVERIFY(json.runs.at(1).isDecode());
    QCOMPARE(json.runs.at(2).test, QStringLiteral("tg128 @ d4096"));
}

void TestLlamaBench::formatNamesFromTypeAndFile()
{
    LlamaBench::Run r;
    r.modelType = QStringLiteral("qwen3moe 30B.A3B Q4_K - Medium");
    QCOMPARE(LlamaBench::formatName(r), QStringLiteral("Q4_K_M"));
    r.modelType = QStringLiteral("gpt-oss 20B MXFP4 MoE");
    QCOMPARE(LlamaBench::formatName(r), QStringLiteral("MXFP4"));
    r.modelType.clear();
    r.modelFile = QStringLiteral("/m/Qwen3-Coder-30B-A3B-Instruct-UD-q8_0.gguf");
    QCOMPARE(LlamaBench::formatName(r), QStringLiteral("Q8_0"));
    r.modelFile = QStringLiteral("/m/model.gguf");
    QVERIFY(LlamaBench::formatName(r).isEmpty());
}

void TestLlamaBench::hostileInputIsAnErrorNamingWhere_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not objects") << fixture("hostile-not-objects.json") << QStringLiteral("run 1");
    QTest::newRow("infinite") << fixture("hostile-infinite-size.json") << QStringLiteral("not valid JSON");
    QTest::newRow("fraction") << fixture("hostile-fractional-count.json") << QStringLiteral("whole token counts");
    QTest::newRow("negative") << fixture("hostile-negative-speed.json") << QStringLiteral("positive speed");
    QTest::newRow("nesting") << fixture("hostile-deep-nesting.json") << QStringLiteral("not valid JSON");
    QTest::newRow("short row") << fixture("hostile-short-row.md") << QStringLiteral("line 3");
    QTest::newRow("no table") << fixture("hostile-no-table.md") << QStringLiteral("no llama-bench table");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("no llama-bench table");
    QTest::newRow("huge") << QByteArray(LlamaBench::kMaxBytes + 1, ' ') << QStringLiteral("larger than");
    QTest::newRow("both counts") << QByteArray(R"([{"model_size": 1e9, "model_n_params": 1e9, "n_prompt": 512,
                                                   "n_gen": 128, "avg_ts": 10}])")
                                 << QStringLiteral("either n_prompt or n_gen");
    QTest::newRow("sum test") << QByteArray("| model | size | params | test | t/s |\n|--|--|--|--|--|\n"
                                            "| m | 1.00 GiB | 1.00 B | pp512+tg128 | 10.00 ± 1 |\n")
                              << QStringLiteral("pp512+tg128");
    QByteArray many = "[";
    for (int i = 0; i <= LlamaBench::kMaxRuns; ++i)
        many += "{},";
    many.chop(1);
    QTest::newRow("too many runs") << many + ']' << QStringLiteral("more than");
}

void TestLlamaBench::hostileInputIsAnErrorNamingWhere()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const LlamaBench::Parsed p = LlamaBench::parse(text);
    QVERIFY2(p.error.contains(expected), qPrintable(p.error));
}

void TestLlamaBench::calibrationIsTheMedianRatio()
{
    const Catalog &c = CatalogLoader::embedded();
    const HardwareSpec &box = *c.findHardware(QStringLiteral("rtx-4090"));
    const LlamaBench::Parsed p = LlamaBench::parse(fixture("gpt-oss-20b.json"));
    const UserCalibration::Result r =
        UserCalibration::fromRuns(p.runs, c, box, {}, QStringLiteral("fixture"), QStringLiteral("2026-11-29"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    const MeasuredCalibration &m = *r.calibration;
    QCOMPARE(m.runs.size(), 3);
    // Each prediction is the engine's for that file on that box at that depth, before calibration.
    ModelSpec model = *c.findModel(QStringLiteral("gpt-oss-20b"));
    model.knownFiles.insert(QStringLiteral("MXFP4"), KnownFile{p.runs.at(1).sizeBytes, {}});
    Scenario s;
    s.quant = Quantization::parse(QStringLiteral("MXFP4"));
    s.promptTokens = 0;
    s.contextTokens = 64; // tg128 from empty: the mean depth
    const Estimate e = Engine::estimate(model, box, s, c.publishedCalibrationFor(box));
    QVERIFY(qFuzzyCompare(m.runs.at(1).predictedTokS, *e.decodeTokS));
    const double r1 = m.runs.at(1).measuredTokS / m.runs.at(1).predictedTokS;
    const double r2 = m.runs.at(2).measuredTokS / m.runs.at(2).predictedTokS;
    QVERIFY(qFuzzyCompare(m.scale, (r1 + r2) / 2));
    QVERIFY(m.promptScale);
    QVERIFY(qFuzzyCompare(*m.promptScale, m.runs.at(0).measuredTokS / m.runs.at(0).predictedTokS));
    QCOMPARE(m.provenance.grade, Grade::Measured);
}

void TestLlamaBench::runsOfUnknownModelsAreSkippedWithWhy()
{
    const Catalog &c = CatalogLoader::embedded();
    const HardwareSpec &box = *c.findHardware(QStringLiteral("rtx-4090"));
    LlamaBench::Parsed p = LlamaBench::parse(fixture("gpt-oss-20b.json"));
    LlamaBench::Run stranger = p.runs.at(1);
    stranger.params = 1.234e9; // no catalog model has 1.23 B parameters
    p.runs.append(stranger);
    const UserCalibration::Result r = UserCalibration::fromRuns(p.runs, c, box, {}, {}, {});
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.calibration->runs.size(), 3);
    QCOMPARE(r.skipped.size(), 1);
    QVERIFY2(r.skipped.first().contains(QStringLiteral("1.23 B")), qPrintable(r.skipped.first()));
    // Only unknown runs: nothing to calibrate, and the reason says which.
    const UserCalibration::Result none = UserCalibration::fromRuns({stranger}, c, box, {}, {}, {});
    QVERIFY(!none.calibration);
    QVERIFY2(none.error.contains(QStringLiteral("--model")), qPrintable(none.error));
    // An unknown --model is named.
    QVERIFY(UserCalibration::fromRuns(p.runs, c, box, QStringLiteral("nope"), {}, {})
                .error.contains(QStringLiteral("nope")));
}

void TestLlamaBench::calibrationNeverLiftsAboveTheCeiling()
{
    Catalog c = CatalogLoader::embedded();
    const HardwareSpec box = *c.findHardware(QStringLiteral("rtx-4090"));
    const ModelSpec model = *c.findModel(QStringLiteral("gpt-oss-20b"));
    const Estimate plain = Engine::estimate(model, box, {}, c.calibrationFor(box));
    MeasuredCalibration fast;
    fast.scale = UserCalibration::kHighestScale;
    c.measured.insert(box.id, fast);
    const Estimate lifted = Engine::estimate(model, box, {}, c.calibrationFor(box));
    QVERIFY(lifted.measuredCalibration);
    QVERIFY(*lifted.decodeTokS > *plain.decodeTokS);
    QVERIFY(*lifted.decodeTokS <= *lifted.decodeCeilingTokS * (1 + 1e-12));
    QVERIFY(*lifted.decodeHighTokS <= *lifted.decodeCeilingTokS * (1 + 1e-12));
}

void TestLlamaBench::calibrationFileRoundTripsAndRefusesDamage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calibration.json"));
    QMap<QString, MeasuredCalibration> boxes;
    MeasuredCalibration m;
    m.scale = 0.93;
    m.promptScale = 1.4;
    m.runs.append({QStringLiteral("gpt-oss-20b"), QStringLiteral("tg128"), false, 230, 245});
    m.provenance = {QStringLiteral("llama-bench output runs.json"), QStringLiteral("2026-11-29"), {}, Grade::Measured};
    boxes.insert(QStringLiteral("rtx-4090"), m);
    QVERIFY(UserCalibration::save(path, boxes).ok);
    const UserCalibration::Loaded back = UserCalibration::read(path);
    QVERIFY2(back.problem.isEmpty(), qPrintable(back.problem));
    const MeasuredCalibration &r = back.boxes.value(QStringLiteral("rtx-4090"));
    QCOMPARE(r.scale, 0.93);
    QCOMPARE(*r.promptScale, 1.4);
    QCOMPARE(r.runs.size(), 1);
    QCOMPARE(r.runs.first().measuredTokS, 230.0);
    QCOMPARE(r.provenance.source, m.provenance.source);
    // A second save keeps the first as .bak.
    QVERIFY(UserCalibration::save(path, {}).ok);
    QVERIFY(QFile::exists(path + QStringLiteral(".bak")));
    QVERIFY(UserCalibration::read(path + QStringLiteral(".bak")).boxes.contains(QStringLiteral("rtx-4090")));

    for (const QByteArray &bad : {QByteArray("{ not json"), QByteArray(R"({"format": 9, "boxes": {}})"),
                                  QByteArray(R"({"format": 1, "boxes": {"x": {"scale": 1e9}}})"),
                                  QByteArray(R"({"format": 1, "boxes": {"x": {"scale": 1, "prompt_scale": 0}}})")}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bad);
        f.close();
        const UserCalibration::Loaded loaded = UserCalibration::read(path);
        QVERIFY2(!loaded.problem.isEmpty() && loaded.problem.contains(path), bad.constData());
        QVERIFY(loaded.boxes.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestLlamaBench)
#include "tst_llamabench.moc"
