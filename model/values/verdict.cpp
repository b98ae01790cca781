// Verdicts, in the contract's order of precedence, with their words and keys.
#include "verdict.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Headroom {

namespace {
struct VerdictNames
{
    Verdict verdict;
    const char *key;
    const char *text;
};
constexpr std::array<VerdictNames, 6> kVerdicts = {{
    {Verdict::UnsupportedFormat, "unsupported-format", QT_TRANSLATE_NOOP("Headroom::Verdict", "Format not supported")},
    {Verdict::ExceedsModelContext, "exceeds-model-context",
     QT_TRANSLATE_NOOP("Headroom::Verdict", "Exceeds the model's context")},
    {Verdict::NoFit, "no-fit", QT_TRANSLATE_NOOP("Headroom::Verdict", "Does not fit")},
    {Verdict::Offload, "offload", QT_TRANSLATE_NOOP("Headroom::Verdict", "Fits with offload")},
    {Verdict::Tight, "tight", QT_TRANSLATE_NOOP("Headroom::Verdict", "Tight")},
    {Verdict::Comfortable, "comfortable", QT_TRANSLATE_NOOP("Headroom::Verdict", "Comfortable")},
}};
} // namespace

double comfortableMarginBytes(double usableBytes, int devices) noexcept
{
    return std::max(std::max(1, devices) * kFitTargetBytes,
                    std::min(kComfortableShare * std::max(0.0, usableBytes), kComfortableCapBytes));
}

QString verdictKey(Verdict verdict)
{
    return QString::fromLatin1(kVerdicts.at(std::size_t(verdict)).key);
}

QString verdictText(Verdict verdict)
{
    return QCoreApplication::translate("Headroom::Verdict", kVerdicts.at(std::size_t(verdict)).text);
}

std::optional<Verdict> parseVerdictKey(const QString &key)
{
    for (const auto &v : kVerdicts) {
        if (key == QLatin1String(v.key))
            return v.verdict;
    }
    return std::nullopt;
}

QString comfortableRuleText()
{
    return QCoreApplication::translate("Headroom::Verdict",
                                       "Comfortable: free memory is at least the smaller of 20% of usable memory and "
                                       "16 GiB. Tight: it fits with less free. Does not fit: it needs more than usable "
                                       "memory.");
}

} // namespace Headroom
