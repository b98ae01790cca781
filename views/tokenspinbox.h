#pragma once

#include "inputlimits.h"

#include <QSpinBox>

namespace Headroom {

// A token-count field that reads what the command line reads ("131072", "128k", "1M") through
// the one parser, shows grouped digits, and marks anything it cannot read in red with a tooltip
// instead of silently taking a different number.
class TokenSpinBox final : public QSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenSpinBox)

public:
    explicit TokenSpinBox(const Limits::Limit &limit, QWidget *parent = nullptr);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    int valueFromText(const QString &text) const override;
    QString textFromValue(int value) const override;

private:
    void markInvalid(bool invalid);

    QString m_hint;
};

} // namespace Headroom
