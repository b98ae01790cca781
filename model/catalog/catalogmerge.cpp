// Merges one catalog over another, entry by entry, and says what it replaced.
#include "catalogmerge.h"

#include <QJsonArray>

namespace Headroom {

namespace {

// Entries compare through their format 2 form: one definition of "the same", which cannot drift
// from what the file holds when a field is added.
QJsonValue entryJson(const Catalog &holder, const char *section)
{
    return CatalogLoader::toJson(holder).value(QLatin1String(section)).toArray().at(0);
}

template<typename T>
Catalog holding(const T &entry)
{
    Catalog c;
    if constexpr (std::is_same_v<T, ModelSpec>)
        c.models.append(entry);
    else if constexpr (std::is_same_v<T, HardwareSpec>)
        c.hardware.append(entry);
    else
        c.hosts.append(entry);
    return c;
}

template<typename T>
bool same(const T &a, const T &b, const char *section)
{
    return entryJson(holding(a), section) == entryJson(holding(b), section);
}

QString idOf(const ModelSpec &m)
{
    return m.id;
}
QString idOf(const HardwareSpec &h)
{
    return h.id;
}
QString idOf(const HostSpec &h)
{
    return h.id;
}
QString idOf(const ApiOffer &o)
{
    return o.modelId + QLatin1Char('\x1f') + o.provider;
}
QString idOf(const RentalOffer &o)
{
    return o.hardwareId + QLatin1Char('\x1f') + o.provider + QLatin1Char('\x1f') + o.tier + QLatin1Char('\x1f') +
           QString::number(o.gpus);
}

bool sameValue(const ModelSpec &a, const ModelSpec &b)
{
    return sameEntry(a, b);
}
bool sameValue(const HardwareSpec &a, const HardwareSpec &b)
{
    return sameEntry(a, b);
}
bool sameValue(const HostSpec &a, const HostSpec &b)
{
    return sameEntry(a, b);
}
bool sameValue(const ApiOffer &a, const ApiOffer &b)
{
    return a.usdPerMillionInput == b.usdPerMillionInput && a.usdPerMillionOutput == b.usdPerMillionOutput &&
           a.usdPerMillionCachedInput == b.usdPerMillionCachedInput && a.note == b.note &&
           a.provenance.source == b.provenance.source && a.provenance.asOf == b.provenance.asOf;
}
bool sameValue(const RentalOffer &a, const RentalOffer &b)
{
    return a.spotUsdPerHour == b.spotUsdPerHour && a.onDemandUsdPerHour == b.onDemandUsdPerHour &&
           a.spotUsdPerGpuHour == b.spotUsdPerGpuHour && a.onDemandUsdPerGpuHour == b.onDemandUsdPerGpuHour &&
           a.note == b.note && a.provenance.source == b.provenance.source && a.provenance.asOf == b.provenance.asOf;
}

template<typename T>
void mergeList(QList<T> *base, const QList<T> &over, const QString &noun, MergeReport *report)
{
    QHash<QString, qsizetype> index;
    index.reserve(base->size());
    for (qsizetype i = 0; i < base->size(); ++i)
        index.insert(idOf(base->at(i)), i);
    for (const T &entry : over) {
        const QString key = idOf(entry);
        const QString label =
            QStringLiteral("%1 '%2'").arg(noun, QString(key).replace(QLatin1Char('\x1f'), QStringLiteral(" / ")));
        const auto found = index.constFind(key);
        if (found == index.cend()) {
            index.insert(key, base->size());
            base->append(entry);
            if (report)
                report->added.append(label);
            continue;
        }
        T &existing = (*base)[*found];
        if (report)
            (sameValue(existing, entry) ? report->same : report->replaced).append(label);
        existing = entry;
    }
}

} // namespace

bool sameEntry(const ModelSpec &a, const ModelSpec &b)
{
    return same(a, b, "models");
}
bool sameEntry(const HardwareSpec &a, const HardwareSpec &b)
{
    return same(a, b, "boxes");
}
bool sameEntry(const HostSpec &a, const HostSpec &b)
{
    return same(a, b, "hosts");
}

void markUser(Catalog *part)
{
    for (ModelSpec &m : part->models)
        m.user = true;
    for (HardwareSpec &h : part->hardware)
        h.user = true;
    for (HostSpec &h : part->hosts)
        h.user = true;
}

Catalog mergeCatalogs(const Catalog &base, const Catalog &overIn, MergeReport *report)
{
    // A model saved before catalogs carried a vocabulary (and the editor does not show one) keeps
    // the built-in entry's: without it the compute buffer would fall back to a guess.
    Catalog over = overIn;
    for (ModelSpec &m : over.models) {
        if (m.vocabulary)
            continue;
        if (const ModelSpec *known = base.findModel(m.id); known && known->vocabulary)
            m.vocabulary = known->vocabulary;
    }
    Catalog merged = base;
    mergeList(&merged.models, over.models, QStringLiteral("model"), report);
    mergeList(&merged.hardware, over.hardware, QStringLiteral("box"), report);
    mergeList(&merged.hosts, over.hosts, QStringLiteral("host"), report);
    mergeList(&merged.apiOffers, over.apiOffers, QStringLiteral("API offer"), report);
    mergeList(&merged.rentalOffers, over.rentalOffers, QStringLiteral("rental offer"), report);
    return merged;
}

} // namespace Headroom
