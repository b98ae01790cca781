// A line under a form that says why a value was not taken.
#include "problemlabel.h"

#include "palette.h"
#include "scenario.h"

#include <QLocale>

namespace Headroom {

ProblemLabel::ProblemLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, Palette::verdictColor(Verdict::NoFit));
    setPalette(p);
    hide();
}

void ProblemLabel::say(const QString &text)
{
    setText(QStringLiteral("⚠ ") + text);
    setVisible(!text.isEmpty());
}

void ProblemLabel::clear()
{
    QLabel::clear();
    hide();
}

QString ProblemLabel::contextTooShort(double contextTokens, double promptTokens, double answerTokens)
{
    const QLocale locale;
    return tr("A %1-token context cannot hold the %2-token prompt and the %3-token answer: it needs at least %4 "
              "tokens.")
        .arg(locale.toString(qint64(contextTokens)), locale.toString(qint64(promptTokens)),
             locale.toString(qint64(answerTokens)),
             locale.toString(qint64(smallestContextTokens(promptTokens, answerTokens))));
}

} // namespace Headroom
