// Paints a fit matrix cell: its verdict's tint, pattern and sign, and its speed.
#pragma once

#include <QStyledItemDelegate>

namespace Headroom {

// Paints a verdict cell: its tint, its pattern (so tight and comfortable differ without colour)
// and its glyph before the text. It is told which role carries the verdict, not which model.
class FitDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FitDelegate)

public:
    explicit FitDelegate(int verdictRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_verdictRole;
};

} // namespace Headroom
