// Where a value comes from, when, and how far to trust it.
#include "provenance.h"

#include <array>

namespace Headroom {

namespace {
constexpr std::array<std::pair<Grade, const char *>, 6> kGrades = {{
    {Grade::Primary, "primary"},
    {Grade::Secondary, "secondary"},
    {Grade::Recalled, "recalled"},
    {Grade::Derived, "derived"},
    {Grade::User, "user"},
    {Grade::Measured, "measured"},
}};
} // namespace

QString gradeKey(Grade grade)
{
    for (const auto &[g, key] : kGrades) {
        if (g == grade)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<Grade> parseGrade(const QString &key)
{
    for (const auto &[g, name] : kGrades) {
        if (key == QLatin1String(name))
            return g;
    }
    return std::nullopt;
}

} // namespace Headroom
