// A property test over the command line: random flag sets (valid, at the bounds, hostile) for
// every command. Each run must end in exit 0 with finite JSON, exit 2 with one line naming a flag
// that exists, or exit 1 naming a path; never a crash. Seeded and bounded; a few thousand cases
// run in-process, and a sample through the real binary (where a signal would show).
#include "cli/commands.h"
#include "exportcommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

struct FlagKind
{
    const char *name;
    QStringList valid;
};

// Values a user might type, right or wrong.
const QStringList kHostile = {
    QString(),
    QStringLiteral("nan"),
    QStringLiteral("inf"),
    QStringLiteral("-inf"),
    QStringLiteral("-1"),
    QStringLiteral("0"),
    QStringLiteral("1e308"),
    QStringLiteral("1e-308"),
    QStringLiteral("99999999999999999999"),
    QStringLiteral("abc"),
    QStringLiteral("0x10"),
    QStringLiteral(" 5"),
    QStringLiteral("1.5"),
    QStringLiteral("--hardware"),
    QStringLiteral("32k"),
    QStringLiteral("17M"),
    QStringLiteral("1e-5"),
    QStringLiteral("ü"),
    QStringLiteral("-0"),
};

const QList<FlagKind> kFlags = {
    {"model",
     {QStringLiteral("devstral-2"), QStringLiteral("gpt-oss-120b"), QStringLiteral("qwen3-coder-next"),
      QStringLiteral("glm-5.2"), QStringLiteral("nope")}},
    {"hardware",
     {QStringLiteral("rtx-4090"), QStringLiteral("dgx-spark"), QStringLiteral("h200-4x"), QStringLiteral("m5-max-128"),
      QStringLiteral("tpu")}},
    {"a-hardware", {QStringLiteral("rtx-pro-6000"), QStringLiteral("strix-halo-128")}},
    {"b-hardware", {QStringLiteral("dgx-spark"), QStringLiteral("rtx-3090")}},
    {"a-model", {QStringLiteral("devstral-small-2")}},
    {"b-model", {QStringLiteral("gpt-oss-20b")}},
    {"params-total", {QStringLiteral("7"), QStringLiteral("70"), QStringLiteral("0.001"), QStringLiteral("100000")}},
    {"params-active", {QStringLiteral("3"), QStringLiteral("0.5")}},
    {"layers", {QStringLiteral("32"), QStringLiteral("1"), QStringLiteral("4096")}},
    {"attn-layers", {QStringLiteral("8"), QStringLiteral("0")}},
    {"kv-heads", {QStringLiteral("8"), QStringLiteral("1")}},
    {"head-dim", {QStringLiteral("128")}},
    {"swa-layers", {QStringLiteral("16")}},
    {"swa-window", {QStringLiteral("4096"), QStringLiteral("32k")}},
    {"mla-rank", {QStringLiteral("512")}},
    {"mla-rope-dim", {QStringLiteral("64")}},
    {"weights-gb", {QStringLiteral("40")}},
    {"memory-gb", {QStringLiteral("24"), QStringLiteral("0.125"), QStringLiteral("65536")}},
    {"usable-gb", {QStringLiteral("20"), QStringLiteral("120")}},
    {"bandwidth-gbs", {QStringLiteral("900"), QStringLiteral("1"), QStringLiteral("100000")}},
    {"tflops", {QStringLiteral("100"), QStringLiteral("0.01")}},
    {"vendor", {QStringLiteral("nvidia"), QStringLiteral("apple"), QStringLiteral("ibm")}},
    {"gpus", {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("8"), QStringLiteral("64")}},
    {"quant",
     {QStringLiteral("Q4_K_M"), QStringLiteral("INT4"), QStringLiteral("NVFP4"), QStringLiteral("bpw:2.5"),
      QStringLiteral("Q9")}},
    {"kv-type", {QStringLiteral("q8_0"), QStringLiteral("fp8"), QStringLiteral("f32")}},
    {"context", {QStringLiteral("32k"), QStringLiteral("1M"), QStringLiteral("16M"), QStringLiteral("1")}},
    {"batch", {QStringLiteral("1"), QStringLiteral("4096"), QStringLiteral("8")}},
    {"prompt", {QStringLiteral("0"), QStringLiteral("4096"), QStringLiteral("16M")}},
    {"answer", {QStringLiteral("500"), QStringLiteral("1M")}},
    {"efficiency", {QStringLiteral("0.5"), QStringLiteral("1"), QStringLiteral("0.01")}},
    {"electricity-usd-kwh", {QStringLiteral("0.3"), QStringLiteral("0"), QStringLiteral("10")}},
    {"tokens-per-day", {QStringLiteral("1M"), QStringLiteral("1"), QStringLiteral("100000")}},
    {"api-usd-per-m", {QStringLiteral("0"), QStringLiteral("15")}},
    {"format", {QStringLiteral("csv"), QStringLiteral("md"), QStringLiteral("xls")}},
    {"chart",
     {QStringLiteral("bandwidth"), QStringLiteral("memory"), QStringLiteral("context"), QStringLiteral("quality"),
      QStringLiteral("compare"), QStringLiteral("pie")}},
    {"scale", {QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("4")}},
    {"page", {QStringLiteral("a4"), QStringLiteral("letter"), QStringLiteral("a3")}},
};

const QStringList kCommands = {QStringLiteral("catalog"), QStringLiteral("estimate"), QStringLiteral("compare"),
                               QStringLiteral("matrix"),  QStringLiteral("export"),   QStringLiteral("report")};

bool allFinite(const QJsonValue &value)
{
    if (value.isDouble())
        return std::isfinite(value.toDouble()) && std::abs(value.toDouble()) < 1e30;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (!allFinite(v))
                return false;
        }
    }
    if (value.isObject()) {
        for (const QJsonValue &v : value.toObject()) {
            if (!allFinite(v))
                return false;
        }
    }
    return true;
}

struct Run
{
    int status = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestCliProperties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomInvocationsKeepTheContract();
    void realBinaryNeverDiesOfASignal();

private:
    QStringList randomArguments(QRandomGenerator &random, bool allowFiles);
    static Run runInProcess(const QStringList &arguments);
    void checkContract(const QStringList &arguments, const Run &run);

    QTemporaryDir m_dir;
};

void TestCliProperties::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QStringList TestCliProperties::randomArguments(QRandomGenerator &random, bool allowFiles)
{
    QStringList args{QStringLiteral("headroom")};
    const bool slowCommand = random.bounded(6) == 0; // export and report draw: fewer of them
    QString command = kCommands.at(random.bounded(4));
    if (slowCommand && allowFiles)
        command = kCommands.at(4 + random.bounded(2));
    if (random.bounded(50) == 0)
        command = QStringLiteral("frobnicate");
    args << command;
    // Half the cases start from a valid core for the command, so the valid paths get their share.
    if (random.bounded(2) == 0) {
        const auto pick = [&random](const char *name) {
            for (const FlagKind &f : kFlags) {
                if (qstrcmp(f.name, name) == 0)
                    return f.valid.at(random.bounded(qMax(1, int(f.valid.size()) - 1))); // not the bad last one
            }
            return QString();
        };
        if (command == QLatin1String("estimate"))
            args << QStringLiteral("--model") << pick("model") << QStringLiteral("--hardware") << pick("hardware");
        else if (command == QLatin1String("compare") || command == QLatin1String("report"))
            args << QStringLiteral("--model") << pick("model") << QStringLiteral("--a-hardware") << pick("a-hardware")
                 << QStringLiteral("--b-hardware") << pick("b-hardware");
        else if (command == QLatin1String("export"))
            args << QStringLiteral("--chart") << pick("chart") << QStringLiteral("--model") << pick("model")
                 << QStringLiteral("--hardware") << pick("hardware") << QStringLiteral("--hardware")
                 << pick("b-hardware");
    }
    const int flags = random.bounded(4);
    for (int i = 0; i < flags; ++i) {
        const FlagKind &flag = kFlags.at(random.bounded(int(kFlags.size())));
        args << QStringLiteral("--") + QString::fromLatin1(flag.name);
        if (random.bounded(10) == 0)
            continue; // a flag with no value
        args << (random.bounded(4) == 0 ? kHostile.at(random.bounded(kHostile.size()))
                                        : flag.valid.at(random.bounded(flag.valid.size())));
    }
    if (random.bounded(4) == 0)
        args << QStringLiteral("--json");
    if (random.bounded(30) == 0)
        args << QStringLiteral("--unheard-of");
    if (allowFiles && (command == QLatin1String("export") || command == QLatin1String("report") ||
                       (command == QLatin1String("matrix") && random.bounded(3) == 0))) {
        const char *suffix = command == QLatin1String("matrix") ? ".csv" : random.bounded(2) ? ".pdf" : ".svg";
        const QString name = random.bounded(8) == 0
                                 ? QStringLiteral("/no/such/dir/out") + QLatin1String(suffix)
                                 : m_dir.filePath(QStringLiteral("out%1").arg(QLatin1String(suffix)));
        args << QStringLiteral("-o") << name;
    }
    return args;
}

Run TestCliProperties::runInProcess(const QStringList &arguments)
{
    Run r;
    QByteArray out;
    QString err;
    {
        QTextStream o(&out);
        QTextStream e(&err);
        r.status = Headroom::ExportCommands::handles(arguments) ? Headroom::ExportCommands::run(arguments, o, e)
                                                                : Headroom::Cli::run(arguments, o, e);
    }
    r.out = out;
    r.err = err;
    return r;
}

void TestCliProperties::checkContract(const QStringList &arguments, const Run &run)
{
    const QString line = arguments.join(QLatin1Char(' '));
    const QString err = run.err.trimmed();
    switch (run.status) {
    case 0: {
        QVERIFY2(err.isEmpty(), qPrintable(line + QStringLiteral(" → ") + err));
        if (arguments.contains(QStringLiteral("--json")) && !arguments.contains(QStringLiteral("--help"))) {
            QJsonParseError parse;
            const QJsonDocument doc = QJsonDocument::fromJson(run.out, &parse);
            QVERIFY2(parse.error == QJsonParseError::NoError && doc.isObject(), qPrintable(line));
            // Every number finite and sane: Qt writes NaN and infinity as null, so a runaway shows as a
            // huge number instead.
            QVERIFY2(allFinite(doc.object()), qPrintable(line));
        }
        break;
    }
    case 1:
        QCOMPARE(err.count(QLatin1Char('\n')), 0);
        QVERIFY2(err.contains(QStringLiteral("cannot write")) || err.contains(QStringLiteral("Cannot write")),
                 qPrintable(line + QStringLiteral(" → ") + err));
        break;
    case 2: {
        QCOMPARE(err.count(QLatin1Char('\n')), 0);
        QVERIFY2(err.startsWith(QStringLiteral("headroom: ")), qPrintable(err));
        // It names a flag the user gave, an id, a stray word or the unknown command.
        bool named = err.contains(QStringLiteral("unknown command")) ||
                     err.contains(QStringLiteral("unexpected argument")) ||
                     err.contains(QStringLiteral("Unknown option"));
        static const QRegularExpression flag(QStringLiteral("--?([a-z][a-z0-9-]*)"));
        for (auto it = flag.globalMatch(err); it.hasNext();) {
            const QString name = it.next().captured(1);
            // A flag the user gave, or one that exists and is needed (a missing --kv-heads).
            bool exists = name == QLatin1String("o") || name == QLatin1String("json");
            for (const FlagKind &f : kFlags)
                exists = exists || name == QLatin1String(f.name);
            named = named || arguments.contains(QStringLiteral("--") + name) || exists;
        }
        QVERIFY2(named, qPrintable(line + QStringLiteral(" → ") + err));
        QVERIFY2(!err.contains(QStringLiteral("e+0")), qPrintable(err)); // bounds read as numbers
        break;
    }
    default: QFAIL(qPrintable(QStringLiteral("status %1: %2").arg(run.status).arg(line)));
    }
}

void TestCliProperties::randomInvocationsKeepTheContract()
{
    const quint32 seed = qEnvironmentVariableIsSet("HEADROOM_PROPERTY_SEED")
                             ? quint32(qEnvironmentVariableIntValue("HEADROOM_PROPERTY_SEED"))
                             : 20261129u;
    const int cases = qEnvironmentVariableIsSet("HEADROOM_PROPERTY_CASES")
                          ? qEnvironmentVariableIntValue("HEADROOM_PROPERTY_CASES")
                          : 3000;
    QRandomGenerator random(seed);
    QMap<int, int> statuses;
    for (int i = 0; i < cases; ++i) {
        const QStringList arguments = randomArguments(random, true);
        const Run run = runInProcess(arguments);
        ++statuses[run.status];
        checkContract(arguments, run);
        if (QTest::currentTestFailed()) {
            qWarning("seed %u, case %d", seed, i);
            return;
        }
    }
    qInfo("%d cases (seed %u): exit 0 ×%d, exit 1 ×%d, exit 2 ×%d", cases, seed, statuses.value(0), statuses.value(1),
          statuses.value(2));
    QVERIFY(statuses.value(0) > cases / 20); // the generator reaches the valid paths too
    QVERIFY(statuses.value(2) > cases / 20);
}

void TestCliProperties::realBinaryNeverDiesOfASignal()
{
    QRandomGenerator random(7);
    for (int i = 0; i < 60; ++i) {
        QStringList arguments = randomArguments(random, false);
        arguments.removeFirst();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HEADROOM_BINARY), arguments);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit, qPrintable(arguments.join(QLatin1Char(' '))));
        Run r{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
        arguments.prepend(QStringLiteral("headroom"));
        checkContract(arguments, r);
    }
}

QTEST_MAIN(TestCliProperties)
#include "tst_cliproperties.moc"
