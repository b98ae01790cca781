// Importing by repository id against a loopback stand-in for the Hub (HF_ENDPOINT): the file
// list with sizes, the config, and every way the network goes wrong, said in words.
#include "cli/hubclient.h"
#include "fakehub.h"
#include "hfconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Headroom;

namespace {
const QByteArray kTree = R"([{"type":"file","path":"config.json","size":812},
 {"type":"file","path":"Model-Q4_K_M.gguf","size":135,"lfs":{"size":18556686400}},
 {"type":"directory","path":"docs"}])";
const QByteArray kConfig = R"({"model_type":"llama","num_hidden_layers":2,"hidden_size":256,
 "num_attention_heads":4,"num_key_value_heads":2,"vocab_size":1000,"intermediate_size":512})";
} // namespace

class TestHub : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void filesWithSizesAndTheConfig();
    void tokenGoesToTheHubOnly();
    void pagesAreFollowed();
    void refusalsAreInputErrors_data();
    void refusalsAreInputErrors();
    void networkTroubleIsAnEnvironmentError_data();
    void networkTroubleIsAnEnvironmentError();
    void malformedConfigIsRefused();
    void badRepositoryIdIsRefusedWithoutAsking();
    void commandLinePrintsFilesAndExitCodes();

private:
    std::unique_ptr<FakeHub> m_hub;
};

void TestHub::init()
{
    m_hub = std::make_unique<FakeHub>();
    qputenv("HF_ENDPOINT", m_hub->address().toUtf8());
    qunsetenv("HF_TOKEN");
    m_hub->answer("/api/models/org/model/tree/main", {200, kTree});
    m_hub->answer("/org/model/resolve/main/config.json", {200, kConfig});
}

void TestHub::filesWithSizesAndTheConfig()
{
    const Hub::Result r = Hub::fetch(QStringLiteral("org/model"), 5);
    QVERIFY2(r.repository, qPrintable(r.failure.message));
    QCOMPARE(r.repository->files.size(), 2); // the folder is not a file
    QCOMPARE(r.repository->files.at(1).name, QStringLiteral("Model-Q4_K_M.gguf"));
    QCOMPARE(r.repository->files.at(1).bytes, 18556686400.0); // the LFS object's size, not the pointer's
    const auto config = HfConfig::parse(r.repository->config, QStringLiteral("org/model"));
    QVERIFY2(config.imported, qPrintable(config.error));
    QCOMPARE(config.imported->model.layers, 2);
}

void TestHub::tokenGoesToTheHubOnly()
{
    qputenv("HF_TOKEN", "secret-token");
    // The config redirects to another origin (a second server: another port, as a CDN would be
    // another host, with no name to resolve): the token must stay behind.
    FakeHub cdn;
    const QByteArray elsewhere = cdn.address().toUtf8() + "/cdn/config.json";
    m_hub->answer("/org/model/resolve/main/config.json", {307, {}, "Location: " + elsewhere + "\r\n"});
    cdn.answer("/cdn/config.json", {200, kConfig});
    const Hub::Result r = Hub::fetch(QStringLiteral("org/model"), 5);
    QVERIFY2(r.repository, qPrintable(r.failure.message));
    QCOMPARE(r.repository->config, kConfig);
    QVERIFY(!m_hub->requests().isEmpty());
    for (const FakeHub::Request &q : m_hub->requests())
        QCOMPARE(q.authorization, QByteArray("Bearer secret-token"));
    QCOMPARE(cdn.requests().size(), 1);
    QVERIFY(cdn.requests().first().authorization.isEmpty());
}

void TestHub::pagesAreFollowed()
{
    const QByteArray next =
        "Link: <" + m_hub->address().toUtf8() + "/api/models/org/model/tree/page2>; rel=\"next\"\r\n";
    m_hub->answer("/api/models/org/model/tree/main", {200, R"([{"type":"file","path":"config.json","size":1}])", next});
    m_hub->answer("/api/models/org/model/tree/page2", {200, R"([{"type":"file","path":"b.safetensors","size":42}])"});
    const Hub::Result r = Hub::fetch(QStringLiteral("org/model"), 5);
    QVERIFY2(r.repository, qPrintable(r.failure.message));
    QCOMPARE(r.repository->files.size(), 2);
    QCOMPARE(r.repository->files.at(1).bytes, 42.0);
}

void TestHub::refusalsAreInputErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("404") << 404 << QStringLiteral("has no repository");
    QTest::newRow("401") << 401 << QStringLiteral("HF_TOKEN");
    QTest::newRow("403") << 403 << QStringLiteral("gated");
}

void TestHub::refusalsAreInputErrors()
{
    QFETCH(int, status);
    QFETCH(QString, says);
    m_hub->answer("/api/models/org/model/tree/main", {status, "{\"error\":\"no\"}"});
    const Hub::Result r = Hub::fetch(QStringLiteral("org/model"), 5);
    QVERIFY(!r.repository);
    QCOMPARE(r.failure.kind, Hub::Failure::Input);
    QVERIFY2(r.failure.message.contains(says), qPrintable(r.failure.message));
}

void TestHub::networkTroubleIsAnEnvironmentError_data()
{
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    QTest::newRow("slow") << int(FakeHub::Answer::Silent) << 200 << QByteArray() << QStringLiteral("within 1 s");
    QTest::newRow("truncated") << int(FakeHub::Answer::Truncated) << 200 << QByteArray("[{\"type\"")
                               << QStringLiteral("cannot reach");
    QTest::newRow("500") << int(FakeHub::Answer::Normal) << 500 << QByteArray("oops") << QStringLiteral("try again");
    QTest::newRow("malformed list") << int(FakeHub::Answer::Normal) << 200 << QByteArray("[{\"type\": file}")
                                    << QStringLiteral("not JSON");
}

void TestHub::networkTroubleIsAnEnvironmentError()
{
    QFETCH(int, behaviour);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    m_hub->answer("/api/models/org/model/tree/main", {status, body, {}, FakeHub::Answer::Behaviour(behaviour)});
    const Hub::Result r = Hub::fetch(QStringLiteral("org/model"), 1);
    QVERIFY(!r.repository);
    QCOMPARE(r.failure.kind, Hub::Failure::Network);
    QVERIFY2(r.failure.message.contains(says), qPrintable(r.failure.message));
}

void TestHub::malformedConfigIsRefused()
{
    m_hub->answer("/org/model/resolve/main/config.json", {200, "{\"num_hidden_layers\": 2,"});
    const Hub::Result r = Hub::fetch(QStringLiteral("org/model"), 5);
    QVERIFY(r.repository);
    const auto config = HfConfig::parse(r.repository->config, QStringLiteral("org/model"));
    QVERIFY(!config.imported);
    QVERIFY(config.error.contains(QStringLiteral("not valid JSON")));
}

void TestHub::badRepositoryIdIsRefusedWithoutAsking()
{
    for (const char *id : {"no-slash", "org/../etc", "org/name/extra", "/abs"}) {
        const Hub::Result r = Hub::fetch(QString::fromLatin1(id), 5);
        QVERIFY(!r.repository);
        QCOMPARE(r.failure.kind, Hub::Failure::Input);
    }
    QVERIFY(m_hub->requests().isEmpty());
}

void TestHub::commandLinePrintsFilesAndExitCodes()
{
    // The real binary against the stand-in; the test's event loop serves it while it runs.
    const auto run = [this](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HF_ENDPOINT"), m_hub->address());
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(HEADROOM_BINARY), args);
        done.wait(30000);
        return std::tuple{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    };
    auto [status, out, err] = run({QStringLiteral("import"), QStringLiteral("hf:org/model"), QStringLiteral("--json")});
    QCOMPARE(status, 0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("repo")).toString(), QStringLiteral("org/model"));
    QCOMPARE(o.value(QStringLiteral("layers")).toInt(), 2);
    const QJsonArray files = o.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(1).toObject().value(QStringLiteral("bytes")).toDouble(), 18556686400.0);
    QCOMPARE(o.value(QStringLiteral("weights_bytes_by_format")).toObject().value(QStringLiteral("Q4_K_M")).toDouble(),
             18556686400.0);
    std::tie(status, out, err) = run({QStringLiteral("import"), QStringLiteral("hf:org/missing")});
    QCOMPARE(status, 2);
    QCOMPARE(err.count('\n'), 1);
    m_hub->answer("/api/models/org/model/tree/main", FakeHub::Answer(503, "busy"));
    std::tie(status, out, err) = run({QStringLiteral("import"), QStringLiteral("hf:org/model")});
    QCOMPARE(status, 1);
    QVERIFY(err.contains("503"));
}

QTEST_GUILESS_MAIN(TestHub)
#include "tst_hub.moc"
