// import of hostile config.json files: every numeric key of eight real configs set to a hostile
// value or removed, bare NaN and Infinity, files that are not files, and standard input. A config
// that cannot describe a model is refused naming the file; an accepted one is a sane model (the
// review found zero KV heads imported as attention layers with no cache).
#include "rows.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hostile {

namespace {

// Keys a model cannot be described without: an unusable value must be refused.
const QStringList kRequired = {QStringLiteral("num_hidden_layers"), QStringLiteral("hidden_size")};

QList<QJsonValue> hostileValues()
{
    return {
        0, -1, 1.5, 1e308, QStringLiteral("8"), QJsonValue(), QJsonArray{}, QJsonObject{}, true, 9007199254740993.0};
}

QString sane(const Run &r)
{
    if (r.exitCode != 0 || !r.out.startsWith('{'))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject a = o.value(QStringLiteral("attention")).toObject();
    if (o.value(QStringLiteral("layers")).toDouble() < 1)
        return QStringLiteral("break: accepted a model of no layers");
    const double params = o.value(QStringLiteral("params_total")).toDouble();
    if (!(params > 0) || !(params < 1e15))
        return QStringLiteral("break: accepted %1 parameters").arg(params);
    const double attending =
        a.value(QStringLiteral("full_layers")).toDouble() + a.value(QStringLiteral("sliding_layers")).toDouble();
    if (attending > 0 && !(o.value(QStringLiteral("kv_bytes_per_token")).toDouble() > 0))
        return QStringLiteral("break: %1 attending layers with a zero KV cache").arg(attending);
    if (a.value(QStringLiteral("sliding_layers")).toDouble() > 0 &&
        !(a.value(QStringLiteral("sliding_window")).toDouble() > 0))
        return QStringLiteral("break: sliding layers without a window");
    return {};
}

Case import(const QString &name, const QByteArray &bytes, const Expect &e, bool json)
{
    Case c;
    c.name = name + (json ? QStringLiteral(" --json") : QString());
    c.args = {QStringLiteral("import"), QStringLiteral("config.json")};
    if (json)
        c.args << QStringLiteral("--json");
    c.setup = [bytes](const QString &dir) { writeFile(dir + QStringLiteral("/config.json"), bytes); };
    c.expect = e;
    c.check = sane;
    return c;
}

} // namespace

QList<Case> configCases(const Context &ctx)
{
    QList<Case> cases;
    QDirIterator files(testData(QStringLiteral("hf-configs")), {QStringLiteral("*.json")});
    QStringList paths;
    while (files.hasNext())
        paths << files.next();
    paths.sort();
    int n = 0;
    for (const QString &path : std::as_const(paths)) {
        const QByteArray original = readAll(path);
        const QJsonObject root = QJsonDocument::fromJson(original).object();
        // Multimodal configs keep the language model in text_config.
        const bool nested = root.value(QStringLiteral("text_config")).isObject();
        const QJsonObject text = nested ? root.value(QStringLiteral("text_config")).toObject() : root;
        const QString base = QFileInfo(path).completeBaseName();
        const auto rebuilt = [&](const QJsonObject &t) {
            QJsonObject r = root;
            if (nested)
                r.insert(QStringLiteral("text_config"), t);
            return QJsonDocument(nested ? r : t).toJson();
        };
        for (auto it = text.begin(); it != text.end(); ++it) {
            if (!it.value().isDouble())
                continue;
            const QString key = it.key();
            for (const QJsonValue &v : hostileValues()) {
                QJsonObject t = text;
                t.insert(key, v);
                const bool mustRefuse =
                    kRequired.contains(key) && !(v.isDouble() && v.toDouble() >= 1 && v.toDouble() <= 4096 &&
                                                 v.toDouble() == std::floor(v.toDouble()));
                const QString value = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
                cases << import(QStringLiteral("%1: %2 = %3").arg(base, key, value), rebuilt(t),
                                mustRefuse ? refused({QStringLiteral("config.json")})
                                           : either({QStringLiteral("config.json")}),
                                (++n) % 3 != 0);
            }
            QJsonObject without = text;
            without.remove(key);
            cases << import(QStringLiteral("%1: without %2").arg(base, key), rebuilt(without),
                            kRequired.contains(key) ? refused({QStringLiteral("config.json")})
                                                    : either({QStringLiteral("config.json")}),
                            true);
            // Python's bare NaN and Infinity, as some configs carry them.
            for (const char *bare : {"NaN", "Infinity", "-Infinity"}) {
                QByteArray raw = rebuilt(text);
                const QByteArray from = "\"" + key.toUtf8() + "\": ";
                const qsizetype at = raw.indexOf(from);
                if (at < 0)
                    continue;
                const qsizetype end = raw.indexOf(QByteArrayView(","), at);
                raw.replace(at + from.size(), end - at - from.size(), bare);
                cases << import(QStringLiteral("%1: %2 = bare %3").arg(base, key, QLatin1String(bare)), raw,
                                either({QStringLiteral("config.json")}), true);
            }
        }
        cases << import(base, original, succeeds(), true);
        for (const qsizetype cut : {qsizetype(1), original.size() / 3, original.size() / 2, original.size() - 2})
            cases << import(QStringLiteral("%1 cut at %2").arg(base).arg(cut), original.left(cut),
                            refused({QStringLiteral("config.json")}), true);
    }
    // Not files, or too much.
    const QList<std::pair<QString, std::function<void(const QString &)>>> kinds = {
        {QStringLiteral("a zero device"),
         [](const QString &d) { makeDevice(d + QStringLiteral("/config.json"), 1, 5); }},
        {QStringLiteral("a random device"),
         [](const QString &d) { makeDevice(d + QStringLiteral("/config.json"), 1, 8); }},
        {QStringLiteral("a symlink loop"),
         [](const QString &d) { makeLoop(d + QStringLiteral("/config.json"), d + QStringLiteral("/b.json")); }},
        {QStringLiteral("a folder"), [](const QString &d) { QDir().mkpath(d + QStringLiteral("/config.json")); }},
        {QStringLiteral("100 MB of spaces"),
         [](const QString &d) {
             writeFile(d + QStringLiteral("/config.json"), {});
             QFile f(d + QStringLiteral("/config.json"));
             f.open(QIODevice::WriteOnly);
             f.write(QByteArray(100 << 20, ' '));
         }},
        {QStringLiteral("a FIFO no one writes"),
         [](const QString &d) { makeFifo(d + QStringLiteral("/config.json")); }},
    };
    for (const auto &[name, make] : kinds) {
        Case c = import(name, {}, refused({QStringLiteral("config.json")}), true);
        c.setup = make;
        c.watchMs = 25000;
        cases << c;
    }
    // Standard input: a config, garbage, nothing, a device that never ends, a FIFO with a writer.
    const QByteArray good = readAll(paths.value(0));
    for (const auto &[name, bytes, expect] :
         {std::tuple{QStringLiteral("a config"), good, succeeds()},
          std::tuple{QStringLiteral("garbage"), QByteArray("\x01\x02\x03 {{", 7),
                     refused({QStringLiteral("standard input")})},
          std::tuple{QStringLiteral("nothing"), QByteArray(), refused({QStringLiteral("standard input")})}}) {
        Case c;
        c.name = QStringLiteral("import - with %1 on standard input").arg(name);
        c.args = {QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--json")};
        c.input = bytes;
        c.expect = expect;
        c.check = sane;
        cases << c;
    }
    for (const auto &[name, script] :
         {std::pair{QStringLiteral("a zero device"), QStringLiteral("exec \"$0\" import - --json < zero")},
          std::pair{QStringLiteral("a piped config"), QStringLiteral("cat good.json | exec \"$0\" import - --json")},
          std::pair{QStringLiteral("a process substitution"),
                    QStringLiteral("exec \"$0\" import <(cat good.json) --json")}}) {
        Case c;
        c.name = QStringLiteral("import from %1").arg(name);
        c.program = QStringLiteral("/bin/bash");
        c.args = {QStringLiteral("-c"), script, ctx.headroom};
        c.setup = [good](const QString &d) {
            makeDevice(d + QStringLiteral("/zero"), 1, 5);
            writeFile(d + QStringLiteral("/good.json"), good);
        };
        c.expect = name.contains(QLatin1String("zero")) ? refused({QStringLiteral("standard input")}) : succeeds();
        c.check = sane;
        cases << c;
    }
    return cases;
}

} // namespace Hostile
