// Number fields bounded by the one table of limits, with 'unknown' where allowed.
#include "formfields.h"

#include <QDate>

#include <cmath>

namespace Headroom {

LimitSpinBox::LimitSpinBox(const Limits::Limit &limit, const QString &suffix, int decimals, bool unknownAllowed,
                           QWidget *parent)
    : QDoubleSpinBox(parent)
    , m_unknownAllowed(unknownAllowed)
{
    setDecimals(decimals);
    // One step below the limit's minimum is the "unknown" position.
    const double step = decimals > 0 ? std::pow(10.0, -decimals) : 1.0;
    setRange(unknownAllowed ? std::max(0.0, limit.min - step) : limit.min, limit.max);
    if (unknownAllowed) {
        setSpecialValueText(tr("unknown"));
        setValue(minimum());
    }
    setSuffix(suffix);
    setAccelerated(true);
    setGroupSeparatorShown(true);
    setToolTip(tr("%1 (%2)").arg(QString::fromLatin1(limit.unit), Limits::rangeText(limit)));
}

std::optional<double> LimitSpinBox::knownValue() const
{
    if (m_unknownAllowed && value() == minimum())
        return std::nullopt;
    return value();
}

bool LimitSpinBox::shows(double value) const
{
    return std::abs(value - this->value()) <= 0.5 * std::pow(10.0, -decimals()) * (1 + 1e-9);
}

void LimitSpinBox::setKnownValue(const std::optional<double> &value)
{
    setValue(value ? *value : minimum());
}

Provenance userProvenance(const QString &source)
{
    Provenance p;
    p.source = source.trimmed().isEmpty() ? QStringLiteral("entered in Headroom") : source.trimmed();
    p.asOf = QDate::currentDate().toString(Qt::ISODate);
    p.grade = Grade::User;
    return p;
}

} // namespace Headroom
