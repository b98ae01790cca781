// Catalog format 2: one schema for the built-in file, user files and `catalog --json`; every
// value sourced; errors name their JSON path; the user's catalog survives bad files and
// interrupted saves.
#include "catalogmerge.h"
#include "catalogstore.h"
#include "userdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Headroom;

class TestCatalogFormat : public QObject
{
    Q_OBJECT

private slots:
    void embeddedRoundTripsExactly();
    void dumpEditLoad();
    void legacyAliasesAreIgnoredOnLoad();
    void corruptCatalogs_data();
    void corruptCatalogs();
    void everyGroupNeedsItsSource_data();
    void everyGroupNeedsItsSource();
    void danglingReferencesAreNamed();
    void mergeReportsConflicts();
    void saveKeepsBackupAndSurvivesInterruption();
    void unreadableFileIsKeptAsideAndBackupUsed();
    void commandLineReadNeverMovesAFile();
    void storeOverridesResetsAndOwnEntries();
};

namespace {

// A JSON value written as JSON text: j("42"), j(R"({"a": 1})").
QJsonValue j(const char *json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().at(0);
}

// A group's values with the provenance every group must carry.
QJsonObject sourced(const char *values)
{
    QJsonObject group = j(values).toObject();
    group.insert(QStringLiteral("source"), QStringLiteral("test"));
    group.insert(QStringLiteral("as_of"), QStringLiteral("2026-11"));
    group.insert(QStringLiteral("grade"), QStringLiteral("user"));
    return group;
}

// The smallest complete catalog: one model, one box with a host, offers of both kinds.
QJsonObject minimalCatalog()
{
    return j(R"({
      "format": 2, "as_of": "2026-11",
      "models": [{"id": "m", "name": "M", "lab": "L", "country": "C", "released": "2026-01",
        "licence": "MIT", "licence_source": {"source": "t", "as_of": "2026", "grade": "user"},
        "native_format": "BF16", "native_format_source": {"source": "t", "as_of": "2026", "grade": "user"},
        "params": {"total_b": 8, "active_b": 8, "source": "t", "as_of": "2026", "grade": "user"},
        "geometry": {"layers": 32, "max_context": 32768, "source": "t", "as_of": "2026", "grade": "user",
                     "attention": {"full_layers": 32, "kv_heads": 8, "head_dim": 128}}}],
      "boxes": [{"id": "b", "name": "B", "vendor": "nvidia", "kind": "gpu", "backend": "CUDA", "host": "h",
        "memory": {"gib_per_device": 24, "source": "t", "as_of": "2026", "grade": "primary"},
        "bandwidth": {"gbs_per_device": 1000, "source": "t", "as_of": "2026", "grade": "primary"},
        "prices": [{"kind": "street", "low_usd": 900, "high_usd": 1000, "source": "t", "as_of": "2026", "grade": "user"}]}],
      "hosts": [{"id": "h", "name": "H", "ram": {"gib": 64, "bandwidth_gbs": 80, "source": "t", "as_of": "2026", "grade": "user"}}],
      "api_offers": [{"model": "m", "provider": "P", "input_usd_per_m": 1, "output_usd_per_m": 2,
                      "source": "t", "as_of": "2026", "grade": "primary"}],
      "rental_offers": [{"box": "b", "provider": "R", "on_demand_usd_per_hour": 1.5,
                         "source": "t", "as_of": "2026", "grade": "secondary"}]
    })")
        .toObject();
}

// Sets (or with an undefined value removes) the value at a slash path such as "boxes/0/memory".
QJsonValue withValueAt(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int i = head.toInt();
        if (i == array.size())
            array.append(withValueAt(QJsonValue(), path, value)); // one past the end adds an entry
        else
            array[i] = withValueAt(array.at(i), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object.insert(head, withValueAt(object.value(head), path, value));
    return object;
}

QByteArray mutated(const char *path, const QJsonValue &value)
{
    const QJsonValue changed = withValueAt(minimalCatalog(), QString::fromLatin1(path).split(QLatin1Char('/')), value);
    return QJsonDocument(changed.toObject()).toJson();
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Catalog ownPart()
{
    Catalog part = *CatalogLoader::partFromJson(QJsonDocument(minimalCatalog()).toJson()).catalog;
    part.hardware.first().id = QStringLiteral("my-box");
    part.rentalOffers.first().hardwareId = QStringLiteral("my-box");
    return part;
}

} // namespace

void TestCatalogFormat::embeddedRoundTripsExactly()
{
    const Catalog &embedded = CatalogLoader::embedded();
    const QJsonObject once = CatalogLoader::toJson(embedded);
    const CatalogLoadResult again = CatalogLoader::partFromJson(QJsonDocument(once).toJson());
    QVERIFY2(again.catalog, qPrintable(again.errors.join(QLatin1Char('\n'))));
    QCOMPARE(CatalogLoader::toJson(*again.catalog), once);
    QCOMPARE(again.catalog->models.size(), embedded.models.size());
    QCOMPARE(again.catalog->hardware.size(), embedded.hardware.size());
    // Every entry keeps every field, not just the count: compare entry by entry.
    for (qsizetype i = 0; i < embedded.hardware.size(); ++i)
        QVERIFY2(sameEntry(embedded.hardware.at(i), again.catalog->hardware.at(i)),
                 qPrintable(embedded.hardware.at(i).id));
}

void TestCatalogFormat::dumpEditLoad()
{
    // What `catalog --json` prints (aliases included) is a catalog file: copy an entry under a
    // new id, change a value, load it over the built-in catalog.
    QJsonObject dump = CatalogLoader::toJson(CatalogLoader::embedded(), true);
    QJsonObject box = dump.value(QStringLiteral("boxes")).toArray().at(0).toObject();
    box.insert(QStringLiteral("id"), QStringLiteral("my-quoted-box"));
    box.insert(QStringLiteral("memory"), sourced(R"({"gib_per_device": 48})"));
    box.remove(QStringLiteral("usable"));
    const QJsonObject file{{QStringLiteral("format"), 2}, {QStringLiteral("boxes"), QJsonArray{box}}};
    const CatalogLoadResult part = CatalogLoader::partFromJson(QJsonDocument(file).toJson());
    QVERIFY2(part.catalog, qPrintable(part.errors.join(QLatin1Char('\n'))));
    const Catalog merged = mergeCatalogs(CatalogLoader::embedded(), *part.catalog);
    const HardwareSpec *mine = merged.findHardware(QStringLiteral("my-quoted-box"));
    QVERIFY(mine);
    QCOMPARE(mine->memoryBytesPerGpu, 48.0 * (1 << 30));
    QCOMPARE(mine->usableBytesPerGpu, 48.0 * (1 << 30)); // the discrete-card default rule: all of it
    QCOMPARE(merged.hardware.size(), CatalogLoader::embedded().hardware.size() + 1);
}

void TestCatalogFormat::legacyAliasesAreIgnoredOnLoad()
{
    QJsonObject dump = CatalogLoader::toJson(CatalogLoader::embedded(), true);
    QVERIFY(dump.contains(QStringLiteral("hardware")));
    QJsonObject box = dump.value(QStringLiteral("boxes")).toArray().at(0).toObject();
    QVERIFY(box.contains(QStringLiteral("memory_bytes")));
    QVERIFY(box.contains(QStringLiteral("memory")));
    // Only the format 2 groups are read: an edited alias changes nothing.
    box.insert(QStringLiteral("memory_bytes"), 1.0);
    const QJsonObject file{{QStringLiteral("format"), 2}, {QStringLiteral("boxes"), QJsonArray{box}}};
    const CatalogLoadResult part = CatalogLoader::partFromJson(QJsonDocument(file).toJson());
    QVERIFY(part.catalog);
    QCOMPARE(part.catalog->hardware.first().memoryBytesPerGpu,
             CatalogLoader::embedded().hardware.first().memoryBytesPerGpu);
}

void TestCatalogFormat::corruptCatalogs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << "JSON";
    QTest::newRow("truncated") << QByteArray(R"({"format":2,"models":[{"id":)") << "JSON";
    QTest::newRow("not an object") << QByteArray("[1,2,3]") << "object";
    QTest::newRow("format 1") << QByteArray(R"({"format":1})") << "format 1";
    QTest::newRow("future format") << QByteArray(R"({"format":7})") << "format 7";
    QTest::newRow("string where number") << mutated("models/0/params/total_b", j(R"("lots")"))
                                         << "models[0].params.total_b";
    QTest::newRow("active above total") << mutated("models/0/params/active_b", 9) << "models[0].params.active_b";
    QTest::newRow("huge layer count") << mutated("models/0/geometry/layers", 1e300) << "models[0].geometry.layers";
    QTest::newRow("attention without heads")
        << mutated("models/0/geometry/attention/kv_heads", QJsonValue::Undefined) << "kv_heads";
    QTest::newRow("unknown native format") << mutated("models/0/native_format", j(R"("Q3_FOO")")) << "native_format";
    QTest::newRow("unknown vendor") << mutated("boxes/0/vendor", j(R"("acme")")) << "boxes[0].vendor";
    QTest::newRow("zero bandwidth") << mutated("boxes/0/bandwidth/gbs_per_device", 0)
                                    << "boxes[0].bandwidth.gbs_per_device";
    QTest::newRow("usable above memory") << mutated("boxes/0/usable", sourced(R"({"gib_per_device": 48, "rule": "r"})"))
                                         << "boxes[0].usable";
    QTest::newRow("zero power, not unknown")
        << mutated("boxes/0/power", sourced(R"({"load_w": 0})")) << "boxes[0].power.load_w";
    QTest::newRow("unknown interconnect")
        << mutated("boxes/0/devices", j(R"({"count": 2, "interconnect": "carrier pigeon"})"))
        << "boxes[0].devices.interconnect";
    QTest::newRow("duplicate ids") << mutated("boxes/1",
                                              minimalCatalog().value(QStringLiteral("boxes")).toArray().at(0))
                                   << "duplicate";
    QTest::newRow("price above its high") << mutated("boxes/0/prices/0/low_usd", 5000) << "boxes[0].prices[0].high_usd";
    QTest::newRow("unknown grade") << mutated("boxes/0/memory/grade", j(R"("vibes")")) << "boxes[0].memory.grade";
    QTest::newRow("rental without a price")
        << mutated("rental_offers/0/on_demand_usd_per_hour", QJsonValue::Undefined) << "rental_offers[0]";
    QTest::newRow("infinite host RAM") << mutated("hosts/0/ram/gib", 1e308) << "hosts[0].ram.gib";
}

void TestCatalogFormat::corruptCatalogs()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const CatalogLoadResult result = CatalogLoader::fromJson(json);
    QVERIFY(!result.catalog);
    QVERIFY2(result.errors.join(QLatin1Char('\n')).contains(mentions),
             qPrintable(result.errors.join(QLatin1Char('\n'))));
    // The mutation alone made it fail: the unmutated catalog loads.
    QVERIFY(CatalogLoader::fromJson(QJsonDocument(minimalCatalog()).toJson()).catalog);
}

void TestCatalogFormat::everyGroupNeedsItsSource_data()
{
    QTest::addColumn<QString>("group");
    for (const char *group :
         {"models/0/params", "models/0/geometry", "models/0/licence_source", "models/0/native_format_source",
          "boxes/0/memory", "boxes/0/bandwidth", "boxes/0/prices/0", "hosts/0/ram", "api_offers/0", "rental_offers/0"})
        QTest::newRow(group) << QString::fromLatin1(group);
}

void TestCatalogFormat::everyGroupNeedsItsSource()
{
    QFETCH(QString, group);
    for (const char *key : {"source", "as_of", "grade"}) {
        const QByteArray path = (group + QLatin1Char('/') + QLatin1String(key)).toLatin1();
        const QByteArray json = mutated(path.constData(), QJsonValue::Undefined);
        const CatalogLoadResult result = CatalogLoader::fromJson(json);
        QVERIFY2(!result.catalog, key);
        QVERIFY2(result.errors.join(QLatin1Char(' ')).contains(QLatin1String(key)),
                 qPrintable(result.errors.join(QLatin1Char(' '))));
    }
}

void TestCatalogFormat::danglingReferencesAreNamed()
{
    const CatalogLoadResult noHost = CatalogLoader::fromJson(mutated("boxes/0/host", j(R"("nowhere")")));
    QVERIFY(!noHost.catalog);
    QVERIFY(noHost.errors.join(QLatin1Char(' ')).contains(QStringLiteral("'nowhere'")));
    const CatalogLoadResult noModel = CatalogLoader::fromJson(mutated("api_offers/0/model", j(R"("ghost")")));
    QVERIFY(!noModel.catalog);
    QVERIFY(noModel.errors.join(QLatin1Char(' ')).contains(QStringLiteral("'ghost'")));
    // A part (a user file) may name built-in entries: checked only once merged.
    QVERIFY(CatalogLoader::partFromJson(mutated("api_offers/0/model", j(R"("qwen3-coder-next")"))).catalog);
}

void TestCatalogFormat::mergeReportsConflicts()
{
    Catalog incoming = ownPart();
    HardwareSpec changed = CatalogLoader::embedded().hardware.first();
    changed.bandwidthBytesPerSecond *= 2;
    incoming.hardware.append(changed);
    incoming.hardware.append(CatalogLoader::embedded().hardware.at(1));
    MergeReport report;
    const Catalog merged = mergeCatalogs(CatalogLoader::embedded(), incoming, &report);
    QVERIFY(report.added.contains(QStringLiteral("box 'my-box'")));
    QVERIFY(report.added.contains(QStringLiteral("model 'm'")));
    QCOMPARE(report.replaced, QStringList{QStringLiteral("box '%1'").arg(changed.id)});
    QCOMPARE(report.same, QStringList{QStringLiteral("box '%1'").arg(CatalogLoader::embedded().hardware.at(1).id)});
    QCOMPARE(merged.findHardware(changed.id)->bandwidthBytesPerSecond, changed.bandwidthBytesPerSecond);
    QCOMPARE(merged.hardwareRow(changed.id), 0); // an override stays where the built-in entry was
}

void TestCatalogFormat::saveKeepsBackupAndSurvivesInterruption()
{
    QTemporaryDir dir;
    const UserCatalogFile file(dir.filePath(QStringLiteral("sub/catalog.json")));
    Catalog first = ownPart();
    QVERIFY(file.save(first).ok);
    const QByteArray firstBytes = bytesOf(file.path());
    Catalog second = first;
    second.hardware.first().name = QStringLiteral("Renamed");
    QVERIFY(file.save(second).ok);
    QCOMPARE(bytesOf(file.backupPath()), firstBytes);
    QCOMPARE(file.read().part.hardware.first().name, QStringLiteral("Renamed"));

    // A save that fails part-way (a full disk after 100 bytes) leaves the saved file whole.
    const QByteArray secondBytes = bytesOf(file.path());
    Catalog third = second;
    third.hardware.first().name = QStringLiteral("Never saved");
    const SafeWrite::Result failed = file.save(third, {100});
    QVERIFY(!failed.ok);
    QVERIFY(!failed.error.isEmpty());
    QCOMPARE(bytesOf(file.path()), secondBytes);
    QCOMPARE(file.read().part.hardware.first().name, QStringLiteral("Renamed"));
}

void TestCatalogFormat::unreadableFileIsKeptAsideAndBackupUsed()
{
    QTemporaryDir dir;
    const UserCatalogFile file(dir.filePath(QStringLiteral("catalog.json")));
    QVERIFY(file.save(ownPart()).ok);
    QVERIFY(file.save(ownPart()).ok); // now a good backup exists
    QFile bad(file.path());
    QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write(R"({"format":2,"boxes":[{"id":)");
    bad.close();
    const QByteArray badBytes = bytesOf(file.path());

    const UserCatalogFile::Loaded loaded = file.openForWindow();
    QVERIFY(loaded.problem.contains(file.path()));
    QVERIFY(loaded.problem.contains(QStringLiteral("JSON")));
    QVERIFY(loaded.fromBackup);
    QCOMPARE(loaded.part.hardware.first().id, QStringLiteral("my-box"));
    QVERIFY(!loaded.keptAsidePath.isEmpty());
    QCOMPARE(bytesOf(loaded.keptAsidePath), badBytes); // kept whole, byte for byte
    QVERIFY(!QFile::exists(file.path()));              // the next save cannot overwrite it
    QVERIFY(file.save(loaded.part).ok);
    QCOMPARE(bytesOf(loaded.keptAsidePath), badBytes);
}

void TestCatalogFormat::commandLineReadNeverMovesAFile()
{
    QTemporaryDir dir;
    const UserCatalogFile file(dir.filePath(QStringLiteral("catalog.json")));
    QFile bad(file.path());
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": 2, \"boxes\": 5}");
    bad.close();
    const UserCatalogFile::Loaded loaded = file.read();
    QVERIFY(loaded.problem.contains(QStringLiteral("boxes")));
    QVERIFY(loaded.keptAsidePath.isEmpty());
    QCOMPARE(bytesOf(file.path()), QByteArray("{\"format\": 2, \"boxes\": 5}"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void TestCatalogFormat::storeOverridesResetsAndOwnEntries()
{
    CatalogStore store(CatalogLoader::embedded());
    QSignalSpy changed(&store, &CatalogStore::hardwareChanged);
    QSignalSpy reset(&store, &CatalogStore::reset);
    QSignalSpy saved(&store, &CatalogStore::userCatalogChanged);
    const HardwareSpec builtin = store.hardware(2);

    HardwareSpec edited = builtin;
    edited.bandwidthBytesPerSecond = 1.5e12;
    store.setUserHardware(edited.id, edited); // an override: same row, no reset
    QCOMPARE(store.hardwareOrigin(edited.id), CatalogStore::Origin::Overridden);
    QCOMPARE(store.hardware(2).bandwidthBytesPerSecond, 1.5e12);
    QVERIFY(store.hardware(2).user);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);

    store.setUserHardware(edited.id, std::nullopt); // reset to built-in
    QCOMPARE(store.hardwareOrigin(edited.id), CatalogStore::Origin::BuiltIn);
    QVERIFY(sameEntry(store.hardware(2), builtin));

    HardwareSpec own = builtin;
    own.id = store.freeHardwareId(builtin.id);
    QCOMPARE(own.id, builtin.id + QStringLiteral("-2"));
    store.setUserHardware(own.id, own); // a new row
    QCOMPARE(store.hardwareOrigin(own.id), CatalogStore::Origin::Own);
    QCOMPARE(store.hardwareCount(), int(CatalogLoader::embedded().hardware.size()) + 1);
    QCOMPARE(reset.count(), 1);
    store.setUserHardware(own.id, std::nullopt); // deleted
    QCOMPARE(store.hardwareRow(own.id), -1);
    QCOMPARE(saved.count(), 4);
    QVERIFY(store.userCatalog().hardware.isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogFormat)
#include "tst_catalogformat.moc"
