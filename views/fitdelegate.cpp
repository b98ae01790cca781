#include "fitdelegate.h"

#include "palette.h"

#include <QPainter>

namespace Headroom {

FitDelegate::FitDelegate(int verdictRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_verdictRole(verdictRole)
{}

void FitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant verdictValue = index.data(m_verdictRole);
    if (!verdictValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const auto verdict = Verdict(verdictValue.toInt());
    painter->save();
    painter->fillRect(option.rect, Palette::verdictTint(verdict, option.palette));
    const Qt::BrushStyle pattern = Palette::verdictPattern(verdict);
    if (pattern != Qt::SolidPattern) {
        QColor ink = Palette::verdictColor(verdict);
        ink.setAlpha(70);
        painter->fillRect(option.rect, QBrush(ink, pattern));
    }
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
    }
    painter->restore();

    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.state &= ~QStyle::State_Selected; // the tint carries the meaning; the frame shows selection
    plain.displayAlignment = Qt::AlignCenter;
    // The glyph and the figure where they fit; the glyph alone in a column squeezed to the
    // window's width (the tooltip still says everything).
    const QString full = Palette::verdictGlyph(verdict) + QLatin1Char(' ') + plain.text;
    plain.text =
        option.fontMetrics.horizontalAdvance(full) + 8 <= option.rect.width() ? full : Palette::verdictGlyph(verdict);
    plain.backgroundBrush = Qt::NoBrush;
    plain.features &= ~QStyleOptionViewItem::Alternate; // the tint is the background
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : nullptr;
    if (style)
        style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, widget);
}

QSize FitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.horizontalAdvance(QStringLiteral("✓ "));
    return size;
}

} // namespace Headroom
