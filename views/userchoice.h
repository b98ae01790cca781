// A view's current cell as the user's choice, never a move the model made.
#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QAbstractItemView;
class QModelIndex;

namespace Headroom {

// A view's current cell as the user's choice. A view moves its current index by itself when the
// model under it changes: a filter removes the current row and the selection model steps to a
// neighbour. Taking that move for a choice selected pairs nobody picked and, from inside the
// filter's own change, re-entered the filter (the December crash). UserChoice tells the two
// apart: `chosen` is emitted for the user's moves only (click, keys), `settled` once the model has
// finished changing, from the event loop, so the view can show the session's choice again.
class UserChoice final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserChoice)

public:
    explicit UserChoice(QAbstractItemView *view);

    // Use instead of view->setModel(): the guard must hear the model's signals before the view's
    // selection model does, which is the order of connection.
    void setModel(QAbstractItemModel *model);
    // Sets the view's current index without it counting as a choice; an invalid index clears it.
    void show(const QModelIndex &index);

Q_SIGNALS:
    void chosen(const QModelIndex &current);
    void settled();

private:
    void changing();
    void changed();

    QAbstractItemView *m_view;
    QPointer<QAbstractItemModel> m_model;
    int m_changes = 0; // model changes under way (they nest: a filter removes in runs)
    bool m_settlePending = false;
    bool m_showing = false;
};

} // namespace Headroom
