#include "action.h"

namespace Monkey {

namespace {
// Fields are tab-separated; a typed text may hold anything but a tab or a newline, which are
// written as escapes so one step stays one line.
QString escaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return text;
}

QString unescaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 == text.size()) {
            out.append(c);
            continue;
        }
        const QChar next = text.at(++i);
        out.append(next == QLatin1Char('t')   ? QChar(QLatin1Char('\t'))
                   : next == QLatin1Char('n') ? QChar(QLatin1Char('\n'))
                                              : next);
    }
    return out;
}
} // namespace

QString Action::toLine() const
{
    QStringList fields{inDialog ? QStringLiteral("dlg") : QStringLiteral("act"), kind, escaped(target)};
    for (const QString &a : args)
        fields << escaped(a);
    return fields.join(QLatin1Char('\t'));
}

Action Action::fromLine(const QString &line)
{
    const QStringList fields = line.split(QLatin1Char('\t'));
    if (fields.size() < 3 || (fields.at(0) != QLatin1String("act") && fields.at(0) != QLatin1String("dlg")))
        return {};
    Action a;
    a.inDialog = fields.at(0) == QLatin1String("dlg");
    a.kind = fields.at(1);
    a.target = unescaped(fields.at(2));
    for (qsizetype i = 3; i < fields.size(); ++i)
        a.args << unescaped(fields.at(i));
    return a;
}

} // namespace Monkey
