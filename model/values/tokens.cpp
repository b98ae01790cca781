// The one token-count parser (32k, 1M, 131072), for every flag and field.
#include "tokens.h"

#include <QLocale>

#include <cmath>

namespace Headroom::Tokens {

namespace {
std::optional<double> parseWith(const QString &text, double kilo)
{
    QString t = text.trimmed();
    double multiplier = 1.0;
    if (t.endsWith(QLatin1Char('k'), Qt::CaseInsensitive))
        multiplier = kilo;
    else if (t.endsWith(QLatin1Char('m'), Qt::CaseInsensitive))
        multiplier = kilo * kilo;
    if (multiplier > 1.0)
        t.chop(1);
    t = t.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale::c().toDouble(t, &ok);
    if (!ok) {
        QLocale c = QLocale::c();
        c.setNumberOptions({}); // accepts "131,072"
        value = c.toDouble(t, &ok);
    }
    if (!ok)
        value = QLocale().toDouble(t, &ok); // the user's own grouping, e.g. "131.072"
    if (!ok || !std::isfinite(value) || value < 0)
        return std::nullopt;
    // A fraction of a token is a typo, not a count: "0.3" would be a silent zero, and "0.3k" is
    // 307.2 tokens, never silently 307. "1.5k" is 1,536 whole tokens and is taken.
    const double tokens = value * multiplier;
    if (!std::isfinite(tokens) || tokens != std::floor(tokens))
        return std::nullopt;
    return tokens;
}
} // namespace

std::optional<double> parse(const QString &text)
{
    return parseWith(text, 1024.0);
}

std::optional<double> parseCount(const QString &text)
{
    return parseWith(text, 1000.0);
}

} // namespace Headroom::Tokens
