// A token-count field that reads 32k and 1M and says why it refuses a typo.
#pragma once

#include "inputlimits.h"

#include <QSpinBox>

namespace Headroom {

// A token-count field that reads what the command line reads ("131072", "128k", "1M") through
// the one parser and shows grouped digits. A value is taken when the user presses Enter or leaves
// the field, never on each keystroke (typing "256k" would pass through a 2-token context). What it
// cannot read ("12q", "0.3k", a count out of range) stays visible in red while typed, and when the
// edit ends the field keeps its value and emits `refused` with the reason in words: a typo never
// becomes a different number silently.
class TokenSpinBox final : public QSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenSpinBox)

public:
    explicit TokenSpinBox(const Limits::Limit &limit, QWidget *parent = nullptr);

Q_SIGNALS:
    void refused(const QString &reason);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    int valueFromText(const QString &text) const override;
    QString textFromValue(int value) const override;

private:
    void markInvalid(bool invalid);
    void finishEdit();
    [[nodiscard]] QString withoutSuffix(const QString &text) const;

    QString m_hint;
    QString m_typed; // what the user typed since the last value was taken
};

} // namespace Headroom
