#include "targets.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSlider>
#include <QTabBar>

namespace Monkey {

namespace {

QString className(const QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className());
}

// "#k" when `w` is not the only widget of its window with that objectName.
QString namedTarget(const QWidget *w)
{
    const QList<QWidget *> same = w->window()->findChildren<QWidget *>(w->objectName());
    if (same.size() <= 1 || w->isWindow())
        return w->objectName();
    return w->objectName() + QLatin1Char('#') + QString::number(same.indexOf(const_cast<QWidget *>(w)));
}

bool takesInput(const QWidget *w)
{
    // A spin box's or combo's own line edit is operated through its owner.
    if (qobject_cast<const QLineEdit *>(w))
        return !qobject_cast<const QAbstractSpinBox *>(w->parentWidget()) &&
               !qobject_cast<const QComboBox *>(w->parentWidget());
    if (qobject_cast<const QScrollBar *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QSlider *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w);
}

void collectMenu(QMenu *menu, const QString &path, QList<NamedAction> *out)
{
    const QList<QAction *> actions = menu->actions();
    for (qsizetype j = 0; j < actions.size(); ++j) {
        QAction *a = actions.at(j);
        if (a->isSeparator() || !a->isEnabled() || !a->isVisible())
            continue;
        const QString here = path + QLatin1Char('/') + QString::number(j);
        if (a->menu())
            collectMenu(a->menu(), here, out);
        else
            out->append({a->objectName().isEmpty() ? here : a->objectName(), a});
    }
}

} // namespace

QString targetName(const QWidget *widget)
{
    if (!widget)
        return {};
    if (!widget->objectName().isEmpty() && !widget->objectName().startsWith(QLatin1String("qt_")))
        return namedTarget(widget);
    const QWidget *named = widget->parentWidget();
    while (named && (named->objectName().isEmpty() || named->objectName().startsWith(QLatin1String("qt_"))) &&
           !named->isWindow())
        named = named->parentWidget();
    if (!named)
        return className(widget);
    int k = 0;
    const QString cls = className(widget);
    for (const QWidget *child : named->findChildren<QWidget *>()) {
        if (child == widget)
            break;
        if (className(child) == cls)
            ++k;
    }
    return targetName(named) + QLatin1Char('/') + cls + QLatin1Char('#') + QString::number(k);
}

QWidget *findTarget(QWidget *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (targetName(root) == name)
        return root;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->window() == root && targetName(w) == name)
            return w;
    }
    return nullptr;
}

QList<QWidget *> interactiveWidgets(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->window() != root || !w->isVisible() || !w->isEnabled() || w->visibleRegion().isEmpty())
            continue;
        if (takesInput(w))
            out.append(w);
    }
    return out;
}

QList<NamedAction> menuActions(QWidget *window)
{
    QList<NamedAction> out;
    auto *bar = window ? window->findChild<QMenuBar *>() : nullptr;
    if (!bar)
        return out;
    const QList<QAction *> top = bar->actions();
    for (qsizetype i = 0; i < top.size(); ++i) {
        if (QMenu *menu = top.at(i)->menu())
            collectMenu(menu, QStringLiteral("menu:") + QString::number(i), &out);
    }
    return out;
}

QAction *findAction(QWidget *window, const QString &name)
{
    for (const NamedAction &a : menuActions(window)) {
        if (a.name == name)
            return a.action;
    }
    return nullptr;
}

} // namespace Monkey
