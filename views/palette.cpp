// Colours, patterns and signs with a meaning, and the dark palette.
#include "palette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace Headroom::Palette {

QColor weights()
{
    return {0x4c, 0x72, 0xb0};
}
QColor kvCache()
{
    return {0xdd, 0x84, 0x52};
}
QColor overhead()
{
    return {0x8c, 0x8c, 0x8c};
}
QColor ceilingLine(bool dark)
{
    return dark ? QColor(0xcc, 0xcc, 0xcc) : QColor(0x55, 0x55, 0x55);
}
QColor estimateLine()
{
    return weights();
}
QColor selection()
{
    return {0x2f, 0x6f, 0xb3};
}
QColor pro()
{
    return {0x80, 0x5a, 0xb0};
}

QColor verdictColor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Comfortable: return {0x2e, 0x8b, 0x57};
    case Verdict::Tight: return {0xd4, 0x8a, 0x00};
    case Verdict::Offload: return {0x8e, 0x6c, 0x3a};
    case Verdict::NoFit: return {0xc0, 0x39, 0x2b};
    case Verdict::ExceedsModelContext: return {0x7f, 0x5f, 0x9f};
    case Verdict::UnsupportedFormat: return {0x70, 0x70, 0x70};
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

QString verdictGlyph(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Comfortable: return QStringLiteral("✓");
    case Verdict::Tight: return QStringLiteral("!");
    case Verdict::Offload: return QStringLiteral("↧");
    case Verdict::NoFit: return QStringLiteral("✗");
    case Verdict::ExceedsModelContext: return QStringLiteral("»");
    case Verdict::UnsupportedFormat: return QStringLiteral("⊘");
    }
    return {};
}

Qt::BrushStyle verdictPattern(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Comfortable: return Qt::SolidPattern;
    case Verdict::Tight: return Qt::BDiagPattern;
    case Verdict::Offload: return Qt::Dense5Pattern;
    case Verdict::NoFit: return Qt::DiagCrossPattern;
    case Verdict::ExceedsModelContext: return Qt::HorPattern;
    case Verdict::UnsupportedFormat: return Qt::CrossPattern;
    }
    return Qt::NoBrush;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void apply(bool dark)
{
    // The platform palette as it was before any change, to come back to.
    static const QPalette original = QApplication::palette();
    static const QString originalStyle = QApplication::style()->name();
    if (!dark) {
        QApplication::setStyle(QStyleFactory::create(originalStyle));
        QApplication::setPalette(original);
        return;
    }
    // Fusion draws the same on every platform, so the dark palette looks as designed.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    p.setColor(QPalette::Link, QColor(0x7a, 0xb0, 0xf0));
    // Disabled widgets: dimmer text and a flatter base, so a disabled field reads as disabled.
    const QColor dimmed(0x80, 0x80, 0x80);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dimmed);
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x2e, 0x2e, 0x2e));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x44));
    QApplication::setPalette(p);
}

} // namespace Headroom::Palette
