// The scripting contract, exercised through the real binary as a user's script would.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "ggufwriter.h"
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void importGgufPrintsTheDerivedModel();
    void importConfigJsonPrintsTheGeometry();
    void worksWithoutDisplay_data();
    void worksWithoutDisplay();
    void windowWithoutDisplaySaysSo();
    void catalogJson();
    void detectReadsToolsAndNeverAsks();
    void dumpEditLoadThroughTheBinary();
    void userCatalogIsReadAndMarked();
    void unreadableCatalogsExitTwoAndStayUntouched();
    void estimateJson();
    void estimateAdHoc();
    void estimateTextIsReadable();
    void compareJson();
    void usableOverrideOnCatalogBox();
    void contextBeyondTheModelIsAVerdict();
    void noSpeedForAPairThatDoesNotRun();
    void pricesReadLikePrices();
    void windowTabsAcceptTheirNames();
    void oneStderrLineWithoutARuntimeDir();
    void failedWritesExitOne();
    void costInputsAreBoundedAndZeroIsKnown();
    void errorsExitTwoWithOneLine_data();
    void errorsExitTwoWithOneLine();
    void validateReportsHeldOutSources();
    void calibrateStoresAndEveryCommandUsesIt();
    void calibrateRefusesHostileFiles_data();
    void calibrateRefusesHostileFiles();
    void hostFlagsOffloadToTheirRam();
    void expertLayerFlagsPlaceTheExperts();
    void compareRecommendsWithCostOfOwnership();
    void contextMustHoldPromptAndAnswer();

private:
    struct Result
    {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result headroom(const QStringList &arguments, const QString &pathPrefix = {});
    // Stands in for the user's data folder (XDG_DATA_HOME): tests never read or write the real one.
    static QTemporaryDir &dataHome();
    static QString userCatalogPath() { return dataHome().filePath(QStringLiteral("Headroom/headroom/catalog.json")); }
    static QString calibrationPath()
    {
        return dataHome().filePath(QStringLiteral("Headroom/headroom/calibration.json"));
    }
    static QString benchFile(const char *name)
    {
        return QStringLiteral(HEADROOM_TEST_DATA "/llama-bench/") + QLatin1String(name);
    }
};

QTemporaryDir &TestCli::dataHome()
{
    static QTemporaryDir dir;
    return dir;
}

TestCli::Result TestCli::headroom(const QStringList &arguments, const QString &pathPrefix)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // commands must not need a display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome().path());
    if (!pathPrefix.isEmpty()) // stand-in tools (a recorded nvidia-smi) found before the real ones
        env.insert(QStringLiteral("PATH"), pathPrefix + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HEADROOM_BINARY), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void TestCli::importGgufPrintsTheDerivedModel()
{
    QTemporaryDir dir;
    GgufWriter w;
    w.string(QStringLiteral("general.architecture"), QStringLiteral("llama"));
    w.u32(QStringLiteral("llama.block_count"), 2);
    w.u32(QStringLiteral("llama.embedding_length"), 256);
    w.u32(QStringLiteral("llama.attention.head_count"), 4);
    w.u32(QStringLiteral("llama.attention.head_count_kv"), 2);
    w.tensor(QStringLiteral("token_embd.weight"), {256, 1000}, 12, 256 / 256 * 144 * 1000); // Q4_K
    w.tensor(QStringLiteral("output_norm.weight"), {256}, 0, 256 * 4);                      // F32
    const QString path = dir.filePath(QStringLiteral("tiny.gguf"));
    QVERIFY(w.write(path));
    const Result r = headroom({QStringLiteral("import"), path, QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("weights_bytes")).toDouble(), 144.0 * 1000 + 1024);
    QCOMPARE(o.value(QStringLiteral("layers")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("params_total")).toDouble(), 256.0 * 1000 + 256);
    QCOMPARE(o.value(QStringLiteral("params_active")).toDouble(), 256.0 * 1000 + 256);
    QCOMPARE(o.value(QStringLiteral("architecture")).toString(), QStringLiteral("llama"));
    // 2 layers × 2 KV heads × 64 × (K + V) × 2 bytes.
    QCOMPARE(o.value(QStringLiteral("kv_bytes_per_token")).toDouble(), 2.0 * 2 * 64 * 2 * 2);
    QCOMPARE(o.value(QStringLiteral("mix")).toArray().first().toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("Q4_K"));
    // A rejected file: exit 2 and one line saying why.
    QFile bad(dir.filePath(QStringLiteral("bad.gguf")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(w.header().left(40));
    bad.close();
    const Result refused = headroom({QStringLiteral("import"), bad.fileName()});
    QCOMPARE(refused.status, 2);
    QCOMPARE(refused.err.count('\n'), 1);
    QVERIFY(refused.err.contains("bad.gguf"));
}

void TestCli::importConfigJsonPrintsTheGeometry()
{
    const Result r =
        headroom({QStringLiteral("import"), QStringLiteral(HEADROOM_TEST_DATA "/hf-configs/deepseek-v3.json"),
                  QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("deepseek-v3"));
    QCOMPARE(o.value(QStringLiteral("layers")).toInt(), 61);
    QCOMPARE(o.value(QStringLiteral("kv_bytes_per_token")).toDouble(), 70272.0); // 61 × (512 + 64) × 2
    QVERIFY(o.value(QStringLiteral("weights_bytes")).isNull());                  // a config has no file size
    QVERIFY(std::abs(o.value(QStringLiteral("params_total")).toDouble() / 671e9 - 1) < 0.01);
    QCOMPARE(o.value(QStringLiteral("architecture")).toString(), QStringLiteral("deepseek_v3"));
    // Not a config: exit 2, one line.
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("config.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"num_hidden_layers\": \"many\"}");
    bad.close();
    const Result refused = headroom({QStringLiteral("import"), bad.fileName()});
    QCOMPARE(refused.status, 2);
    QCOMPARE(refused.err.count('\n'), 1);
    QVERIFY(refused.err.contains("num_hidden_layers"));
}

void TestCli::worksWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QByteArray("headroom " HEADROOM_VERSION);
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QByteArray("--screenshot");
    for (const char *command : {"catalog", "estimate", "compare", "matrix", "export", "report"})
        QTest::newRow(command) << QStringList{QString::fromLatin1(command), QStringLiteral("--help")}
                               << QByteArray("--help");
}

void TestCli::worksWithoutDisplay()
{
    // Run with DISPLAY and QT_QPA_PLATFORM removed (see headroom()): an ssh session or a script.
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    const Result r = headroom(arguments);
    QCOMPARE(r.status, 0);
    QVERIFY2(QByteArray(r.out + r.err).contains(expected), r.out.constData());
}

void TestCli::windowWithoutDisplaySaysSo()
{
    const Result r = headroom({});
    QCOMPARE(r.status, 1); // the environment, not the input, is at fault
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY(r.err.contains("no display"));
}

void TestCli::catalogJson()
{
    const Result r = headroom({QStringLiteral("catalog"), QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonArray models = root.value(QStringLiteral("models")).toArray();
    const QJsonArray hardware = root.value(QStringLiteral("hardware")).toArray();
    QVERIFY(models.size() >= 17);
    QVERIFY(hardware.size() >= 13);
    for (const auto &m : models) {
        QVERIFY(!m.toObject().value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!m.toObject().value(QStringLiteral("name")).toString().isEmpty());
    }
    QVERIFY(hardware.at(0).toObject().contains(QStringLiteral("bandwidth_bytes_per_s")));
}

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A catalog --json dump with box 0 copied under `id` at 48 GiB per device.
QByteArray editedDump(const QByteArray &dump, const QString &id)
{
    QJsonObject root = QJsonDocument::fromJson(dump).object();
    QJsonArray boxes = root.value(QStringLiteral("boxes")).toArray();
    QJsonObject box = boxes.at(0).toObject();
    box.insert(QStringLiteral("id"), id);
    box.insert(QStringLiteral("name"), QStringLiteral("Quoted box"));
    QJsonObject memory = box.value(QStringLiteral("memory")).toObject();
    memory.insert(QStringLiteral("gib_per_device"), 48);
    box.insert(QStringLiteral("memory"), memory);
    box.remove(QStringLiteral("usable"));
    boxes.append(box);
    root.insert(QStringLiteral("boxes"), boxes);
    return QJsonDocument(root).toJson();
}
} // namespace

void TestCli::dumpEditLoadThroughTheBinary()
{
    const Result dump =
        headroom({QStringLiteral("catalog"), QStringLiteral("--json"), QStringLiteral("--builtin-only")});
    QCOMPARE(dump.status, 0);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("quoted.json"));
    QVERIFY(writeAll(file, editedDump(dump.out, QStringLiteral("quoted-box"))));
    const QByteArray before = readAll(file);

    const Result r = headroom({QStringLiteral("estimate"), QStringLiteral("--catalog"), file, QStringLiteral("--model"),
                               QStringLiteral("devstral-small-2"), QStringLiteral("--hardware"),
                               QStringLiteral("quoted-box"), QStringLiteral("--json")});
    QVERIFY2(r.status == 0, r.err.constData());
    const QJsonObject e = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(e.value(QStringLiteral("usable_bytes")).toDouble(), 48.0 * (1 << 30));
    QCOMPARE(readAll(file), before); // read, never rewritten

    const Result listed =
        headroom({QStringLiteral("catalog"), QStringLiteral("--json"), QStringLiteral("--catalog"), file});
    QCOMPARE(listed.status, 0);
    int users = 0;
    for (const QJsonValue &box : QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("boxes")).toArray())
        users += box.toObject().value(QStringLiteral("user")).toBool() ? 1 : 0;
    // Every entry of the named file is the user's, the copy included.
    QCOMPARE(users, QJsonDocument::fromJson(dump.out).object().value(QStringLiteral("boxes")).toArray().size() + 1);
}

void TestCli::userCatalogIsReadAndMarked()
{
    const Result dump =
        headroom({QStringLiteral("catalog"), QStringLiteral("--json"), QStringLiteral("--builtin-only")});
    QJsonObject own = QJsonDocument::fromJson(editedDump(dump.out, QStringLiteral("my-own-box"))).object();
    QJsonArray boxes = own.value(QStringLiteral("boxes")).toArray();
    own.insert(QStringLiteral("boxes"), QJsonArray{boxes.last()});
    for (const char *section : {"models", "hosts", "api_offers", "rental_offers", "hardware"})
        own.remove(QLatin1String(section));
    QVERIFY(writeAll(userCatalogPath(), QJsonDocument(own).toJson()));

    const Result mine = headroom({QStringLiteral("catalog"), QStringLiteral("--json")});
    QCOMPARE(mine.status, 0);
    const QJsonArray listed = QJsonDocument::fromJson(mine.out).object().value(QStringLiteral("boxes")).toArray();
    QCOMPARE(listed.last().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("my-own-box"));
    QVERIFY(listed.last().toObject().value(QStringLiteral("user")).toBool());
    QVERIFY(!listed.first().toObject().contains(QStringLiteral("user")));
    const Result text = headroom({QStringLiteral("catalog")});
    QVERIFY(text.out.contains(" * my-own-box"));

    const Result builtin =
        headroom({QStringLiteral("catalog"), QStringLiteral("--json"), QStringLiteral("--builtin-only")});
    QVERIFY(!builtin.out.contains("my-own-box"));
    QFile::remove(userCatalogPath());
}

void TestCli::unreadableCatalogsExitTwoAndStayUntouched()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeAll(bad, R"({"format": 2, "boxes": [{"id": "x"}]})"));
    const Result named = headroom({QStringLiteral("catalog"), QStringLiteral("--catalog"), bad});
    QCOMPARE(named.status, 2);
    QCOMPARE(named.err.count('\n'), 1);
    QVERIFY(named.err.contains(bad.toUtf8()));
    QVERIFY(named.err.contains("boxes[0].name"));
    QCOMPARE(readAll(bad), QByteArray(R"({"format": 2, "boxes": [{"id": "x"}]})"));

    const Result missing =
        headroom({QStringLiteral("catalog"), QStringLiteral("--catalog"), dir.filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.status, 2);
    QCOMPARE(missing.err.count('\n'), 1);

    QVERIFY(writeAll(userCatalogPath(), "{ not json"));
    const Result user =
        headroom({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("devstral-small-2"),
                  QStringLiteral("--hardware"), QStringLiteral("rtx-5090")});
    QCOMPARE(user.status, 2);
    QCOMPARE(user.err.count('\n'), 1);
    QVERIFY(user.err.contains("--builtin-only"));
    QCOMPARE(readAll(userCatalogPath()), QByteArray("{ not json")); // the CLI never moves or rewrites it
    const Result ignored =
        headroom({QStringLiteral("estimate"), QStringLiteral("--builtin-only"), QStringLiteral("--model"),
                  QStringLiteral("devstral-small-2"), QStringLiteral("--hardware"), QStringLiteral("rtx-5090")});
    QCOMPARE(ignored.status, 0);
    const Result both =
        headroom({QStringLiteral("catalog"), QStringLiteral("--builtin-only"), QStringLiteral("--catalog"), bad});
    QCOMPARE(both.status, 2);
    QFile::remove(userCatalogPath());
}

void TestCli::detectReadsToolsAndNeverAsks()
{
    QTemporaryDir tools;
    const auto tool = [&tools](const char *name, const QByteArray &script) {
        const QString path = tools.filePath(QLatin1String(name));
        QVERIFY(writeAll(path, "#!/bin/sh\n" + script));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    };
    tool("nvidia-smi", "printf 'NVIDIA GeForce RTX 4090, 24564\\n'\n");
    tool("rocm-smi", "exit 3\n");
    const Result r = headroom({QStringLiteral("detect"), QStringLiteral("--json")}, tools.path());
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("format")).toInt(), 1);
    const QJsonObject gpu = root.value(QStringLiteral("gpus")).toArray().at(0).toObject();
    QCOMPARE(gpu.value(QStringLiteral("name")).toString(), QStringLiteral("NVIDIA GeForce RTX 4090"));
    QCOMPARE(gpu.value(QStringLiteral("memory_bytes")).toDouble(), 24564.0 * 1024 * 1024);
    const QJsonObject box = root.value(QStringLiteral("box")).toObject();
    QCOMPARE(box.value(QStringLiteral("matched_catalog_id")).toString(), QStringLiteral("rtx-4090"));
    QCOMPARE(box.value(QStringLiteral("bandwidth_bytes_per_s")).toDouble(), 1008e9);
    QVERIFY(root.contains(QStringLiteral("system_ram_bytes")));
    QStringList statuses;
    for (const QJsonValue &step : root.value(QStringLiteral("probes")).toArray())
        statuses << step.toObject().value(QStringLiteral("tool")).toString() + QLatin1Char('=') +
                        step.toObject().value(QStringLiteral("status")).toString();
    QVERIFY2(statuses.contains(QStringLiteral("nvidia-smi=ok")), qPrintable(statuses.join(QLatin1Char(' '))));
    QVERIFY2(statuses.contains(QStringLiteral("rocm-smi=failed")), qPrintable(statuses.join(QLatin1Char(' '))));

    // A card no catalog entry matches: the bandwidth is null, never a guess.
    tool("nvidia-smi", "printf 'NVIDIA GeForce RTX 4090 Laptop GPU, 16376\\n'\n");
    const Result laptop = headroom({QStringLiteral("detect"), QStringLiteral("--json")}, tools.path());
    const QJsonObject unknown = QJsonDocument::fromJson(laptop.out).object().value(QStringLiteral("box")).toObject();
    QVERIFY(unknown.value(QStringLiteral("bandwidth_bytes_per_s")).isNull());
    QVERIFY(unknown.value(QStringLiteral("matched_catalog_id")).isNull());
    QVERIFY(unknown.value(QStringLiteral("unknown")).toArray().contains(QStringLiteral("bandwidth")));

    // A tool that hangs is given up on, not waited for.
    tool("nvidia-smi", "sleep 60\n");
    QElapsedTimer clock;
    clock.start();
    const Result hung = headroom({QStringLiteral("detect"), QStringLiteral("--json")}, tools.path());
    QCOMPARE(hung.status, 0);
    QVERIFY(hung.out.contains("\"timeout\""));
    QVERIFY(clock.elapsed() < 20000);
}

void TestCli::estimateJson()
{
    const Result r = headroom({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
                               QStringLiteral("--hardware"), QStringLiteral("rtx-pro-6000"), QStringLiteral("--quant"),
                               QStringLiteral("INT4"), QStringLiteral("--context"), QStringLiteral("64k"),
                               QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    for (const char *key :
         {"weights_bytes", "kv_cache_bytes", "overhead_bytes", "total_bytes", "usable_bytes", "headroom_bytes",
          "verdict", "max_context_tokens", "min_gpus", "decode_ceiling_tok_s", "decode_tok_s"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("weights_bytes")).toDouble(), 61.5e9);
    QCOMPARE(o.value(QStringLiteral("kv_cache_bytes")).toDouble(), 352.0 * 1024 * 65536);
    QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("tight"));
    QCOMPARE(o.value(QStringLiteral("context_tokens")).toDouble(), 65536.0);
    const double total =
        o.value(QStringLiteral("weights_bytes")).toDouble() + o.value(QStringLiteral("kv_cache_bytes")).toDouble() +
        o.value(QStringLiteral("fixed_state_bytes")).toDouble() + o.value(QStringLiteral("overhead_bytes")).toDouble() -
        o.value(QStringLiteral("embedding_in_ram_bytes")).toDouble();          // the token table llama.cpp keeps in RAM
    QVERIFY(o.value(QStringLiteral("embedding_in_ram_bytes")).toDouble() > 0); // an untied model on a card
    QCOMPARE(o.value(QStringLiteral("total_bytes")).toDouble(), total);
    QVERIFY(o.value(QStringLiteral("decode_tok_s")).toDouble() <=
            o.value(QStringLiteral("decode_ceiling_tok_s")).toDouble());
    // Time to first token and prefill with their ranges, and the run that checks them (contracts.md).
    const double ttft = o.value(QStringLiteral("ttft_seconds")).toDouble();
    QVERIFY(o.value(QStringLiteral("ttft_low_seconds")).toDouble() < ttft &&
            ttft < o.value(QStringLiteral("ttft_high_seconds")).toDouble());
    QVERIFY(o.value(QStringLiteral("prefill_low_tok_s")).toDouble() <
            o.value(QStringLiteral("prefill_tok_s")).toDouble());
    QVERIFY(o.value(QStringLiteral("prefill_verify_command")).toString().contains(QStringLiteral("-p ")));
}

void TestCli::estimateAdHoc()
{
    // A 70B dense model with Llama 3.1 70B geometry on two 24 GB cards.
    const Result r = headroom({QStringLiteral("estimate"), QStringLiteral("--params-total"), QStringLiteral("70.55"),
                               QStringLiteral("--layers"), QStringLiteral("80"), QStringLiteral("--kv-heads"),
                               QStringLiteral("8"), QStringLiteral("--head-dim"), QStringLiteral("128"),
                               QStringLiteral("--memory-gb"), QStringLiteral("24"), QStringLiteral("--bandwidth-gbs"),
                               QStringLiteral("936"), QStringLiteral("--gpus"), QStringLiteral("2"),
                               QStringLiteral("--context"), QStringLiteral("8192"), QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("kv_cache_bytes")).toDouble(), 320.0 * 1024 * 8192);
    QCOMPARE(o.value(QStringLiteral("gpus")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("tight"));
    // Token counts read the same everywhere: a 32k window is 32,768 tokens.
    const Result window = headroom({QStringLiteral("estimate"), QStringLiteral("--params-total"), QStringLiteral("20"),
                                    QStringLiteral("--layers"), QStringLiteral("24"), QStringLiteral("--swa-layers"),
                                    QStringLiteral("12"), QStringLiteral("--swa-window"), QStringLiteral("32k"),
                                    QStringLiteral("--kv-heads"), QStringLiteral("8"), QStringLiteral("--head-dim"),
                                    QStringLiteral("64"), QStringLiteral("--hardware"), QStringLiteral("rtx-4090"),
                                    QStringLiteral("--context"), QStringLiteral("64k"), QStringLiteral("--json")});
    QCOMPARE(window.status, 0);
    // 12 full layers grow with all 64K tokens; 12 sliding layers stop at their 32K window.
    QCOMPARE(QJsonDocument::fromJson(window.out).object().value(QStringLiteral("kv_cache_bytes")).toDouble(),
             2.0 * 12 * 8 * 64 * 2 * 65536 + 2.0 * 12 * 8 * 64 * 2 * 32768);
}

void TestCli::estimateTextIsReadable()
{
    const Result r =
        headroom({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("qwen3-coder-next"),
                  QStringLiteral("--hardware"), QStringLiteral("rtx-pro-6000")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains("verdict       comfortable"));
    QVERIFY(r.out.contains("tok/s"));
    QVERIFY(r.out.contains("GiB"));
}

void TestCli::compareJson()
{
    const Result r = headroom({QStringLiteral("compare"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
                               QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"),
                               QStringLiteral("--b-hardware"), QStringLiteral("m4-max-128"), QStringLiteral("--quant"),
                               QStringLiteral("INT4"), QStringLiteral("--tokens-per-day"), QStringLiteral("500000"),
                               QStringLiteral("--api-usd-per-m"), QStringLiteral("15"), QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonObject a = root.value(QStringLiteral("a")).toObject();
    const QJsonObject b = root.value(QStringLiteral("b")).toObject();
    for (const QJsonObject &side : {a, b}) {
        for (const char *key : {"decode_tok_s", "verdict", "headroom_bytes", "price_usd_low", "price_usd_high",
                                "usd_per_tok_s", "breakeven_months"})
            QVERIFY2(side.contains(QLatin1String(key)), key);
    }
    QCOMPARE(a.value(QStringLiteral("price_usd_low")).toDouble(), 15499.0); // the card's street quote (low end)
    // A bare card needs its host computer: it is bought too, so the per-tok/s figure counts it.
    QCOMPARE(a.value(QStringLiteral("host_id")).toString(), QStringLiteral("workstation-tr-256"));
    QCOMPARE(a.value(QStringLiteral("host_price_usd")).toDouble(), 7000.0);
    QCOMPARE(a.value(QStringLiteral("system_price_usd_low")).toDouble(), 15499.0 + 7000.0);
    QVERIFY(a.value(QStringLiteral("breakeven_months")).toDouble() > 0);
    QCOMPARE(a.value(QStringLiteral("usd_per_tok_s")).toDouble(),
             (15499.0 + 7000.0) / a.value(QStringLiteral("decode_tok_s")).toDouble());
    // The M4 Max 128 GB has no price in the catalog: null, never 0.
    QVERIFY(b.value(QStringLiteral("price_usd_low")).isNull());
    QVERIFY(b.value(QStringLiteral("usd_per_tok_s")).isNull());
    QVERIFY(b.value(QStringLiteral("breakeven_months")).isNull());
}

void TestCli::usableOverrideOnCatalogBox()
{
    // A user who raised the macOS GPU wired limit tells Headroom so.
    const Result r = headroom({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
                               QStringLiteral("--hardware"), QStringLiteral("m5-max-128"),
                               QStringLiteral("--usable-gb"), QStringLiteral("120"), QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("usable_bytes")).toDouble(),
             120.0 * (1 << 30));
    const Result tooMuch =
        headroom({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
                  QStringLiteral("--hardware"), QStringLiteral("m5-max-128"), QStringLiteral("--usable-gb"),
                  QStringLiteral("129")});
    QCOMPARE(tooMuch.status, 2);
    QVERIFY(tooMuch.err.contains("--usable-gb"));
}

void TestCli::contextBeyondTheModelIsAVerdict()
{
    const Result r = headroom({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
                               QStringLiteral("--hardware"), QStringLiteral("h200-4x"), QStringLiteral("--context"),
                               QStringLiteral("2M"), QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("exceeds-model-context"));
    QCOMPARE(o.value(QStringLiteral("model_context_limit_tokens")).toInt(), 262144);
    QVERIFY(o.value(QStringLiteral("decode_tok_s")).isNull());
    QCOMPARE(o.value(QStringLiteral("format")).toInt(), 1);
}

void TestCli::noSpeedForAPairThatDoesNotRun()
{
    const Result r = headroom({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
                               QStringLiteral("--hardware"), QStringLiteral("rtx-5090"), QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("no-fit"));
    QVERIFY(o.value(QStringLiteral("decode_tok_s")).isNull());
    QVERIFY(o.value(QStringLiteral("decode_ceiling_tok_s")).toDouble() > 0); // the ceiling stays
    QVERIFY(o.value(QStringLiteral("answer_seconds")).isNull());
}

void TestCli::pricesReadLikePrices()
{
    const Result r = headroom({QStringLiteral("compare"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
                               QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"),
                               QStringLiteral("--b-hardware"), QStringLiteral("rtx-5080")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("$15,499–$16,700 street"), r.out.constData());
    QVERIFY2(r.out.contains("$999 MSRP"), r.out.constData());
    QVERIFY(!r.out.contains("$999–$999"));
}

void TestCli::windowTabsAcceptTheirNames()
{
    QTemporaryDir dir;
    for (const QString &tab :
         {QStringLiteral("explore"), QStringLiteral("matrix"), QStringLiteral("compare"), QStringLiteral("advisor")}) {
        const QString png = dir.filePath(tab + QStringLiteral(".png"));
        const Result r = headroom({QStringLiteral("--screenshot"), png, QStringLiteral("--tab"), tab});
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY(QFile::exists(png));
    }
    const Result bad = headroom({QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")),
                                 QStringLiteral("--tab"), QStringLiteral("nowhere")});
    QCOMPARE(bad.status, 2);
    QVERIFY(bad.err.contains("--tab"));
    // The window's scenario flags are checked like the commands', never clamped.
    const Result batch = headroom({QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("y.png")),
                                   QStringLiteral("--batch"), QStringLiteral("100000")});
    QCOMPARE(batch.status, 2);
    QVERIFY(batch.err.contains("--batch"));
}

void TestCli::oneStderrLineWithoutARuntimeDir()
{
    // cron, sudo and containers run without XDG_RUNTIME_DIR: Qt's note about it is not the user's business.
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HEADROOM_BINARY),
                  {QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("bandwidth"),
                   QStringLiteral("--model"), QStringLiteral("devstral-2"), QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("c.png"))});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardError(), QByteArray());
}

void TestCli::failedWritesExitOne()
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("matrix"), QStringLiteral("-o"), QStringLiteral("/no/such/dir/m.csv")},
          QStringList{QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("bandwidth"),
                      QStringLiteral("--model"), QStringLiteral("devstral-2"), QStringLiteral("-o"),
                      QStringLiteral("/no/such/dir/c.svg")}}) {
        const Result r = headroom(args);
        QCOMPARE(r.status, 1); // the environment failed, not the input
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY(r.err.contains("/no/such/dir"));
    }
}

void TestCli::costInputsAreBoundedAndZeroIsKnown()
{
    const QStringList base{QStringLiteral("compare"),      QStringLiteral("--model"),
                           QStringLiteral("devstral-2"),   QStringLiteral("--a-hardware"),
                           QStringLiteral("rtx-pro-6000"), QStringLiteral("--b-hardware"),
                           QStringLiteral("dgx-spark")};
    const Result zero =
        headroom(base + QStringList{QStringLiteral("--api-usd-per-m"), QStringLiteral("0"), QStringLiteral("--json")});
    QCOMPARE(zero.status, 0);
    // A known $0 is a number, not unknown.
    QCOMPARE(QJsonDocument::fromJson(zero.out)
                 .object()
                 .value(QStringLiteral("a"))
                 .toObject()
                 .value(QStringLiteral("api_usd_per_month")),
             QJsonValue(0.0));
    const Result tiny = headroom(base + QStringList{QStringLiteral("--tokens-per-day"), QStringLiteral("1e-5")});
    QCOMPARE(tiny.status, 2);
    QVERIFY(tiny.err.contains("--tokens-per-day"));
    const Result millions = headroom(
        base + QStringList{QStringLiteral("--tokens-per-day"), QStringLiteral("5M"), QStringLiteral("--json")});
    QCOMPARE(millions.status, 0);
    QCOMPARE(QJsonDocument::fromJson(millions.out)
                 .object()
                 .value(QStringLiteral("assumptions"))
                 .toObject()
                 .value(QStringLiteral("tokens_per_day"))
                 .toDouble(),
             5'000'000.0); // a workload count is decimal (contracts.md); a context's 32k stays 32,768
    // A fraction of a token is refused, as for context lengths.
    QCOMPARE(headroom(base + QStringList{QStringLiteral("--tokens-per-day"), QStringLiteral("1.0000001k")}).status, 2);
}

void TestCli::errorsExitTwoWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("names");
    const QString m = QStringLiteral("--model"), h = QStringLiteral("--hardware");
    QTest::newRow("unknown model") << QStringList{QStringLiteral("estimate"), m, QStringLiteral("gpt-9"), h,
                                                  QStringLiteral("rtx-3090")}
                                   << "gpt-9";
    QTest::newRow("unknown hardware") << QStringList{QStringLiteral("estimate"), m, QStringLiteral("devstral-2"), h,
                                                     QStringLiteral("tpu")}
                                      << "tpu";
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("estimate"), QStringLiteral("--frobnicate")}
                                  << "frobnicate";
    QTest::newRow("bad quant") << QStringList{QStringLiteral("estimate"),   m,
                                              QStringLiteral("devstral-2"), h,
                                              QStringLiteral("rtx-3090"),   QStringLiteral("--quant"),
                                              QStringLiteral("Q9")}
                               << "--quant";
    QTest::newRow("zero bandwidth") << QStringList{QStringLiteral("estimate"), QStringLiteral("--params-total"),
                                                   QStringLiteral("7"),        QStringLiteral("--layers"),
                                                   QStringLiteral("32"),       QStringLiteral("--kv-heads"),
                                                   QStringLiteral("8"),        QStringLiteral("--head-dim"),
                                                   QStringLiteral("128"),      QStringLiteral("--memory-gb"),
                                                   QStringLiteral("8"),        QStringLiteral("--bandwidth-gbs"),
                                                   QStringLiteral("0")}
                                    << "--bandwidth-gbs";
    // A size without a geometry would assume a zero KV cache: the flags it needs are named instead.
    QTest::newRow("no geometry") << QStringList{QStringLiteral("estimate"), QStringLiteral("--params-total"),
                                                QStringLiteral("32"), h, QStringLiteral("rtx-4090")}
                                 << "--layers";
    QTest::newRow("more GPUs than the box holds") << QStringList{QStringLiteral("estimate"),   m,
                                                                 QStringLiteral("devstral-2"), h,
                                                                 QStringLiteral("m5-max-128"), QStringLiteral("--gpus"),
                                                                 QStringLiteral("64")}
                                                  << "--gpus";
    QTest::newRow("NaN context") << QStringList{QStringLiteral("estimate"),   m,
                                                QStringLiteral("devstral-2"), h,
                                                QStringLiteral("rtx-3090"),   QStringLiteral("--context"),
                                                QStringLiteral("nan")}
                                 << "--context";
    QTest::newRow("absurd context") << QStringList{QStringLiteral("estimate"),   m,
                                                   QStringLiteral("devstral-2"), h,
                                                   QStringLiteral("rtx-3090"),   QStringLiteral("--context"),
                                                   QStringLiteral("99999999999")}
                                    << "--context";
    QTest::newRow("both model kinds") << QStringList{QStringLiteral("estimate"),   m,
                                                     QStringLiteral("devstral-2"), QStringLiteral("--params-total"),
                                                     QStringLiteral("7"),          h,
                                                     QStringLiteral("rtx-3090")}
                                      << "--model";
    QTest::newRow("compare without B") << QStringList{QStringLiteral("compare"), m, QStringLiteral("devstral-2"),
                                                      QStringLiteral("--a-hardware"), QStringLiteral("rtx-3090")}
                                       << "--b-hardware";
    QTest::newRow("negative electricity")
        << QStringList{QStringLiteral("compare"),    m,
                       QStringLiteral("devstral-2"), QStringLiteral("--a-hardware"),
                       QStringLiteral("rtx-3090"),   QStringLiteral("--b-hardware"),
                       QStringLiteral("rtx-4090"),   QStringLiteral("--electricity-usd-kwh"),
                       QStringLiteral("-1")}
        << "--electricity-usd-kwh";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command";
    const QStringList estimate{QStringLiteral("estimate"), m, QStringLiteral("devstral-2"), h,
                               QStringLiteral("rtx-4090")};
    QTest::newRow("flag given twice") << QStringList{QStringLiteral("estimate"), m, QStringLiteral("a"), m,
                                                     QStringLiteral("b")}
                                      << "--model: given more than once";
    QTest::newRow("value swallowed by the next flag")
        << QStringList{QStringLiteral("estimate"),  m, QStringLiteral("devstral-2"),
                       QStringLiteral("--context"), h, QStringLiteral("rtx-4090")}
        << "--context: missing its value";
    QTest::newRow("ad hoc box flag with a catalog box")
        << estimate + QStringList{QStringLiteral("--tflops"), QStringLiteral("100")}
        << "--tflops: does not apply with --hardware";
    QTest::newRow("geometry with a catalog model")
        << estimate + QStringList{QStringLiteral("--layers"), QStringLiteral("3")}
        << "--layers: does not apply with --model";
    QTest::newRow("TFLOPS too small to be real")
        << QStringList{QStringLiteral("estimate"),   m,
                       QStringLiteral("devstral-2"), QStringLiteral("--memory-gb"),
                       QStringLiteral("24"),         QStringLiteral("--bandwidth-gbs"),
                       QStringLiteral("900"),        QStringLiteral("--tflops"),
                       QStringLiteral("1e-308")}
        << "--tflops: expected a number from 0.01 to 100,000 TFLOPS";
    QTest::newRow("more attention layers than layers")
        << QStringList{QStringLiteral("estimate"), QStringLiteral("--params-total"),
                       QStringLiteral("7"),        QStringLiteral("--layers"),
                       QStringLiteral("32"),       QStringLiteral("--attn-layers"),
                       QStringLiteral("64"),       QStringLiteral("--kv-heads"),
                       QStringLiteral("8"),        QStringLiteral("--head-dim"),
                       QStringLiteral("128"),      h,
                       QStringLiteral("rtx-4090")}
        << "--attn-layers";
    QTest::newRow("window bound reads as a number")
        << QStringList{QStringLiteral("estimate"), QStringLiteral("--params-total"),
                       QStringLiteral("7"),        QStringLiteral("--layers"),
                       QStringLiteral("32"),       QStringLiteral("--swa-layers"),
                       QStringLiteral("16"),       QStringLiteral("--swa-window"),
                       QStringLiteral("99M"),      QStringLiteral("--kv-heads"),
                       QStringLiteral("8"),        QStringLiteral("--head-dim"),
                       QStringLiteral("128"),      h,
                       QStringLiteral("rtx-4090")}
        << "16,777,216 tokens";
    QTest::newRow("answer above the one limit")
        << estimate + QStringList{QStringLiteral("--answer"), QStringLiteral("16M")} << "--answer";
}

void TestCli::errorsExitTwoWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, names);
    const Result r = headroom(arguments);
    QCOMPARE(r.status, 2);
    const QString err = QString::fromUtf8(r.err).trimmed();
    QCOMPARE(err.count(QLatin1Char('\n')), 0);
    QVERIFY2(err.contains(names), qPrintable(err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::validateReportsHeldOutSources()
{
    const Result r = headroom({QStringLiteral("validate"), QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("format")).toInt(), 1);
    const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
    QVERIFY(sources.size() >= 4);
    int rows = 0;
    for (const QJsonValue &v : sources) {
        const QJsonObject o = v.toObject();
        const double median = o.value(QStringLiteral("median_abs_error")).toDouble(-1);
        const double p90 = o.value(QStringLiteral("p90_abs_error")).toDouble(-1);
        QVERIFY(median >= 0 && p90 >= median);
        rows += o.value(QStringLiteral("rows")).toInt();
    }
    const QJsonObject overall = root.value(QStringLiteral("overall")).toObject();
    QCOMPARE(overall.value(QStringLiteral("rows")).toInt(), rows);
    QVERIFY(overall.value(QStringLiteral("inside_range_share")).toDouble() > 0);
    // The same figures as text, and every held-out row as CSV.
    const Result text = headroom({QStringLiteral("validate")});
    QVERIFY(text.out.contains("leave one source out"));
    const Result csv = headroom({QStringLiteral("validate"), QStringLiteral("--rows")});
    QVERIFY(csv.out.startsWith("kind,source,"));
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    const auto kindRows = [&lines](const char *kind) {
        return std::count_if(lines.cbegin(), lines.cend(), [kind](const QByteArray &l) { return l.startsWith(kind); });
    };
    QCOMPARE(kindRows("decode,"), rows);
    // Prompt processing beside decode (issue 24): the same keys per kind, its own rows.
    const QJsonArray kinds = root.value(QStringLiteral("kinds")).toArray();
    QCOMPARE(kinds.size(), 4);
    QCOMPARE(kinds.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("decode"));
    QCOMPARE(kinds.at(0).toObject().value(QStringLiteral("overall")).toObject(), overall);
    QVERIFY(kinds.at(0).toObject().value(QStringLiteral("median_range_width")).toDouble() > 1.0);
    const QJsonObject prefill = kinds.at(1).toObject();
    QCOMPARE(prefill.value(QStringLiteral("kind")).toString(), QStringLiteral("prefill"));
    const int prefillRows = prefill.value(QStringLiteral("overall")).toObject().value(QStringLiteral("rows")).toInt();
    QVERIFY(prefillRows >= 150);
    QCOMPARE(kindRows("prefill,"), prefillRows);
    QVERIFY(prefill.value(QStringLiteral("median_range_width")).toDouble() > 1.0);
    QVERIFY(text.out.contains("leave one publisher out"));
    // Many sequences (issue 25): publications of llama-batched-bench, each left out in turn, within
    // the target, every row in the CSV with its number of sequences.
    const QJsonObject batched = kinds.at(3).toObject();
    QCOMPARE(batched.value(QStringLiteral("kind")).toString(), QStringLiteral("batched"));
    const QJsonObject batchedOverall = batched.value(QStringLiteral("overall")).toObject();
    QVERIFY(batched.value(QStringLiteral("sources")).toArray().size() >= 3);
    QVERIFY(batchedOverall.value(QStringLiteral("rows")).toInt() >= 200);
    QCOMPARE(kindRows("batched,"), batchedOverall.value(QStringLiteral("rows")).toInt());
    QVERIFY2(batchedOverall.value(QStringLiteral("median_abs_error")).toDouble() <= 0.20,
             qPrintable(QString::number(batchedOverall.value(QStringLiteral("median_abs_error")).toDouble())));
    for (const QByteArray &line : lines)
        QVERIFY2(line.split(',').size() >= 11, line.constData());
    QVERIFY(text.out.contains("Many sequences"));
    // Weights in the host (issue 25): its own kind, with the prompt rows' error beside decode's.
    const QJsonObject offload = kinds.at(2).toObject();
    QCOMPARE(offload.value(QStringLiteral("kind")).toString(), QStringLiteral("offload"));
    const int offloadRows = offload.value(QStringLiteral("overall")).toObject().value(QStringLiteral("rows")).toInt();
    QVERIFY(offloadRows >= 14);
    QCOMPARE(kindRows("offload,"), offloadRows);
    QVERIFY(offload.value(QStringLiteral("prompt")).toObject().value(QStringLiteral("rows")).toInt() > 0);
    QVERIFY(text.out.contains("weights in the host's RAM"));
}

void TestCli::calibrateStoresAndEveryCommandUsesIt()
{
    const QStringList estimate = {QStringLiteral("estimate"),    QStringLiteral("--model"),
                                  QStringLiteral("gpt-oss-20b"), QStringLiteral("--hardware"),
                                  QStringLiteral("rtx-4090"),    QStringLiteral("--json")};
    const QJsonObject before = QJsonDocument::fromJson(headroom(estimate).out).object();
    QVERIFY(!before.value(QStringLiteral("measured_calibration")).toBool());

    const Result cal = headroom({QStringLiteral("calibrate"), benchFile("gpt-oss-20b.json"),
                                 QStringLiteral("--hardware"), QStringLiteral("rtx-4090"), QStringLiteral("--json")});
    QCOMPARE(cal.status, 0);
    const QJsonObject report = QJsonDocument::fromJson(cal.out).object();
    const QJsonArray runs = report.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 3);
    // The stored scale is the median of measured ÷ predicted over the decode runs.
    QList<double> ratios;
    for (const QJsonValue &v : runs) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("model_id")).toString(), QStringLiteral("gpt-oss-20b"));
        if (o.value(QStringLiteral("kind")).toString() == QLatin1String("decode"))
            ratios.append(o.value(QStringLiteral("measured_tok_s")).toDouble() /
                          o.value(QStringLiteral("predicted_tok_s")).toDouble());
    }
    QCOMPARE(ratios.size(), 2);
    const double scale = (ratios.at(0) + ratios.at(1)) / 2;
    QVERIFY(qFuzzyCompare(report.value(QStringLiteral("decode_scale")).toDouble(), scale));
    QVERIFY(QFileInfo::exists(calibrationPath()));

    const QJsonObject after = QJsonDocument::fromJson(headroom(estimate).out).object();
    QVERIFY(after.value(QStringLiteral("measured_calibration")).toBool());
    const double was = before.value(QStringLiteral("decode_tok_s")).toDouble();
    const double now = after.value(QStringLiteral("decode_tok_s")).toDouble();
    QVERIFY2(qAbs(now / was - scale) < 0.01,
             qPrintable(QStringLiteral("%1 → %2, scale %3").arg(was).arg(now).arg(scale)));
    QVERIFY(now <= after.value(QStringLiteral("decode_ceiling_tok_s")).toDouble());
    // Reproducible scripts ignore it; --forget removes it.
    QStringList builtin = estimate;
    builtin << QStringLiteral("--builtin-only");
    QVERIFY(!QJsonDocument::fromJson(headroom(builtin).out)
                 .object()
                 .value(QStringLiteral("measured_calibration"))
                 .toBool());
    QCOMPARE(headroom({QStringLiteral("calibrate"), QStringLiteral("--hardware"), QStringLiteral("rtx-4090"),
                       QStringLiteral("--forget")})
                 .status,
             0);
    QVERIFY(!QJsonDocument::fromJson(headroom(estimate).out)
                 .object()
                 .value(QStringLiteral("measured_calibration"))
                 .toBool());

    // A damaged calibration file is an input error for every command, and is left as it is.
    QVERIFY(writeAll(calibrationPath(), "{ not json"));
    const Result damaged = headroom(estimate);
    QCOMPARE(damaged.status, 2);
    QCOMPARE(damaged.err.count('\n'), 1);
    QVERIFY(damaged.err.contains("calibration"));
    const Result refused = headroom({QStringLiteral("calibrate"), benchFile("gpt-oss-20b.json"),
                                     QStringLiteral("--hardware"), QStringLiteral("rtx-4090")});
    QCOMPARE(refused.status, 2);
    QCOMPARE(readAll(calibrationPath()), QByteArray("{ not json"));
    QFile::remove(calibrationPath());
}

void TestCli::calibrateRefusesHostileFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("hardware");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QByteArray>("expected");
    for (const char *name :
         {"hostile-not-objects.json", "hostile-infinite-size.json", "hostile-fractional-count.json",
          "hostile-negative-speed.json", "hostile-deep-nesting.json", "hostile-short-row.md", "hostile-no-table.md"})
        QTest::newRow(name) << benchFile(name) << QStringLiteral("rtx-4090") << QString() << QByteArray(name);
    QTest::newRow("missing file") << benchFile("none.json") << QStringLiteral("rtx-4090") << QString()
                                  << QByteArray("none.json");
    QTest::newRow("unknown box") << benchFile("gpt-oss-20b.json") << QStringLiteral("no-such-box") << QString()
                                 << QByteArray("--hardware");
    QTest::newRow("the wrong model") << benchFile("gpt-oss-20b.json") << QStringLiteral("rtx-4090")
                                     << QStringLiteral("qwen2.5-coder-32b") << QByteArray("this box and this model");
}

void TestCli::calibrateRefusesHostileFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, hardware);
    QFETCH(QString, model);
    QFETCH(QByteArray, expected);
    QStringList arguments = {QStringLiteral("calibrate"), file, QStringLiteral("--hardware"), hardware};
    if (!model.isEmpty())
        arguments << QStringLiteral("--model") << model;
    const Result r = headroom(arguments);
    QCOMPARE(r.status, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(expected), r.err.constData());
    QVERIFY(!QFileInfo::exists(calibrationPath()));
}

void TestCli::hostFlagsOffloadToTheirRam()
{
    const QStringList big = {QStringLiteral("estimate"),         QStringLiteral("--model"),
                             QStringLiteral("qwen3-coder-480b"), QStringLiteral("--hardware"),
                             QStringLiteral("rtx-5090"),         QStringLiteral("--json")};
    // Off by default: no fit. With --offload, the catalog host's 64 GiB cannot hold 270 GB either.
    QCOMPARE(QJsonDocument::fromJson(headroom(big).out).object().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("no-fit"));
    QStringList offload = big;
    offload << QStringLiteral("--offload");
    QCOMPARE(QJsonDocument::fromJson(headroom(offload).out).object().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("no-fit"));
    // A bigger host: it runs from RAM, slower than the GPU alone could, never above the ceiling.
    QStringList server = offload;
    server << QStringLiteral("--ram-gb") << QStringLiteral("512") << QStringLiteral("--ram-bandwidth-gbs")
           << QStringLiteral("300");
    const QJsonObject o = QJsonDocument::fromJson(headroom(server).out).object();
    QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("offload"));
    QVERIFY(o.value(QStringLiteral("offloaded_bytes")).toDouble() > 200e9);
    const double speed = o.value(QStringLiteral("decode_tok_s")).toDouble();
    QVERIFY(speed > 0 && speed <= o.value(QStringLiteral("decode_ceiling_tok_s")).toDouble());
    // Twice the RAM bandwidth reads the offloaded experts faster.
    server.last() = QStringLiteral("600");
    QVERIFY(QJsonDocument::fromJson(headroom(server).out).object().value(QStringLiteral("decode_tok_s")).toDouble() >
            speed);
    // A complete computer has no host: both flags or neither.
    const Result half = headroom({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("gpt-oss-20b"),
                                  QStringLiteral("--hardware"), QStringLiteral("dgx-spark"), QStringLiteral("--ram-gb"),
                                  QStringLiteral("512")});
    QCOMPARE(half.status, 2);
    QVERIFY(half.err.contains("--ram-bandwidth-gbs"));
}
// llama.cpp's --n-cpu-moe and --cpu-moe, as the scenario's placement (JSON n_cpu_moe).
void TestCli::expertLayerFlagsPlaceTheExperts()
{
    const QStringList base = {QStringLiteral("estimate"),     QStringLiteral("--model"),
                              QStringLiteral("gpt-oss-120b"), QStringLiteral("--hardware"),
                              QStringLiteral("rtx-3090"),     QStringLiteral("--ram-gb"),
                              QStringLiteral("256"),          QStringLiteral("--ram-bandwidth-gbs"),
                              QStringLiteral("100"),          QStringLiteral("--json")};
    const auto json = [&](const QStringList &more) {
        const Result r = headroom(base + more);
        return QJsonDocument::fromJson(r.out).object();
    };
    const QJsonObject all = json({QStringLiteral("--cpu-moe")});
    QCOMPARE(all.value(QStringLiteral("verdict")).toString(), QStringLiteral("offload"));
    QCOMPARE(all.value(QStringLiteral("n_cpu_moe")).toInt(), 36);
    const QJsonObject thirty = json({QStringLiteral("--n-cpu-moe"), QStringLiteral("30")});
    QCOMPARE(thirty.value(QStringLiteral("n_cpu_moe")).toInt(), 30);
    QVERIFY(thirty.value(QStringLiteral("decode_tok_s")).toDouble() >
            all.value(QStringLiteral("decode_tok_s")).toDouble());
    // Too few on the host: the rest does not fit the card.
    QCOMPARE(json({QStringLiteral("--n-cpu-moe"), QStringLiteral("3")}).value(QStringLiteral("verdict")).toString(),
             QStringLiteral("no-fit"));
    // Two ways of placing at once are refused, naming the flag.
    const Result both =
        headroom(base + QStringList{QStringLiteral("--cpu-moe"), QStringLiteral("--n-cpu-moe"), QStringLiteral("4")});
    QCOMPARE(both.status, 2);
    QVERIFY2(both.err.contains("--cpu-moe"), both.err.constData());
    const Result withAuto =
        headroom(base + QStringList{QStringLiteral("--offload"), QStringLiteral("--n-cpu-moe"), QStringLiteral("4")});
    QCOMPARE(withAuto.status, 2);
    QVERIFY2(withAuto.err.contains("--offload"), withAuto.err.constData());
    const Result negative = headroom(base + QStringList{QStringLiteral("--n-cpu-moe"), QStringLiteral("-1")});
    QCOMPARE(negative.status, 2);
    // Automatic placement moves only what does not fit: fewer layers' experts than every one.
    const int automatic = json({QStringLiteral("--offload")}).value(QStringLiteral("n_cpu_moe")).toInt(-1);
    QVERIFY2(automatic > 3 && automatic < 36, qPrintable(QString::number(automatic)));
}

void TestCli::compareRecommendsWithCostOfOwnership()
{
    const QStringList base{QStringLiteral("compare"),          QStringLiteral("--model"),
                           QStringLiteral("qwen3-coder-next"), QStringLiteral("--a-hardware"),
                           QStringLiteral("rtx-pro-6000"),     QStringLiteral("--b-hardware"),
                           QStringLiteral("dgx-spark"),        QStringLiteral("--json")};
    const Result r = headroom(base);
    QCOMPARE(r.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QVERIFY(!root.value(QStringLiteral("recommendation")).toString().isEmpty());
    QCOMPARE(root.value(QStringLiteral("horizon_months")).toInt(), 36);
    const QJsonObject a = root.value(QStringLiteral("a")).toObject();
    for (const char *key : {"tco_usd", "capacity_tokens_per_day", "api_usd_per_month", "api_tco_usd"})
        QVERIFY2(a.value(QLatin1String(key)).isDouble(), key);
    // The API is priced for the same model: its own offer, input and cached input included.
    QCOMPARE(a.value(QStringLiteral("api_model_id")).toString(), QStringLiteral("qwen3-coder-next"));
    // TCO over the horizon = purchase + 36 months of electricity.
    QVERIFY(qAbs(a.value(QStringLiteral("tco_usd")).toDouble() -
                 (a.value(QStringLiteral("system_price_usd_low")).toDouble() +
                  36 * a.value(QStringLiteral("energy_usd_per_month")).toDouble())) < 1e-6);
    // A longer horizon costs more electricity; a dearer host raises a bare card's cost.
    const QJsonObject longer =
        QJsonDocument::fromJson(
            headroom(base + QStringList{QStringLiteral("--horizon-months"), QStringLiteral("60")}).out)
            .object()
            .value(QStringLiteral("a"))
            .toObject();
    QVERIFY(longer.value(QStringLiteral("tco_usd")).toDouble() > a.value(QStringLiteral("tco_usd")).toDouble());
    const QJsonObject host =
        QJsonDocument::fromJson(headroom(base + QStringList{QStringLiteral("--host-usd"), QStringLiteral("9000")}).out)
            .object()
            .value(QStringLiteral("a"))
            .toObject();
    QCOMPARE(host.value(QStringLiteral("host_price_usd")).toDouble(), 9000.0);
    // An impossible speed floor: neither box qualifies, the sentence says why, and the API is the answer.
    const QJsonObject strict =
        QJsonDocument::fromJson(
            headroom(base + QStringList{QStringLiteral("--speed-floor-tok-s"), QStringLiteral("5000")}).out)
            .object();
    QCOMPARE(strict.value(QStringLiteral("recommended")).toString(), QStringLiteral("api"));
    const QString said = strict.value(QStringLiteral("recommendation")).toString();
    QVERIFY2(said.contains(QStringLiteral("below the 5,000 tok/s floor")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Neither box: call Qwen3-Coder-Next")), qPrintable(said));
    // Bounds come from the one table: a share above 1 is refused.
    const Result bad = headroom(base + QStringList{QStringLiteral("--cache-hit-share"), QStringLiteral("1.5")});
    QCOMPARE(bad.status, 2);
    QVERIFY(bad.err.contains("--cache-hit-share"));
}

// A 12-token context with a 4,096-token prompt used to pass with exit 0; the rule names both flags.
void TestCli::contextMustHoldPromptAndAnswer()
{
    const QStringList pair{QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("devstral-small-2"),
                           QStringLiteral("--hardware"), QStringLiteral("rtx-4090")};
    const Result tooShort = headroom(pair + QStringList{QStringLiteral("--context"), QStringLiteral("12")});
    QCOMPARE(tooShort.status, 2);
    const QString err = QString::fromUtf8(tooShort.err).trimmed();
    QCOMPARE(err.count(QLatin1Char('\n')), 0);
    for (const char *flag : {"--context", "--prompt", "--answer"})
        QVERIFY2(err.contains(QLatin1String(flag)), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("4596")), qPrintable(err)); // 4,096 + 500, the defaults
    QVERIFY(tooShort.out.isEmpty());
    // The boundary: exactly the prompt and the answer is a context; one token less is not.
    QCOMPARE(headroom(pair + QStringList{QStringLiteral("--context"), QStringLiteral("4596")}).status, 0);
    QCOMPARE(headroom(pair + QStringList{QStringLiteral("--context"), QStringLiteral("4595")}).status, 2);
    QCOMPARE(headroom(pair + QStringList{QStringLiteral("--context"), QStringLiteral("600"), QStringLiteral("--prompt"),
                                         QStringLiteral("100")})
                 .status,
             0);
    const Result compare =
        headroom({QStringLiteral("compare"), QStringLiteral("--model"), QStringLiteral("devstral-small-2"),
                  QStringLiteral("--a-hardware"), QStringLiteral("rtx-4090"), QStringLiteral("--b-hardware"),
                  QStringLiteral("rtx-3090"), QStringLiteral("--prompt"), QStringLiteral("64k")});
    QCOMPARE(compare.status, 2);
    QVERIFY2(QString::fromUtf8(compare.err).contains(QStringLiteral("--prompt 65536")), compare.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
