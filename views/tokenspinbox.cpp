// A token-count field that reads 32k and 1M and says why it refuses a typo.
#include "tokenspinbox.h"

#include "tokens.h"

#include <QLineEdit>
#include <QLocale>

namespace Headroom {

TokenSpinBox::TokenSpinBox(const Limits::Limit &limit, QWidget *parent)
    : QSpinBox(parent)
{
    setRange(int(limit.min), int(limit.max));
    setGroupSeparatorShown(true);
    setSuffix(tr(" tokens"));
    setAccelerated(true);
    setKeyboardTracking(false);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    m_hint = tr("A token count such as 32768, 128k or 1M, from %1 to %2")
                 .arg(QLocale().toString(qint64(limit.min)), QLocale().toString(qint64(limit.max)));
    setToolTip(m_hint);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        m_typed = text;
        QString copy = text;
        int pos = 0;
        markInvalid(validate(copy, pos) != QValidator::Acceptable);
    });
    connect(this, &QSpinBox::editingFinished, this, &TokenSpinBox::finishEdit);
}

QString TokenSpinBox::withoutSuffix(const QString &text) const
{
    QString t = text;
    if (!suffix().isEmpty() && t.endsWith(suffix()))
        t.chop(suffix().size());
    return t.trimmed();
}

void TokenSpinBox::finishEdit()
{
    markInvalid(false);
    const QString typed = withoutSuffix(m_typed);
    m_typed.clear();
    if (typed.isEmpty())
        return;
    const auto tokens = Tokens::parse(typed);
    if (tokens && *tokens >= minimum() && *tokens <= maximum())
        return; // taken
    const QString kept = QLocale().toString(value());
    if (!tokens)
        Q_EMIT refused(tr("“%1” is not a token count (%2); it stays %3.").arg(typed, m_hint, kept));
    else
        Q_EMIT refused(
            tr("%1 tokens is out of range (%2); it stays %3.").arg(QLocale().toString(qint64(*tokens)), m_hint, kept));
}

void TokenSpinBox::markInvalid(bool invalid)
{
    setProperty("invalid", invalid);
    QPalette p = palette();
    p.setColor(QPalette::Text, invalid ? QColor(0xc0, 0x39, 0x2b) : QPalette().color(QPalette::Text));
    lineEdit()->setPalette(p);
    setToolTip(invalid ? tr("Not a token count: %1").arg(m_hint) : m_hint);
}

// Anything may be typed (a refused keystroke would vanish without a word); only a count the
// parser reads, within the range, is taken.
QValidator::State TokenSpinBox::validate(QString &input, int &) const
{
    const QString text = withoutSuffix(input);
    if (text.isEmpty())
        return QValidator::Intermediate;
    const auto tokens = Tokens::parse(text);
    if (!tokens)
        return QValidator::Intermediate;
    return *tokens >= minimum() && *tokens <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

int TokenSpinBox::valueFromText(const QString &text) const
{
    const auto tokens = Tokens::parse(withoutSuffix(text));
    return tokens ? int(*tokens) : value();
}

QString TokenSpinBox::textFromValue(int value) const
{
    return QLocale().toString(value);
}

} // namespace Headroom
