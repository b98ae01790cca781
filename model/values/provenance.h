// Where a value comes from, when, and how far to trust it.
#pragma once

#include <QString>

#include <optional>

namespace Headroom {

// How far a value can be trusted (contracts.md): the owner's own card, config, datasheet or raw
// log; a copy or report of one; a figure recalled from memory, to re-check; arithmetic from
// other values; entered by the user in the app; measured by the user's own llama-bench run.
enum class Grade { Primary, Secondary, Recalled, Derived, User, Measured };

[[nodiscard]] QString gradeKey(Grade grade); // "primary", …
[[nodiscard]] std::optional<Grade> parseGrade(const QString &key);

// Where a catalog value comes from. Every value in the catalog carries one, so every figure
// Headroom shows can be traced back to a source, a date and how far to trust it.
struct Provenance
{
    QString source;        // URL or citation
    QString asOf;          // ISO date or month the value was read or published
    QString estimatedFrom; // non-empty when the value is assumed from a named predecessor
    Grade grade = Grade::Secondary;

    [[nodiscard]] bool isComplete() const noexcept { return !source.isEmpty() && !asOf.isEmpty(); }
    [[nodiscard]] bool isEstimated() const noexcept { return !estimatedFrom.isEmpty(); }
};

} // namespace Headroom
