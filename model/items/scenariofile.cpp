// Named scenario files: what the user looks at, with the catalog entries it uses.
#include "scenariofile.h"

#include "catalogstore.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Headroom::ScenarioFile {

namespace {

constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

// The ids a session names, as (models, boxes).
std::pair<QSet<QString>, QSet<QString>> namedIds(const QJsonObject &session)
{
    QSet<QString> models, boxes;
    const auto add = [&](const QJsonObject &o) {
        if (o.value(QStringLiteral("model")).isString())
            models.insert(o.value(QStringLiteral("model")).toString());
        if (o.value(QStringLiteral("hardware")).isString())
            boxes.insert(o.value(QStringLiteral("hardware")).toString());
    };
    add(session.value(QStringLiteral("explore")).toObject());
    const QJsonObject compare = session.value(QStringLiteral("compare")).toObject();
    add(compare.value(QStringLiteral("a")).toObject());
    add(compare.value(QStringLiteral("b")).toObject());
    return {models, boxes};
}

} // namespace

QJsonObject toJson(const Session &session, const QString &name)
{
    const QJsonObject state = session.toJson();
    const auto [models, boxes] = namedIds(state);
    const Catalog &catalog = session.store().catalog();
    Catalog entries;
    for (const QString &id : models) {
        if (const ModelSpec *m = catalog.findModel(id))
            entries.models.append(*m);
        if (const ApiOffer *offer = catalog.apiOfferFor(id))
            entries.apiOffers.append(*offer);
    }
    for (const QString &id : boxes) {
        const HardwareSpec *h = catalog.findHardware(id);
        if (!h)
            continue;
        entries.hardware.append(*h);
        if (const HostSpec *host = catalog.findHost(h->hostId); host && !entries.findHost(host->id))
            entries.hosts.append(*host);
    }
    // The cost assumptions default from the catalog's API price: carry that offer too.
    for (const ApiOffer &offer : catalog.apiOffers) {
        if (!entries.apiOfferFor(offer.modelId) && offer.modelId == QLatin1String(Costs::kDefaultApiModelId)) {
            if (const ModelSpec *m = catalog.findModel(offer.modelId); m && !entries.findModel(m->id))
                entries.models.append(*m);
            entries.apiOffers.append(offer);
        }
    }
    return {{QStringLiteral("format"), kFormat}, {QStringLiteral("kind"), QStringLiteral("headroom-scenario")},
            {QStringLiteral("name"), name},      {QStringLiteral("saved_with"), QStringLiteral(HEADROOM_VERSION)},
            {QStringLiteral("session"), state},  {QStringLiteral("catalog"), CatalogLoader::toJson(entries)}};
}

Opened fromJson(const QByteArray &json)
{
    Opened opened;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        opened.errors.append(
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString())
                : QStringLiteral("a scenario file is a JSON object"));
        return opened;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("kind")).toString() != QLatin1String("headroom-scenario")) {
        opened.errors.append(QStringLiteral("kind: not a Headroom scenario file"));
        return opened;
    }
    if (const int format = root.value(QStringLiteral("format")).toInt(-1); format < kOldestFormat || format > kFormat) {
        opened.errors.append(QStringLiteral("format: this is scenario format %1; Headroom %2 reads formats %3 to %4")
                                 .arg(root.value(QStringLiteral("format")).toVariant().toString())
                                 .arg(QStringLiteral(HEADROOM_VERSION))
                                 .arg(kOldestFormat)
                                 .arg(kFormat));
        return opened;
    }
    opened.name = root.value(QStringLiteral("name")).toString();
    opened.session = root.value(QStringLiteral("session")).toObject();
    if (opened.session.isEmpty()) {
        opened.errors.append(QStringLiteral("session: missing"));
        return opened;
    }
    CatalogLoadResult entries =
        CatalogLoader::partFromJson(QJsonDocument(root.value(QStringLiteral("catalog")).toObject()).toJson());
    if (!entries.catalog) {
        for (const QString &e : std::as_const(entries.errors))
            opened.errors.append(QStringLiteral("catalog.") + e);
        return opened;
    }
    opened.entries = std::move(*entries.catalog);
    const auto [models, boxes] = namedIds(opened.session);
    for (const QString &id : models) {
        if (!opened.entries.findModel(id))
            opened.errors.append(QStringLiteral("catalog.models: model '%1' is named but not included").arg(id));
    }
    for (const QString &id : boxes) {
        if (!opened.entries.findHardware(id))
            opened.errors.append(QStringLiteral("catalog.boxes: box '%1' is named but not included").arg(id));
    }
    return opened;
}

Opened read(const QString &path, InputFile::Origin origin)
{
    Opened opened;
    const InputFile::Read read = InputFile::read(path, kMaxBytes, origin);
    if (read.missing)
        opened.errors.append(QStringLiteral("no such file"));
    else if (!read.error.isEmpty())
        opened.errors.append(read.error);
    else
        opened = fromJson(read.bytes);
    for (QString &e : opened.errors)
        e = QStringLiteral("%1: %2").arg(path, e);
    return opened;
}

QString fileNameFor(const QString &name)
{
    QString file;
    for (const QChar c : name.trimmed()) {
        const bool keep = c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-') ||
                          c == QLatin1Char('_') || (c == QLatin1Char('.') && !file.isEmpty());
        file.append(keep ? c : QLatin1Char('-'));
    }
    if (file.isEmpty() || file.startsWith(QLatin1Char('.')))
        file.prepend(QStringLiteral("scenario"));
    return file.left(120) + QStringLiteral(".json");
}

} // namespace Headroom::ScenarioFile
