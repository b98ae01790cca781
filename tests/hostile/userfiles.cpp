// The files Headroom opens by itself (catalog.json, calibration.json, the settings) and the
// scenario a user names, each replaced by every hostile kind of thing (a FIFO, device nodes that
// never end, symlink loops, folders, huge sparse files, garbage, damaged JSON) under every command
// that reads it. Each is refused with one line naming the file, and left exactly as it was.
#include "rows.h"
#include "scenariofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <unistd.h>

namespace Hostile {

namespace {

struct Kind
{
    QString name;
    std::function<void(const QString &path)> make;
    bool valid = false;  // a file the app may read (then a command may succeed)
    bool nobody = false; // the case runs as nobody (permission)
};

QList<Kind> hostileKinds()
{
    QList<Kind> k;
    k.append({QStringLiteral("a FIFO"), [](const QString &p) { makeFifo(p); }});
    for (const auto &[name, minor] : {std::pair{"a zero device", 5}, std::pair{"a null device", 3},
                                      std::pair{"a random device", 8}, std::pair{"a full device", 7}})
        k.append({QLatin1String(name), [minor](const QString &p) { makeDevice(p, 1, minor); }});
    k.append({QStringLiteral("a symlink loop"), [](const QString &p) { makeLoop(p, p + QStringLiteral(".other")); }});
    k.append({QStringLiteral("a symlink to itself"), [](const QString &p) { makeLink(p, p); }});
    k.append({QStringLiteral("a symlink to a FIFO"), [](const QString &p) {
                  makeFifo(p + QStringLiteral(".fifo"));
                  makeLink(p + QStringLiteral(".fifo"), p);
              }});
    k.append({QStringLiteral("a symlink to a zero device"), [](const QString &p) {
                  makeDevice(p + QStringLiteral(".zero"), 1, 5);
                  makeLink(p + QStringLiteral(".zero"), p);
              }});
    k.append({QStringLiteral("a folder"), [](const QString &p) { QDir().mkpath(p); }});
    k.append({QStringLiteral("an empty file"), [](const QString &p) { writeFile(p, {}); }});
    k.append({QStringLiteral("a 1 GB sparse file"), [](const QString &p) {
                  writeFile(p, "{");
                  QFile(p).resize(qint64(1) << 30);
              }});
    k.append({QStringLiteral("not JSON"), [](const QString &p) { writeFile(p, "{ not json"); }});
    k.append({QStringLiteral("a JSON list"), [](const QString &p) { writeFile(p, "[]"); }});
    k.append({QStringLiteral("JSON text"), [](const QString &p) { writeFile(p, "\"text\""); }});
    k.append({QStringLiteral("format 99"), [](const QString &p) { writeFile(p, R"({"format": 99})"); }});
    k.append({QStringLiteral("binary garbage"), [](const QString &p) {
                  QByteArray b(4096, Qt::Uninitialized);
                  QRandomGenerator gen(7);
                  for (char &c : b)
                      c = char(gen.bounded(256));
                  writeFile(p, b);
              }});
    k.append({QStringLiteral("deep nesting"), [](const QString &p) { writeFile(p, QByteArray(200000, '[')); }});
    k.append(
        {QStringLiteral("NUL bytes"), [](const QString &p) { writeFile(p, QByteArray("{\"format\"\0: 2}", 14)); }});
    k.append({QStringLiteral("an unreadable file (as nobody)"),
              [](const QString &p) {
                  writeFile(p, "{}");
                  QFile::setPermissions(p, {});
              },
              false, true});
    return k;
}

// Damaged but parseable catalogs: each is an error naming a JSON path.
QList<QByteArray> catalogContents()
{
    QJsonObject good = QJsonDocument::fromJson(ownCatalog()).object();
    QList<QByteArray> out;
    const auto with = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject o = good;
        edit(o);
        out << QJsonDocument(o).toJson();
    };
    const auto boxField = [&](const char *group, const char *key, const QJsonValue &v) {
        with([=](QJsonObject &o) {
            QJsonArray boxes = o.value(QStringLiteral("boxes")).toArray();
            QJsonObject box = boxes.at(0).toObject();
            QJsonObject g = box.value(QLatin1String(group)).toObject();
            g.insert(QLatin1String(key), v);
            box.insert(QLatin1String(group), g);
            boxes[0] = box;
            o.insert(QStringLiteral("boxes"), boxes);
        });
    };
    with([](QJsonObject &o) { o.insert(QStringLiteral("boxes"), 5); });
    with([](QJsonObject &o) { o.insert(QStringLiteral("boxes"), QJsonArray{1, 2}); });
    with([](QJsonObject &o) { o.insert(QStringLiteral("models"), QStringLiteral("x")); });
    with([](QJsonObject &o) { o.insert(QStringLiteral("format"), QStringLiteral("2")); });
    boxField("memory", "gib_per_device", -1);
    boxField("memory", "gib_per_device", 1e308);
    boxField("memory", "gib_per_device", QStringLiteral("24"));
    boxField("bandwidth", "gbs_per_device", 0);
    boxField("devices", "count", 1.5);
    with([](QJsonObject &o) { // a box naming a host that is not there
        QJsonArray boxes = o.value(QStringLiteral("boxes")).toArray();
        QJsonObject box = boxes.at(0).toObject();
        box.insert(QStringLiteral("host"), QStringLiteral("no-such-host"));
        boxes[0] = box;
        o.insert(QStringLiteral("boxes"), boxes);
    });
    with([](QJsonObject &o) { // the same id twice
        QJsonArray boxes = o.value(QStringLiteral("boxes")).toArray();
        boxes.append(boxes.at(0));
        o.insert(QStringLiteral("boxes"), boxes);
    });
    with([](QJsonObject &o) { // an API offer of a model nobody has
        o.insert(QStringLiteral("api_offers"),
                 QJsonArray{QJsonObject{{QStringLiteral("model"), QStringLiteral("nope")},
                                        {QStringLiteral("provider"), QStringLiteral("x")},
                                        {QStringLiteral("input_usd_per_m"), 1},
                                        {QStringLiteral("output_usd_per_m"), 2},
                                        {QStringLiteral("source"), QStringLiteral("s")},
                                        {QStringLiteral("as_of"), QStringLiteral("2026-01-01")},
                                        {QStringLiteral("grade"), QStringLiteral("user")}}});
    });
    with([](QJsonObject &o) {
        QJsonArray models = o.value(QStringLiteral("models")).toArray();
        QJsonObject m = models.at(0).toObject();
        m.remove(QStringLiteral("geometry"));
        models[0] = m;
        o.insert(QStringLiteral("models"), models);
    });
    with([](QJsonObject &o) {
        QJsonArray models = o.value(QStringLiteral("models")).toArray();
        QJsonObject m = models.at(0).toObject();
        m.insert(QStringLiteral("id"), QStringLiteral("a\nb"));
        models[0] = m;
        o.insert(QStringLiteral("models"), models);
    });
    out << ownCatalog().left(ownCatalog().size() / 2); // cut off
    return out;
}

QList<QByteArray> calibrationContents()
{
    return {
        R"({"format":1,"boxes":[1,2]})",
        R"({"format":1,"boxes":{"rtx-4090":{"scale":1,"runs":"x"}}})",
        R"({"format":1,"boxes":{"rtx-4090":{"scale":"1"}}})",
        R"({"format":1,"boxes":{"rtx-4090":{"scale":1e9}}})",
        R"({"format":1,"boxes":{"rtx-4090":{"scale":1,"prompt_scale":0}}})",
        R"({"format":1,"boxes":{"rtx-4090":{"scale":1,"runs":[1]}}})",
        R"({"format":1,"boxes":{"rtx-4090":{"scale":1,"runs":[{"model":5}]}}})",
        R"({"format":1,"boxes":{"rtx-4090":{"scale":1,"grade":"user"}}})",
        R"({"format":"1","boxes":{}})",
        R"({"format":1,"boxes":{"rtx-4090":5}})",
        R"({"format":1,"boxes":{"rtx-4090":{"scale":-1}}})",
        threeBoxCalibration().left(200),
    };
}

QList<QStringList> readers()
{
    return {
        {QStringLiteral("catalog"), QStringLiteral("--json")},
        {QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
         QStringLiteral("--hardware"), QStringLiteral("rtx-4090"), QStringLiteral("--json")},
        {QStringLiteral("compare"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
         QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"), QStringLiteral("--b-hardware"),
         QStringLiteral("dgx-spark")},
        {QStringLiteral("matrix")},
        {QStringLiteral("detect")},
        {QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("bandwidth"), QStringLiteral("--model"),
         QStringLiteral("devstral-2"), QStringLiteral("-o"), QStringLiteral("c.svg"), QStringLiteral("--lang"),
         QStringLiteral("en")},
        {QStringLiteral("report"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
         QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"), QStringLiteral("--b-hardware"),
         QStringLiteral("dgx-spark"), QStringLiteral("-o"), QStringLiteral("r.pdf"), QStringLiteral("--lang"),
         QStringLiteral("en")},
        {QStringLiteral("calibrate"), llamaBench(), QStringLiteral("--hardware"), QStringLiteral("rtx-5080")},
        {QStringLiteral("validate")},
        {QStringLiteral("import"), testData(QStringLiteral("hf-configs/qwen3-30b-a3b.json"))},
    };
}

Case make(const QString &name, const QStringList &args, const QString &file, const Kind *kindOrNull,
          const QByteArray &content, bool mayWrite)
{
    Case c;
    c.name = QStringLiteral("%1 as %2: %3").arg(QFileInfo(file).fileName(), name, args.join(QLatin1Char(' ')).left(80));
    c.args = args;
    auto before = std::make_shared<QString>();
    // A copy: the case outlives the list of kinds it came from.
    const std::optional<Kind> kind = kindOrNull ? std::optional<Kind>(*kindOrNull) : std::nullopt;
    const bool nobody = kind && kind->nobody;
    c.asNobody = nobody;
    c.setup = [file, kind, content, before](const QString &dir) {
        const QString path = dir + QLatin1Char('/') + file;
        if (kind)
            kind->make(path);
        else
            writeFile(path, content);
        *before = identity(path);
    };
    c.check = [file, before, mayWrite](const Run &r) {
        if (mayWrite && r.exitCode == 0)
            return QString();
        return unchanged(r.dir + QLatin1Char('/') + file, *before, QFileInfo(file).fileName());
    };
    c.expect = refused({QFileInfo(file).fileName()}, 2);
    return c;
}

// Damaged scenario files: each refused naming the file and what is wrong.
QList<QByteArray> scenarioContents()
{
    const QJsonObject good = QJsonDocument::fromJson(scenarioFile()).object();
    QList<QByteArray> out;
    const auto with = [&](const QStringList &path, const QJsonValue &v) {
        // Sets good[path…] = v, through nested objects.
        std::function<QJsonObject(QJsonObject, qsizetype)> set = [&](QJsonObject o, qsizetype i) {
            if (i == path.size() - 1) {
                if (v.isUndefined())
                    o.remove(path.at(i));
                else
                    o.insert(path.at(i), v);
                return o;
            }
            o.insert(path.at(i), set(o.value(path.at(i)).toObject(), i + 1));
            return o;
        };
        out << QJsonDocument(set(good, 0)).toJson();
    };
    const auto p = [](const char *dotted) { return QString::fromLatin1(dotted).split(QLatin1Char('.')); };
    with(p("kind"), QStringLiteral("x"));
    with(p("format"), Headroom::ScenarioFile::kFormat + 1); // newer than this build reads
    with(p("format"), Headroom::ScenarioFile::kOldestFormat - 1);
    with(p("format"), QStringLiteral("1"));
    with(p("session"), QJsonValue::Undefined);
    with(p("session"), 5);
    with(p("session.explore.scenario.context_tokens"), 1.5);
    with(p("session.explore.scenario.kv_type"), QStringLiteral("q1"));
    with(p("session.explore.scenario.quant"), 5);
    with(p("session.compare.a.hardware"), QStringLiteral("nope"));
    with(p("session.compare.a.hardware"), 5);
    with(p("session.compare.a.scenario.batch"), 0);
    with(p("session.compare.tokens_per_day"), -1);
    with(p("session.compare.horizon_months"), 1.5);
    with(p("session.compare.linked_context"), QStringLiteral("yes"));
    with(p("catalog.boxes"), 5);
    with(p("catalog.models"), QJsonArray());
    return out;
}

} // namespace

QList<Case> userFileCases(const Context &ctx)
{
    QList<Case> cases;
    const QList<Kind> kinds = hostileKinds();
    const QString catalog = QStringLiteral("data/Headroom/headroom/catalog.json");
    const QString calibration = QStringLiteral("data/Headroom/headroom/calibration.json");
    const QString settings = QStringLiteral("config/Headroom/headroom.conf");
    // Every command that reads the user's catalog and calibrations.
    for (const QStringList &args : readers()) {
        const bool calibrates = args.first() == QLatin1String("calibrate");
        for (const Kind &k : kinds) {
            cases << make(k.name, args, catalog, &k, {}, false);
            cases << make(k.name, args, calibration, &k, {}, false);
        }
        // Links to good files are followed.
        const QList<std::pair<QString, QByteArray>> goods = {{catalog, ownCatalog()},
                                                             {calibration, threeBoxCalibration()}};
        for (const auto &[file, content] : goods) {
            Case linked = make(QStringLiteral("a symlink to a good file"), args, file, nullptr, {}, true);
            const QByteArray bytes = content;
            const QString target = file;
            linked.setup = [target, bytes](const QString &dir) {
                writeFile(dir + QStringLiteral("/elsewhere/good.json"), bytes);
                makeLink(dir + QStringLiteral("/elsewhere/good.json"), dir + QLatin1Char('/') + target);
            };
            linked.check = nullptr;
            linked.expect = succeeds();
            cases << linked;
        }
        int n = 0;
        for (const QByteArray &content : catalogContents())
            cases << make(QStringLiteral("damaged catalog %1").arg(++n), args, catalog, nullptr, content, false);
        n = 0;
        for (const QByteArray &content : calibrationContents())
            cases << make(QStringLiteral("damaged calibration %1").arg(++n), args, calibration, nullptr, content,
                          false);
        // --builtin-only ignores the user's catalog; calibrate still merges into its calibration.
        for (const Kind &k : kinds.mid(0, 8)) {
            Case c = make(k.name + QStringLiteral(" with --builtin-only"),
                          args + QStringList{QStringLiteral("--builtin-only")}, catalog, &k, {}, false);
            c.expect = succeeds();
            cases << c;
            if (calibrates) {
                Case cal = make(k.name + QStringLiteral(" with --builtin-only"),
                                args + QStringList{QStringLiteral("--builtin-only")}, calibration, &k, {}, false);
                cases << cal;
            }
        }
    }
    // The settings: export and report read the remembered language from them unless --lang is given.
    const QList<QStringList> languageReaders = {
        {QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("memory"), QStringLiteral("--model"),
         QStringLiteral("devstral-2"), QStringLiteral("-o"), QStringLiteral("c.svg")},
        {QStringLiteral("report"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
         QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"), QStringLiteral("--b-hardware"),
         QStringLiteral("dgx-spark"), QStringLiteral("-o"), QStringLiteral("r.pdf")},
    };
    for (const QStringList &args : languageReaders) {
        for (const Kind &k : kinds) {
            Case c = make(k.name, args, settings, &k, {}, false);
            // Settings are INI: text that is not JSON may be good settings. What is not a file, or
            // too large, or unreadable, must be refused.
            const bool content = !k.name.contains(QLatin1String("device")) && !k.name.contains(QLatin1String("FIFO")) &&
                                 !k.name.contains(QLatin1String("symlink")) &&
                                 !k.name.contains(QLatin1String("folder")) && !k.name.contains(QLatin1String("GB")) &&
                                 !k.nobody;
            if (content)
                c.expect = either({QStringLiteral("headroom.conf")});
            cases << c;
            Case given =
                make(k.name + QStringLiteral(" with --lang"),
                     args + QStringList{QStringLiteral("--lang"), QStringLiteral("de")}, settings, &k, {}, false);
            given.expect = succeeds();
            cases << given;
        }
        for (const char *text : {"[usable]\nrtx-4090=abc\n", "[General\nlanguage=de\n", "language=zz\n",
                                 "[General]\nlanguage=\"de\n", "\xff\xfe\x00l\x00", "just a line\n", "[]\n=\n",
                                 "[General]\nlanguage=de\nlanguage=en\n", "\x1b[2J", "[General]\nlanguage=zh_CN\n"}) {
            Case c = make(QStringLiteral("settings '%1'").arg(QString::fromLatin1(text).left(12)), args, settings,
                          nullptr, QByteArray(text), false);
            c.expect = either({QStringLiteral("headroom.conf")});
            cases << c;
        }
    }
    // --catalog as a pipe the user names: `--catalog <(jq …)` works.
    for (const char *command : {"catalog --json", "estimate --model my-model --hardware my-box --json", "matrix"}) {
        Case c;
        c.name = QStringLiteral("%1 --catalog <(cat own.json)").arg(QLatin1String(command));
        c.program = QStringLiteral("/bin/bash");
        c.args = {QStringLiteral("-c"),
                  QStringLiteral("exec \"$0\" %1 --catalog <(cat own.json)").arg(QLatin1String(command)), ctx.headroom};
        c.setup = [](const QString &dir) { writeFile(dir + QStringLiteral("/own.json"), ownCatalog()); };
        c.expect = succeeds();
        c.stdoutIsJson = false;
        cases << c;
    }
    // A scenario the user names (report --scenario): a pipe is read, a device or a loop is not.
    const QString scenario = QStringLiteral("sc.json");
    const QStringList report = {QStringLiteral("report"), QStringLiteral("--scenario"), scenario, QStringLiteral("-o"),
                                QStringLiteral("r.pdf")};
    for (const QString &page : {QStringLiteral("a4"), QStringLiteral("letter")}) {
        const QStringList args = report + QStringList{QStringLiteral("--page"), page};
        for (const Kind &k : kinds) {
            Case c = make(k.name, args, scenario, &k, {}, false);
            if (k.name.contains(QLatin1String("FIFO")))
                c.watchMs = 25000; // a pipe the user named is waited for (10 s), then refused
            cases << c;
        }
        int n = 0;
        for (const QByteArray &content : scenarioContents())
            cases << make(QStringLiteral("damaged scenario %1").arg(++n), args, scenario, nullptr, content, false);
        Case good = make(QStringLiteral("a scenario"), args, scenario, nullptr, scenarioFile(), false);
        good.expect = succeeds();
        cases << good;
        // A file saved before compare sides named a usable setting (format 1) still opens.
        QJsonObject older = QJsonDocument::fromJson(scenarioFile()).object();
        older.insert(QStringLiteral("format"), Headroom::ScenarioFile::kOldestFormat);
        Case old =
            make(QStringLiteral("a format 1 scenario"), args, scenario, nullptr, QJsonDocument(older).toJson(), false);
        old.expect = succeeds();
        cases << old;
        // Named as a pipe: process substitution, as `--catalog <(jq …)` is meant to work.
        Case piped;
        piped.name = QStringLiteral("report --scenario <(cat sc.json) --page ") + page;
        piped.program = QStringLiteral("/bin/bash");
        piped.args = {QStringLiteral("-c"),
                      QStringLiteral("exec \"$0\" report --scenario <(cat good.json) -o r.pdf --page %1").arg(page),
                      ctx.headroom};
        piped.setup = [](const QString &dir) { writeFile(dir + QStringLiteral("/good.json"), scenarioFile()); };
        piped.expect = succeeds();
        cases << piped;
    }
    return cases;
}

} // namespace Hostile
