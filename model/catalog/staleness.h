// How old a value is, and when a price is too old to trust without a check.
#pragma once

#include <QDate>
#include <QString>

#include <optional>

// How old a catalog value is. Prices move fast (2026's memory shortage moved them monthly): a
// price older than 90 days is flagged wherever it is shown, in the window, its tooltip and the
// report, so a buyer checks it before acting on it.
namespace Headroom::Staleness {

inline constexpr int kStaleAfterDays = 90;

// Today, or the date in HEADROOM_TODAY (YYYY-MM-DD) so tests and reproducible reports do not age.
[[nodiscard]] QDate today();

// The youngest day an as-of value can mean: "2026-06" is read as 2026-06-30 and "2026" as
// 2026-12-31, so a value is never called older than it may be. nullopt for text that is no date.
[[nodiscard]] std::optional<QDate> youngestDate(const QString &asOf);
// Calendar months from `asOf` to `today` (0 for this month); nullopt when `asOf` is no date.
[[nodiscard]] std::optional<int> ageInMonths(const QString &asOf, const QDate &today = Staleness::today());
[[nodiscard]] bool isStale(const QString &asOf, const QDate &today = Staleness::today());

// "price from 2026-06, 5 months old: check before you buy"; empty when the price is recent.
[[nodiscard]] QString priceWarning(const QString &asOf, const QDate &today = Staleness::today());
// "5 months old", for a short cell; empty when recent.
[[nodiscard]] QString shortAge(const QString &asOf, const QDate &today = Staleness::today());

} // namespace Headroom::Staleness
