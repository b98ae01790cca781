// How old a value is, and when a price is too old to trust without a check.
#include "staleness.h"

#include <QCoreApplication>

namespace Headroom::Staleness {

QDate today()
{
    const QDate fixed = QDate::fromString(qEnvironmentVariable("HEADROOM_TODAY"), Qt::ISODate);
    return fixed.isValid() ? fixed : QDate::currentDate();
}

std::optional<QDate> youngestDate(const QString &asOf)
{
    const QString text = asOf.trimmed();
    if (const QDate day = QDate::fromString(text, Qt::ISODate); day.isValid())
        return day;
    if (const QDate month = QDate::fromString(text, QStringLiteral("yyyy-MM")); month.isValid())
        return month.addMonths(1).addDays(-1);
    if (const QDate year = QDate::fromString(text, QStringLiteral("yyyy")); year.isValid())
        return QDate(year.year(), 12, 31);
    return std::nullopt;
}

std::optional<int> ageInMonths(const QString &asOf, const QDate &today)
{
    const auto date = youngestDate(asOf);
    if (!date)
        return std::nullopt;
    // Calendar months, as people count them: a June price is five months old in November.
    return std::max(0, (today.year() - date->year()) * 12 + today.month() - date->month());
}

bool isStale(const QString &asOf, const QDate &today)
{
    const auto date = youngestDate(asOf);
    return date && date->daysTo(today) > kStaleAfterDays;
}

QString shortAge(const QString &asOf, const QDate &today)
{
    if (!isStale(asOf, today))
        return {};
    // Past 90 days a price is always at least two calendar months old: plural in every case.
    const int months = std::max(2, ageInMonths(asOf, today).value_or(0));
    return QCoreApplication::translate("Headroom::Staleness", "%1 months old").arg(months);
}

QString priceWarning(const QString &asOf, const QDate &today)
{
    if (!isStale(asOf, today))
        return {};
    return QCoreApplication::translate("Headroom::Staleness", "price from %1, %2: check before you buy")
        .arg(asOf, shortAge(asOf, today));
}

} // namespace Headroom::Staleness
