#include "perform.h"

#include "targets.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTabBar>
#include <QTableView>
#include <QTest>

namespace Monkey {

namespace {

QKeyCombination keyOf(const QString &text)
{
    const QKeySequence sequence(text, QKeySequence::PortableText);
    return sequence.isEmpty() ? QKeyCombination(Qt::Key_Escape) : sequence[0];
}

void keyClick(QWidget *w, const QString &text)
{
    const QKeyCombination key = keyOf(text);
    QTest::keyClick(w, key.key(), key.keyboardModifiers());
}

// The point of an item view's cell (or a header's section) in its viewport, scrolled into view.
std::optional<QPoint> cellPoint(QAbstractItemView *view, int row, int column)
{
    if (auto *header = qobject_cast<QHeaderView *>(view)) {
        const int count = header->count();
        if (row < 0 || row >= count || header->isSectionHidden(row))
            return std::nullopt;
        const int at = header->sectionViewportPosition(row) + header->sectionSize(row) / 2;
        if (at < 0 || at >= (header->orientation() == Qt::Horizontal ? header->viewport()->width()
                                                                     : header->viewport()->height()))
            return std::nullopt;
        return header->orientation() == Qt::Horizontal ? QPoint(at, header->viewport()->height() / 2)
                                                       : QPoint(header->viewport()->width() / 2, at);
    }
    const QAbstractItemModel *model = view->model();
    if (!model || row < 0 || column < 0 || row >= model->rowCount() || column >= model->columnCount())
        return std::nullopt;
    const QModelIndex index = model->index(row, column);
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    if (!rect.isValid() || !view->viewport()->rect().intersects(rect))
        return std::nullopt;
    return view->viewport()->rect().intersected(rect).center();
}

bool click(const Action &a, QWidget *w)
{
    const Qt::MouseButton button = a.kind == QLatin1String("rclick") ? Qt::RightButton : Qt::LeftButton;
    QWidget *surface = w;
    QPoint at = w->rect().center();
    if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
        const auto point = cellPoint(view, a.arg(0).toInt(), a.arg(1).toInt());
        if (!point)
            return false;
        surface = view->viewport();
        at = *point;
    } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
        const int index = a.arg(0).toInt();
        if (index < 0 || index >= tabs->count())
            return false;
        at = tabs->tabRect(index).center();
    } else if (auto *slider = qobject_cast<QSlider *>(w)) {
        // A click on the groove, a fraction along it: the slider moves a page toward it.
        const double f = std::clamp(a.arg(0).toDouble(), 0.0, 1.0);
        at = slider->orientation() == Qt::Horizontal ? QPoint(int(f * (slider->width() - 1)), slider->height() / 2)
                                                     : QPoint(slider->width() / 2, int(f * (slider->height() - 1)));
    }
    if (a.kind == QLatin1String("dclick")) {
        QTest::mouseDClick(surface, button, {}, at);
    } else if (button == Qt::RightButton) {
        // QTest's events skip the window system, which is what turns a right click into a context
        // menu request: send that request as the window system would.
        QTest::mouseClick(surface, button, {}, at);
        QContextMenuEvent menu(QContextMenuEvent::Mouse, at, surface->mapToGlobal(at));
        QApplication::sendEvent(surface, &menu);
    } else {
        QTest::mouseClick(surface, button, {}, at);
    }
    return true;
}

bool drag(const Action &a, QWidget *w)
{
    auto *slider = qobject_cast<QSlider *>(w);
    if (!slider)
        return false;
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = slider->orientation();
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->sliderPosition();
    option.sliderValue = slider->value();
    const QRect handle = slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider);
    const double f = std::clamp(a.arg(0).toDouble(), 0.0, 1.0);
    const QPoint to = slider->orientation() == Qt::Horizontal
                          ? QPoint(int(f * (slider->width() - 1)), handle.center().y())
                          : QPoint(handle.center().x(), int(f * (slider->height() - 1)));
    QTest::mousePress(slider, Qt::LeftButton, {}, handle.center());
    QTest::mouseMove(slider, (handle.center() + to) / 2);
    QTest::mouseMove(slider, to);
    QTest::mouseRelease(slider, Qt::LeftButton, {}, to);
    return true;
}

// QTest types ASCII only; anything else arrives as an input method would send it: a key event
// that carries the text.
void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(w, c.toLatin1());
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &release);
    }
}

bool type(const Action &a, QWidget *w)
{
    w->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier); // select what is there, as a person would
    typeText(w, a.arg(0));
    if (a.arg(1) == QLatin1String("enter"))
        QTest::keyClick(w, Qt::Key_Return);
    else if (a.arg(1) == QLatin1String("tab"))
        QTest::keyClick(w, Qt::Key_Tab);
    return true;
}

// Accept through the dialog's own OK button where it is enabled; else leave as Escape does.
bool accept(QWidget *dialog)
{
    if (auto *box = dialog->findChild<QDialogButtonBox *>()) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QDialogButtonBox::AcceptRole && button->isEnabled() && button->isVisible()) {
                QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
                return true;
            }
        }
    }
    QTest::keyClick(dialog, Qt::Key_Escape);
    return true;
}

} // namespace

bool perform(const Action &a, QWidget *root)
{
    if (!root)
        return false;
    if (a.kind == QLatin1String("trigger")) {
        QAction *action = findAction(root, a.target);
        if (!action || !action->isEnabled())
            return false;
        action->trigger();
        return true;
    }
    if (a.kind == QLatin1String("shortcut")) {
        QTest::keySequence(root, QKeySequence(a.arg(0), QKeySequence::PortableText));
        return true;
    }
    if (a.kind == QLatin1String("resize")) {
        root->resize(a.arg(0).toInt(), a.arg(1).toInt());
        return true;
    }
    if (a.kind == QLatin1String("accept"))
        return accept(root);
    if (a.kind == QLatin1String("esc")) {
        QTest::keyClick(root, Qt::Key_Escape);
        return true;
    }
    QWidget *w = findTarget(root, a.target);
    if (!w || !w->isVisible() || !w->isEnabled())
        return false;
    if (a.kind == QLatin1String("click") || a.kind == QLatin1String("dclick") || a.kind == QLatin1String("rclick"))
        return click(a, w);
    if (a.kind == QLatin1String("drag"))
        return drag(a, w);
    if (a.kind == QLatin1String("type"))
        return type(a, w);
    if (a.kind == QLatin1String("key")) {
        keyClick(w, a.arg(0));
        return true;
    }
    return false;
}

} // namespace Monkey
