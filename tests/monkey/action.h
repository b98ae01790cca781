// One step of the monkey: what it did to which widget, as a line of text that a replay reads back.
#pragma once

#include <QString>
#include <QStringList>

namespace Monkey {

// `kind` says what was done (click, type, key, toggle, trigger, lang, restart, resize, …), `target`
// names the widget or action (see targets.h), `args` are the concrete values (a row and column, the
// text typed, a key). `inDialog` marks a step taken inside a modal dialog or popup that the step
// before it opened: a replay hands those to the dialog handler instead of the main loop.
struct Action
{
    QString kind;
    QString target;
    QStringList args;
    bool inDialog = false;

    [[nodiscard]] QString toLine() const;
    // Reads what toLine() wrote; kind is empty for a comment, a blank or an unreadable line.
    [[nodiscard]] static Action fromLine(const QString &line);
    [[nodiscard]] QString arg(int i) const { return i < args.size() ? args.at(i) : QString(); }
};

} // namespace Monkey
