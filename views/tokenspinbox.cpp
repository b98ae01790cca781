#include "tokenspinbox.h"

#include "tokens.h"

#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>

namespace Headroom {

TokenSpinBox::TokenSpinBox(const Limits::Limit &limit, QWidget *parent)
    : QSpinBox(parent)
{
    setRange(int(limit.min), int(limit.max));
    setGroupSeparatorShown(true);
    setSuffix(tr(" tokens"));
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    m_hint = tr("A token count such as 32768, 128k or 1M, from %1 to %2")
                 .arg(QLocale().toString(qint64(limit.min)), QLocale().toString(qint64(limit.max)));
    setToolTip(m_hint);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        QString copy = text;
        int pos = 0;
        markInvalid(validate(copy, pos) != QValidator::Acceptable);
    });
    connect(this, &QSpinBox::editingFinished, this, [this] { markInvalid(false); });
}

void TokenSpinBox::markInvalid(bool invalid)
{
    setProperty("invalid", invalid);
    QPalette p = palette();
    p.setColor(QPalette::Text, invalid ? QColor(0xc0, 0x39, 0x2b) : QPalette().color(QPalette::Text));
    lineEdit()->setPalette(p);
    setToolTip(invalid ? tr("Not a token count: %1").arg(m_hint) : m_hint);
}

QValidator::State TokenSpinBox::validate(QString &input, int &) const
{
    QString text = input;
    if (text.endsWith(suffix()))
        text.chop(suffix().size());
    text = text.trimmed();
    if (text.isEmpty())
        return QValidator::Intermediate;
    // Only digits, separators, a decimal point and one k/M suffix can ever become a count.
    static const QRegularExpression possible(QStringLiteral("^[0-9.,' \\x{00a0}\\x{202f}]*[kKmM]?$"));
    if (!possible.match(text).hasMatch())
        return QValidator::Invalid;
    const auto tokens = Tokens::parse(text);
    if (!tokens)
        return QValidator::Intermediate;
    return *tokens >= minimum() && *tokens <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

int TokenSpinBox::valueFromText(const QString &text) const
{
    QString t = text;
    if (t.endsWith(suffix()))
        t.chop(suffix().size());
    const auto tokens = Tokens::parse(t);
    return tokens ? int(*tokens) : value();
}

QString TokenSpinBox::textFromValue(int value) const
{
    return QLocale().toString(value);
}

} // namespace Headroom
