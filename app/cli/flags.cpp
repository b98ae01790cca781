// Reading a flag through the one table of limits, and the one-line message when it is wrong.
#include "flags.h"

#include "tokens.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Headroom::Cli {

QString flagText(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

EstimateError bad(const QString &flag, const QString &message)
{
    return {flag, QStringLiteral("%1: %2").arg(flagText(flag), message)};
}

QCommandLineOption limitedOption(const Limits::Limit &limit, const QString &what, const QString &defaultText)
{
    const QString name = QString::fromLatin1(limit.flag);
    QString help = QStringLiteral("%1, %2.").arg(what, Limits::rangeText(limit));
    if (limit.kind == Limits::Kind::Tokens)
        help += QStringLiteral(" 32k and 1M are accepted (32k = 32,768).");
    if (limit.kind == Limits::Kind::Workload)
        help += QStringLiteral(" 500k and 2M are accepted (2M = 2,000,000).");
    if (!defaultText.isEmpty())
        help += QStringLiteral(" Default %1.").arg(defaultText);
    const char *valueName = limit.kind == Limits::Kind::Tokens || limit.kind == Limits::Kind::Workload ? "T"
                            : limit.kind == Limits::Kind::Count                                        ? "N"
                                                                                                       : "X";
    return {name, help, QString::fromLatin1(valueName)};
}

Parsed<double> read(const QCommandLineParser &parser, const Limits::Limit &limit)
{
    return read(parser, limit, QString::fromLatin1(limit.flag));
}

Parsed<double> read(const QCommandLineParser &parser, const Limits::Limit &limit, const QString &flag)
{
    const QString raw = parser.value(flag);
    const QString text = raw.trimmed();
    // Spaces around a number are a typing slip; a newline or an escape inside one is not a number.
    const bool control = std::any_of(raw.cbegin(), raw.cend(), [](QChar c) { return c.unicode() < 0x20; });
    std::optional<double> value;
    if (limit.kind == Limits::Kind::Tokens) {
        value = Tokens::parse(text);
    } else if (limit.kind == Limits::Kind::Workload) {
        value = Tokens::parseCount(text);
    } else {
        bool ok = false;
        const double number = QLocale::c().toDouble(text, &ok);
        if (ok && std::isfinite(number))
            value = number;
    }
    const QString expected = limit.kind == Limits::Kind::Count    ? QStringLiteral("a whole number")
                             : limit.kind != Limits::Kind::Number ? QStringLiteral("a whole token count")
                                                                  : QStringLiteral("a number");
    if (control || !value || !limit.contains(*value) ||
        (limit.kind == Limits::Kind::Count && *value != std::floor(*value)))
        return bad(flag, QStringLiteral("expected %1 %2, got '%3'").arg(expected, Limits::rangeText(limit), raw));
    return *value;
}

std::optional<EstimateError> checkParsed(const QCommandLineParser &parser, const QStringList &repeatable)
{
    QStringList seen;
    for (const QString &name : parser.optionNames()) {
        if (seen.contains(name) && !repeatable.contains(name))
            return bad(name, QStringLiteral("given more than once; give it once"));
        seen << name;
    }
    for (const QString &name : seen) {
        // "-o a --output b": one option under two names.
        if (parser.values(name).size() > 1 && !repeatable.contains(name))
            return bad(name, QStringLiteral("given more than once; give it once"));
        for (const QString &value : parser.values(name)) {
            // No value of ours starts with "--": this is the next flag, taken as this one's value.
            if (value.startsWith(QLatin1String("--")))
                return bad(name, QStringLiteral("missing its value (the next word is the flag %1)").arg(value));
            // An empty value is never the same as leaving the flag out ("-o ''" printing to stdout).
            if (value.trimmed().isEmpty())
                return bad(name, QStringLiteral("the value is empty; give one, or leave the flag out"));
        }
    }
    return std::nullopt;
}

std::optional<EstimateError> rejectWith(const QCommandLineParser &parser, const QString &given,
                                        const QStringList &notApplying, const QString &why)
{
    if (!parser.isSet(given))
        return std::nullopt;
    for (const QString &flag : notApplying) {
        if (parser.isSet(flag))
            return bad(flag, QStringLiteral("does not apply with --%1: %2").arg(given, why));
    }
    return std::nullopt;
}

} // namespace Headroom::Cli
