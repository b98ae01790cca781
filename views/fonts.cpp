// The font families text is drawn with, Chinese included.
#include "fonts.h"

#include <QGuiApplication>
#include <QLocale>

namespace Headroom::Fonts {

namespace {

const QString kChinese = QStringLiteral("Noto Sans CJK SC");
// Debian's smaller Chinese font, which the package accepts instead of Noto CJK.
const QString kChineseAlternative = QStringLiteral("WenQuanYi Micro Hei");
const QString kLatin = QStringLiteral("DejaVu Sans");

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

QStringList families()
{
    return chinese() ? QStringList{kChinese, kChineseAlternative, kLatin}
                     : QStringList{kLatin, kChinese, kChineseAlternative};
}

QFont paper(int pixelSize)
{
    QFont font;
    font.setFamilies(families());
    font.setPixelSize(pixelSize);
    return font;
}

void applyToApplication()
{
    // The platform's own font, read once: later calls must not stack families on families.
    static const QFont platform = QGuiApplication::font();
    QFont font = platform;
    // The platform's family stays first even in Chinese: digits and Latin names keep its
    // metrics (the CJK face's taller lines elide a small chart's axis labels), and Han text
    // falls back, glyph by glyph, to the Simplified Chinese face named next.
    QStringList list = families();
    list.prepend(platform.family());
    list.removeDuplicates();
    font.setFamilies(list);
    QGuiApplication::setFont(font);
}

} // namespace Headroom::Fonts
