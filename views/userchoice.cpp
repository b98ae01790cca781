// A view's current cell as the user's choice, never a move the model made.
#include "userchoice.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QTimer>

namespace Headroom {

UserChoice::UserChoice(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{}

void UserChoice::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_changes = 0;
    if (model) {
        // Every "about to" a selection model reacts to by moving the current index, and its end.
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &UserChoice::changing);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &UserChoice::changed);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &UserChoice::changing);
        connect(model, &QAbstractItemModel::rowsInserted, this, &UserChoice::changed);
        connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, &UserChoice::changing);
        connect(model, &QAbstractItemModel::columnsRemoved, this, &UserChoice::changed);
        connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, &UserChoice::changing);
        connect(model, &QAbstractItemModel::columnsInserted, this, &UserChoice::changed);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &UserChoice::changing);
        connect(model, &QAbstractItemModel::layoutChanged, this, &UserChoice::changed);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &UserChoice::changing);
        connect(model, &QAbstractItemModel::modelReset, this, &UserChoice::changed);
    }
    QItemSelectionModel *old = m_view->selectionModel();
    m_view->setModel(model);
    if (old && old != m_view->selectionModel())
        old->deleteLater(); // the view does not delete the selection model it replaced
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_changes == 0 && !m_showing && current.isValid())
            Q_EMIT chosen(current);
    });
}

void UserChoice::show(const QModelIndex &index)
{
    QItemSelectionModel *selection = m_view->selectionModel();
    if (!selection || selection->currentIndex() == index)
        return;
    m_showing = true;
    if (index.isValid())
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else
        selection->clear();
    m_showing = false;
    m_view->viewport()->update();
}

void UserChoice::changing()
{
    ++m_changes;
}

void UserChoice::changed()
{
    m_changes = std::max(0, m_changes - 1);
    if (m_changes > 0 || m_settlePending)
        return;
    // Later, not now: the model may still be between two runs of one change.
    m_settlePending = true;
    QTimer::singleShot(0, this, [this] {
        m_settlePending = false;
        Q_EMIT settled();
    });
}

} // namespace Headroom
