// A line under a form that says why a value was not taken.
#pragma once

#include <QLabel>

namespace Headroom {

// A line under a form that says, in words, why the last value typed there was not taken, and what
// stayed in force; hidden when there is nothing to say. It starts with a sign, so it never speaks
// by colour alone.
class ProblemLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemLabel)

public:
    explicit ProblemLabel(const QString &objectName, QWidget *parent = nullptr);

    void say(const QString &text);
    void clear();

    // "A 12-token context cannot hold the 4,096-token prompt and the 500-token answer: it needs
    // at least 4,596 tokens."
    [[nodiscard]] static QString contextTooShort(double contextTokens, double promptTokens, double answerTokens);
};

} // namespace Headroom
