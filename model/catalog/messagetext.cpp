// What the user typed, shown in a message as visible text, never as terminal control.
#include "messagetext.h"

#include <QList>

namespace Headroom::MessageText {

namespace {

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}

} // namespace

QString oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> codePoints = text.toUcs4();
    for (const uint u : codePoints) {
        const char32_t c = u;
        if (!isControl(c)) {
            out.append(QString::fromUcs4(&c, 1));
            continue;
        }
        switch (c) {
        case U'\n': out.append(QLatin1String("\\n")); break;
        case U'\r': out.append(QLatin1String("\\r")); break;
        case U'\t': out.append(QLatin1String("\\t")); break;
        default:
            out.append(c <= 0xff ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                                 : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')));
        }
    }
    return out;
}

} // namespace Headroom::MessageText
