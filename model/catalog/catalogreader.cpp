// Reads catalog format 2. Values come in sourced groups: a group's source, as_of and grade cover
// every value in it ("params": {"total_b", "active_b", "source", "as_of", "grade"}). A value
// without them is an error that names its JSON path, as is anything out of a physical range.
#include "catalog.h"

#include "catalogentries.h"
#include "jsonreader.h"
#include "prefillfit.h"
#include "quantization.h"
#include "speedfit.h"
#include "units.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Headroom {

namespace {

using namespace CatalogEntries;

// Reads section `key` with `read`, one entry per array element, checking ids are unique.
template<typename T, typename Read>
QList<T> readSection(const JsonReader &root, const char *key, Read read, QStringList *errors)
{
    QList<T> entries;
    QSet<QString> ids;
    const QJsonArray array = root.array(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
        if (!array.at(i).isObject()) {
            errors->append(path + QStringLiteral(": expected an object"));
            continue;
        }
        T entry = read(JsonReader(array.at(i).toObject(), path, errors));
        if constexpr (requires { entry.id; }) {
            // An id is typed on command lines and printed in messages: no control characters.
            const bool control = std::any_of(entry.id.cbegin(), entry.id.cend(),
                                             [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
            if (entry.id.trimmed().isEmpty())
                errors->append(QStringLiteral("%1.id: an entry needs an id").arg(path));
            else if (control)
                errors->append(QStringLiteral("%1.id: an id cannot hold control characters").arg(path));
            else if (ids.contains(entry.id))
                errors->append(QStringLiteral("%1.id: duplicate id '%2'").arg(path, entry.id));
            ids.insert(entry.id);
        }
        entries.append(std::move(entry));
    }
    return entries;
}

// Where decode speed comes from: the published measurements the speed model is fitted on.
Provenance measurementsProvenance()
{
    const QList<SpeedMeasurement> &rows = SpeedFit::embeddedMeasurements();
    QStringList sources;
    QSet<QString> devices;
    QString newest;
    for (const SpeedMeasurement &m : rows) {
        if (!sources.contains(m.url.section(QLatin1Char('/'), 0, 4)))
            sources.append(m.url.section(QLatin1Char('/'), 0, 4));
        devices.insert(m.device);
        newest = std::max(newest, m.asOf);
    }
    // Prompt processing: too many pages to list; the file names each row's.
    const QList<PrefillMeasurement> &prompts = Prefill::embeddedMeasurements();
    QSet<QString> pages;
    int fitted = 0;
    for (const PrefillMeasurement &m : prompts) {
        pages.insert(m.source);
        fitted += m.fittable() ? 1 : 0;
        newest = std::max(newest, m.asOf);
    }
    return {QStringLiteral("%1 published llama.cpp decode measurements on %2 devices (%3); %4 prompt-processing "
                           "measurements (%5 fittable) from %6 pages, each named in prefill-measurements.csv")
                .arg(rows.size())
                .arg(devices.size())
                .arg(sources.join(QStringLiteral(", ")))
                .arg(prompts.size())
                .arg(fitted)
                .arg(pages.size()),
            newest,
            {},
            Grade::Secondary};
}

CatalogLoadResult read(const QByteArray &json, bool whole)
{
    CatalogLoadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.errors.append(
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString())
                : QStringLiteral("the catalog must be a JSON object"));
        return result;
    }
    const JsonReader root(document.object(), QString(), &result.errors);
    const int format = root.integer("format", 1, 1000);
    if (format != CatalogLoader::kFormat) {
        if (result.errors.isEmpty())
            result.errors.append(QStringLiteral("format: this is catalog format %1; Headroom %2 reads format %3")
                                     .arg(format)
                                     .arg(QStringLiteral(HEADROOM_VERSION))
                                     .arg(CatalogLoader::kFormat));
        return result;
    }
    Catalog catalog;
    catalog.asOf = root.string("as_of", whole);
    catalog.models = readSection<ModelSpec>(root, "models", readModel, &result.errors);
    catalog.hardware = readSection<HardwareSpec>(root, "boxes", readBox, &result.errors);
    catalog.hosts = readSection<HostSpec>(root, "hosts", readHost, &result.errors);
    catalog.apiOffers = readSection<ApiOffer>(root, "api_offers", readApiOffer, &result.errors);
    catalog.rentalOffers = readSection<RentalOffer>(root, "rental_offers", readRental, &result.errors);
    if (whole) {
        if (catalog.models.isEmpty())
            result.errors.append(QStringLiteral("models: a catalog needs at least one model"));
        if (catalog.hardware.isEmpty())
            result.errors.append(QStringLiteral("boxes: a catalog needs at least one box"));
        result.errors.append(danglingReferences(catalog));
    }
    catalog.calibrationSource = measurementsProvenance();
    if (result.errors.isEmpty())
        result.catalog = std::move(catalog);
    return result;
}

} // namespace

QStringList danglingReferences(const Catalog &catalog)
{
    QStringList problems;
    for (const HardwareSpec &h : catalog.hardware) {
        if (!h.hostId.isEmpty() && !catalog.findHost(h.hostId))
            problems << QStringLiteral("boxes: '%1' names host '%2', which is not in the catalog").arg(h.id, h.hostId);
    }
    for (const ApiOffer &offer : catalog.apiOffers) {
        if (!catalog.findModel(offer.modelId))
            problems
                << QStringLiteral("api_offers: an offer of model '%1', which is not in the catalog").arg(offer.modelId);
    }
    for (const RentalOffer &offer : catalog.rentalOffers) {
        if (!catalog.findHardware(offer.hardwareId))
            problems << QStringLiteral("rental_offers: an offer of box '%1', which is not in the catalog")
                            .arg(offer.hardwareId);
    }
    return problems;
}

CatalogLoadResult CatalogLoader::fromJson(const QByteArray &json)
{
    return read(json, true);
}

CatalogLoadResult CatalogLoader::partFromJson(const QByteArray &json)
{
    return read(json, false);
}

const Catalog &CatalogLoader::embedded()
{
    static const Catalog catalog = [] {
        QFile json(QStringLiteral(":/catalog/catalog.json"));
        CatalogLoadResult loaded = fromJson(json.open(QIODevice::ReadOnly) ? json.readAll() : QByteArray());
        // The embedded catalog is tested on every build; failing here is a packaging bug.
        Q_ASSERT_X(loaded.catalog, "CatalogLoader::embedded", qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        return loaded.catalog.value_or(Catalog{});
    }();
    return catalog;
}

} // namespace Headroom
