// Names for the widgets and menu actions the monkey touches, stable across runs and languages.
#pragma once

#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace Monkey {

// A widget's name: its objectName where it has one (with "#k" when several visible widgets share
// it), else the nearest named ancestor's name, "/", its class and "#k" among that ancestor's
// children of its class. Built from the widget tree, not from any translated text.
[[nodiscard]] QString targetName(const QWidget *widget);
[[nodiscard]] QWidget *findTarget(QWidget *root, const QString &name);

// Widgets a person can operate in `root`: visible, enabled, on screen, of a kind that takes input.
[[nodiscard]] QList<QWidget *> interactiveWidgets(QWidget *root);

// Every enabled menu action of `window`'s menu bar, by name: objectName, else "menu:i/j" by position.
struct NamedAction
{
    QString name;
    QAction *action;
};
[[nodiscard]] QList<NamedAction> menuActions(QWidget *window);
[[nodiscard]] QAction *findAction(QWidget *window, const QString &name);

} // namespace Monkey
