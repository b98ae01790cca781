// Chooses what the monkey does next: a random step on any widget a person could touch, a menu
// action, or one of the short scenarios a buyer plays through.
#pragma once

#include "action.h"

#include <QList>

#include <random>

class QWidget;

namespace Monkey {

class Generator
{
public:
    explicit Generator(quint64 seed)
        : m_rng(seed)
    {}

    // The next steps on the main window: one step, or a buyer's macro of several.
    [[nodiscard]] QList<Action> next(QWidget *window);
    // One step inside the modal dialog or popup `dialog`, which has had `steps` steps already.
    // `intent` is what the step that opened it meant to do ("accept", "esc" or "" for anything).
    [[nodiscard]] Action inDialog(QWidget *dialog, int steps, const QString &intent);

    // The buyer's macros by name (for --list), and one of them built for this window.
    [[nodiscard]] static QStringList macroNames();
    [[nodiscard]] QList<Action> macro(const QString &name, QWidget *window);

private:
    [[nodiscard]] Action widgetStep(QWidget *root);
    [[nodiscard]] Action menuStep(QWidget *window);
    [[nodiscard]] int below(int n) { return n <= 0 ? 0 : int(std::uniform_int_distribution<int>(0, n - 1)(m_rng)); }
    [[nodiscard]] double unit() { return std::uniform_real_distribution<double>(0, 1)(m_rng); }
    template<typename T>
    [[nodiscard]] const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

    std::mt19937_64 m_rng;
};

} // namespace Monkey
