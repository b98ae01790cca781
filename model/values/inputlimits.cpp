// The one table of input limits the parser, the engine, the fields and --help share.
#include "inputlimits.h"

#include <QLocale>

#include <cmath>

namespace Headroom::Limits {

namespace {
QString number(double value)
{
    // Grouped digits, as many decimals as the bound needs (0.125, 0.01), never "1.67772e+07".
    const QLocale c = QLocale::c();
    QLocale grouped(c);
    grouped.setNumberOptions({});
    if (value == std::floor(value))
        return grouped.toString(qint64(value));
    return grouped.toString(value, 'g', 6);
}
} // namespace

QString rangeText(const Limit &limit)
{
    return QStringLiteral("from %1 to %2 %3")
        .arg(number(limit.min), number(limit.max), QString::fromLatin1(limit.unit));
}

} // namespace Headroom::Limits
