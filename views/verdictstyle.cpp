#include "verdictstyle.h"

#include <QCoreApplication>

namespace Headroom {

QColor verdictColor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Comfortable: return QColor(0x2e, 0x8b, 0x57);
    case Verdict::Tight: return QColor(0xd4, 0x8a, 0x00);
    case Verdict::NoFit: return QColor(0xc0, 0x39, 0x2b);
    case Verdict::Hosted: return QColor(0x2f, 0x6f, 0xb3);
    }
    return {};
}

QColor verdictTint(Verdict verdict, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor c = verdictColor(verdict);
    const double mix = base.lightness() < 128 ? 0.45 : 0.28;
    return QColor::fromRgbF(float(base.redF() * (1 - mix) + c.redF() * mix),
                            float(base.greenF() * (1 - mix) + c.greenF() * mix),
                            float(base.blueF() * (1 - mix) + c.blueF() * mix));
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Comfortable: return QCoreApplication::translate("Headroom", "Comfortable");
    case Verdict::Tight: return QCoreApplication::translate("Headroom", "Tight");
    case Verdict::NoFit: return QCoreApplication::translate("Headroom", "Does not fit");
    case Verdict::Hosted: return QCoreApplication::translate("Headroom", "Hosted (cloud)");
    }
    return {};
}

} // namespace Headroom
