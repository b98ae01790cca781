// Formatting for people: every figure with its unit, in the locale in force.
#include "format.h"

#include "units.h"

#include <QCoreApplication>
#include <QLocale>

#include <atomic>
#include <cmath>

namespace Headroom::Format {

namespace {
std::atomic<ByteUnit> g_unit{ByteUnit::GiB};

QString grouped(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}
} // namespace

void setByteUnit(ByteUnit unit) noexcept
{
    g_unit = unit;
}
ByteUnit byteUnit() noexcept
{
    return g_unit;
}
QString byteUnitName()
{
    return g_unit == ByteUnit::GiB ? QStringLiteral("GiB") : QStringLiteral("GB");
}

double bytesInUnit(double bytes) noexcept
{
    return g_unit == ByteUnit::GiB ? Units::bytesToGiB(bytes) : Units::bytesToGB(bytes);
}

QString bytesValue(double bytes)
{
    const double value = bytesInUnit(bytes);
    return grouped(value, std::abs(value) < 10 ? 2 : 1);
}

QString bytes(double bytes)
{
    return bytesValue(bytes) + QLatin1Char(' ') + byteUnitName();
}

QString smallBytes(double bytes)
{
    const bool binary = g_unit == ByteUnit::GiB;
    const double kilo = binary ? 1024.0 : 1000.0;
    const double value = bytes / kilo;
    if (std::abs(value) < kilo)
        return grouped(value, std::abs(value) < 10 && value != std::floor(value) ? 1 : 0) +
               (binary ? QStringLiteral(" KiB") : QStringLiteral(" kB"));
    const double mega = value / kilo;
    return grouped(mega, std::abs(mega) < 10 ? 1 : 0) + (binary ? QStringLiteral(" MiB") : QStringLiteral(" MB"));
}

QString headroom(double headroomBytes)
{
    if (headroomBytes >= 0)
        return bytes(headroomBytes);
    return QCoreApplication::translate("Headroom::Format", "%1 short").arg(bytes(-headroomBytes));
}

QString tokens(double tokens)
{
    const qint64 t = qint64(tokens);
    if (t >= 1024 * 1024 && t % (1024 * 1024) == 0)
        return QStringLiteral("%1M").arg(t / (1024 * 1024));
    if (t >= 1024 && t % 1024 == 0)
        return QStringLiteral("%1K").arg(t / 1024);
    return QLocale().toString(t);
}

QString rateNumber(const std::optional<double> &tokensPerSecond)
{
    if (!tokensPerSecond)
        return QStringLiteral("—");
    const double v = *tokensPerSecond;
    return grouped(v, v < 10 ? 1 : 0);
}

QString rate(const std::optional<double> &tokensPerSecond)
{
    if (!tokensPerSecond)
        return QStringLiteral("—");
    return rateNumber(tokensPerSecond) + QStringLiteral(" tok/s");
}

QString bandwidth(double bytesPerSecond)
{
    return grouped(bytesPerSecond / 1e9, 0) + QStringLiteral(" GB/s");
}

QString params(double params)
{
    const double billions = params / 1e9;
    if (billions >= 1000)
        return grouped(billions / 1000, billions >= 10000 ? 0 : 1) + QLatin1Char('T');
    return grouped(billions, billions < 10 ? 1 : 0) + QLatin1Char('B');
}

QString usd(double usd)
{
    return QLatin1Char('$') + grouped(usd, usd < 100 ? 2 : 0);
}

QString seconds(double seconds)
{
    if (seconds < 60)
        return grouped(seconds, seconds < 10 ? 1 : 0) + QStringLiteral(" s");
    const qint64 s = qint64(std::round(seconds));
    if (s < 3600 && s % 60 == 0)
        return QCoreApplication::translate("Headroom::Format", "%1 min").arg(QLocale().toString(s / 60));
    if (s < 3600)
        return QCoreApplication::translate("Headroom::Format", "%1 min %2 s")
            .arg(QLocale().toString(s / 60), QLocale().toString(s % 60));
    return QCoreApplication::translate("Headroom::Format", "%1 h %2 min")
        .arg(QLocale().toString(s / 3600), QLocale().toString((s % 3600) / 60));
}

QString percent(double percent)
{
    return grouped(percent, percent == std::floor(percent) ? 0 : 1) + QLatin1Char('%');
}

QString usdRange(double low, double high)
{
    if (low == high)
        return usd(low);
    return usd(low) + QStringLiteral("–") + usd(high);
}

QString watts(double watts)
{
    return grouped(watts, 0) + QStringLiteral(" W");
}

QString change(double percent)
{
    int decimals = 0;
    for (; decimals < 3; ++decimals) {
        const double scale = std::pow(10.0, decimals);
        const double rounded = std::round(percent * scale) / scale;
        const bool hidesChange = rounded == 0 && percent != 0;
        const bool claimsAll = std::abs(rounded) == 100 && std::abs(percent) != 100;
        if (!hidesChange && !claimsAll)
            break;
    }
    const QString magnitude = grouped(std::abs(percent), decimals) + QLatin1Char('%');
    if (percent > 0)
        return QLatin1Char('+') + magnitude;
    if (percent < 0)
        return QStringLiteral("−") + magnitude;
    return magnitude;
}

QString priceKindText(PriceQuote::Kind kind)
{
    switch (kind) {
    case PriceQuote::Kind::Msrp: return QCoreApplication::translate("Headroom::Format", "MSRP");
    case PriceQuote::Kind::Street: return QCoreApplication::translate("Headroom::Format", "street");
    case PriceQuote::Kind::Used: return QCoreApplication::translate("Headroom::Format", "used");
    }
    return {};
}

} // namespace Headroom::Format
