#include "fitdelegate.h"

#include "verdictstyle.h"

#include <QPainter>

namespace Headroom {

FitDelegate::FitDelegate(int verdictRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_verdictRole(verdictRole)
{}

void FitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant verdict = index.data(m_verdictRole);
    if (verdict.isValid()) {
        painter->fillRect(option.rect, verdictTint(Verdict(verdict.toInt()), option.palette));
        if (option.state & QStyle::State_Selected) {
            painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
            painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
        }
    }
    QStyleOptionViewItem plain = option;
    plain.state &= ~QStyle::State_Selected; // the tint carries the meaning; the frame shows selection
    plain.displayAlignment = Qt::AlignCenter;
    QStyledItemDelegate::paint(painter, plain, index);
}

} // namespace Headroom
