// calibrate with hostile llama-bench output (JSON, JSONL and Markdown, every field of a run set to
// what it cannot be; files that are not files) over three states of the user's calibrations. A
// refusal leaves calibration.json and its backup byte for byte; a success adds the box and keeps
// every box that was there, with the file before it as the backup.
#include "rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hostile {

namespace {

QList<std::pair<QString, QByteArray>> inputs()
{
    QList<std::pair<QString, QByteArray>> out;
    const QByteArray json = readAll(testData(QStringLiteral("llama-bench/gpt-oss-20b.json")));
    const QJsonArray runs = QJsonDocument::fromJson(json).array();
    const QList<QJsonValue> hostile = {0,   -1,   1e308,         QStringLiteral("x"), QJsonValue(), QJsonArray{},
                                       1.5, 1e19, QJsonObject{}, QString(),           true,         2.5e-300};
    const QJsonObject first = runs.at(0).toObject();
    for (auto it = first.begin(); it != first.end(); ++it) {
        for (const QJsonValue &v : hostile) {
            QJsonArray copy = runs;
            for (qsizetype i = 0; i < copy.size(); ++i) {
                QJsonObject run = copy.at(i).toObject();
                run.insert(it.key(), v);
                copy[i] = run;
            }
            out.append(
                {QStringLiteral("json: %1 = %2")
                     .arg(it.key(), QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))),
                 QJsonDocument(copy).toJson()});
        }
    }
    out.append({QStringLiteral("json: a list of numbers"), "[1, 2, 3]"});
    out.append({QStringLiteral("json: an object"), "{\"avg_ts\": 5}"});
    out.append({QStringLiteral("json: no runs"), "[]"});
    out.append({QStringLiteral("json: cut off"), json.left(json.size() / 2)});
    const QByteArray jsonl = readAll(testData(QStringLiteral("llama-bench/gpt-oss-20b.jsonl")));
    const QList<QByteArray> lines = jsonl.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QList<QByteArray> damaged = lines;
        damaged[i] = "{not json";
        out.append({QStringLiteral("jsonl: line %1 damaged").arg(i + 1), damaged.join('\n')});
        QList<QByteArray> nulls = lines;
        nulls[i] = QByteArray(nulls.at(i)).replace("\"avg_ts\": ", "\"avg_ts\": -");
        out.append({QStringLiteral("jsonl: line %1 negative").arg(i + 1), nulls.join('\n')});
    }
    const QByteArray md = readAll(testData(QStringLiteral("llama-bench/gpt-oss-20b.md")));
    for (const auto &[from, to] :
         {std::pair{"11.28 GiB", "abc GiB"}, std::pair{"11.28 GiB", "-1 GiB"}, std::pair{"11.28 GiB", "1e308 GiB"},
          std::pair{"20.91 B", "0 B"}, std::pair{"20.91 B", "nan B"}, std::pair{"9000.00 ± 40.00", "inf ± 1"},
          std::pair{"230.00 ± 1.00", "-230 ± 1"}, std::pair{"230.00 ± 1.00", "x"}, std::pair{"tg128", "tg-1"},
          std::pair{"pp512", "pp0"}, std::pair{"| model", "| modèle"}, std::pair{"|", ""},
          std::pair{"CUDA", "\x1b[31mCUDA"}, std::pair{"tg128 @ d4096", "tg128 @ d-5"}}) {
        out.append({QStringLiteral("md: %1 → %2").arg(QString::fromUtf8(from), QString::fromUtf8(to)),
                    QByteArray(md).replace(from, to)});
    }
    for (const char *name :
         {"hostile-deep-nesting.json", "hostile-fractional-count.json", "hostile-infinite-size.json",
          "hostile-negative-speed.json", "hostile-no-table.md", "hostile-not-objects.json", "hostile-short-row.md"})
        out.append({QLatin1String(name), readAll(testData(QStringLiteral("llama-bench/") + QLatin1String(name)))});
    out.append({QStringLiteral("a valid JSON file"), json});
    out.append({QStringLiteral("a valid Markdown table"), md});
    return out;
}

enum class State { None, ThreeBoxes, WithBackup };

void prepare(const QString &dir, State state)
{
    if (state == State::None)
        return;
    writeFile(dataDir(dir) + QStringLiteral("/calibration.json"), threeBoxCalibration());
    if (state == State::WithBackup)
        writeFile(dataDir(dir) + QStringLiteral("/calibration.json.bak"), R"({"format":1,"boxes":{}})");
}

QStringList boxesIn(const QString &file)
{
    return QJsonDocument::fromJson(readAll(file)).object().value(QStringLiteral("boxes")).toObject().keys();
}

Case calibrate(const QString &name, const QString &file, State state, const std::function<void(const QString &)> &make,
               const Expect &e)
{
    Case c;
    c.name = QStringLiteral("%1 (%2 calibrated)")
                 .arg(name, state == State::None ? QStringLiteral("nothing") : QStringLiteral("3 boxes"));
    c.args = {QStringLiteral("calibrate"), file, QStringLiteral("--hardware"), QStringLiteral("rtx-5080"),
              QStringLiteral("--json")};
    auto before = std::make_shared<std::pair<QString, QString>>();
    c.setup = [make, state, before](const QString &dir) {
        make(dir);
        prepare(dir, state);
        const QString f = dataDir(dir) + QStringLiteral("/calibration.json");
        *before = {identity(f), identity(f + QStringLiteral(".bak"))};
    };
    c.check = [before, state](const Run &r) -> QString {
        const QString f = dataDir(r.dir) + QStringLiteral("/calibration.json");
        if (r.exitCode != 0) {
            if (const QString lost = unchanged(f, before->first, QStringLiteral("calibration.json")); !lost.isEmpty())
                return lost;
            return unchanged(f + QStringLiteral(".bak"), before->second, QStringLiteral("calibration.json.bak"));
        }
        const QStringList now = boxesIn(f);
        const QStringList had =
            state == State::None
                ? QStringList{}
                : QStringList{QStringLiteral("dgx-spark"), QStringLiteral("rtx-4090"), QStringLiteral("rtx-5090")};
        for (const QString &box : had + QStringList{QStringLiteral("rtx-5080")}) {
            if (!now.contains(box))
                return QStringLiteral("loss: %1 is not in calibration.json after calibrate").arg(box);
        }
        if (state != State::None && boxesIn(f + QStringLiteral(".bak")) != had)
            return QStringLiteral("loss: the backup is not the file as it was");
        return {};
    };
    c.expect = e;
    return c;
}

} // namespace

QList<Case> calibrateCases(const Context &)
{
    QList<Case> cases;
    for (const State state : {State::None, State::ThreeBoxes, State::WithBackup}) {
        for (const auto &[name, bytes] : inputs()) {
            const bool valid = name.startsWith(QLatin1String("a valid"));
            const QString file = name.startsWith(QLatin1String("md")) || name.endsWith(QLatin1String(".md"))
                                     ? QStringLiteral("runs.md")
                                 : name.startsWith(QLatin1String("jsonl")) ? QStringLiteral("runs.jsonl")
                                                                           : QStringLiteral("runs.json");
            const QByteArray content = bytes;
            cases << calibrate(
                name, file, state,
                [file, content](const QString &d) { writeFile(d + QLatin1Char('/') + file, content); },
                valid ? succeeds() : either({file}));
        }
    }
    // Files that are not llama-bench output at all.
    const QList<std::pair<QString, std::function<void(const QString &)>>> kinds = {
        {QStringLiteral("a FIFO no one writes"), [](const QString &d) { makeFifo(d + QStringLiteral("/runs.json")); }},
        {QStringLiteral("a zero device"), [](const QString &d) { makeDevice(d + QStringLiteral("/runs.json"), 1, 5); }},
        {QStringLiteral("a null device"), [](const QString &d) { makeDevice(d + QStringLiteral("/runs.json"), 1, 3); }},
        {QStringLiteral("a symlink loop"),
         [](const QString &d) { makeLoop(d + QStringLiteral("/runs.json"), d + QStringLiteral("/b.json")); }},
        {QStringLiteral("a folder"), [](const QString &d) { QDir().mkpath(d + QStringLiteral("/runs.json")); }},
        {QStringLiteral("an empty file"), [](const QString &d) { writeFile(d + QStringLiteral("/runs.json"), {}); }},
        {QStringLiteral("a missing file"), [](const QString &) {}},
        {QStringLiteral("20 MB of spaces"),
         [](const QString &d) { writeFile(d + QStringLiteral("/runs.json"), QByteArray(20 << 20, ' ')); }},
    };
    for (const auto &[name, make] : kinds) {
        for (const State state : {State::None, State::WithBackup}) {
            Case c = calibrate(name, QStringLiteral("runs.json"), state, make, refused({QStringLiteral("runs.json")}));
            c.watchMs = 25000;
            cases << c;
        }
    }
    // A (nearly) full disk under the user data folder: a save that fails keeps the file and its
    // backup as they were (the review saw .bak overwritten by a failed save).
    for (const qint64 leave : {0, 4096, 8192, 16384}) {
        for (const bool forget : {false, true}) {
            Case c = calibrate(
                QStringLiteral("a valid JSON file, %1 bytes free%2")
                    .arg(leave)
                    .arg(forget ? QStringLiteral(", --forget") : QString()),
                QStringLiteral("runs.json"), State::WithBackup,
                [](const QString &d) {
                    writeFile(d + QStringLiteral("/runs.json"),
                              readAll(testData(QStringLiteral("llama-bench/gpt-oss-20b.json"))));
                },
                either({QStringLiteral("calibration.json")}));
            if (forget)
                c.args = {QStringLiteral("calibrate"), QStringLiteral("--hardware"), QStringLiteral("rtx-4090"),
                          QStringLiteral("--forget")};
            const auto inner = c.setup;
            c.setup = [inner, leave](const QString &d) {
                mountTmpfs(dataDir(d), QStringLiteral("size=64k"));
                inner(d);
                fillDisk(dataDir(d), leave);
            };
            c.mounts = {QStringLiteral("data/Headroom/headroom")};
            if (forget) {
                const auto keep = c.check;
                c.check = [keep](const Run &r) -> QString {
                    // Forgetting removes rtx-4090 only; a refusal keeps everything.
                    if (r.exitCode != 0)
                        return keep(r);
                    const QStringList now = boxesIn(dataDir(r.dir) + QStringLiteral("/calibration.json"));
                    return now == QStringList{QStringLiteral("dgx-spark"), QStringLiteral("rtx-5090")}
                               ? QString()
                               : QStringLiteral("loss: after --forget the file holds %1")
                                     .arg(now.join(QLatin1Char(',')));
                };
            }
            cases << c;
        }
    }
    return cases;
}

} // namespace Hostile
