#pragma once

#include <QStyledItemDelegate>

namespace Headroom {

// Paints a fit-matrix cell in its verdict's tint. Told which role holds the verdict rather
// than which model, so any table with a verdict role can use it.
class FitDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FitDelegate)

public:
    explicit FitDelegate(int verdictRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_verdictRole;
};

} // namespace Headroom
