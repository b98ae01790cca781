// Paints a fit matrix cell: its verdict's tint, pattern and sign, and its speed.
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
        // No verdict (a GPU count the box cannot hold): a quiet note, not a result.
        QStyleOptionViewItem quiet = option;
        quiet.palette.setColor(QPalette::Text, option.palette.color(QPalette::PlaceholderText));
        quiet.palette.setColor(QPalette::HighlightedText, option.palette.color(QPalette::PlaceholderText));
        QStyledItemDelegate::paint(painter, quiet, index);
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
    // The glyph and the figure on one line where they fit. In a column squeezed to the window's
    // width, a row two lines tall shows the glyph over the figure in a smaller face; else the
    // glyph alone (the tooltip still says everything).
    const QString glyph = Palette::verdictGlyph(verdict);
    const QString figure = plain.text;
    const QString full = glyph + QLatin1Char(' ') + figure;
    plain.backgroundBrush = Qt::NoBrush;
    plain.features &= ~QStyleOptionViewItem::Alternate; // the tint is the background
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : nullptr;
    if (option.fontMetrics.horizontalAdvance(full) + 8 <= option.rect.width()) {
        plain.text = full;
    } else if (option.rect.height() >= 2 * option.fontMetrics.height() && !figure.isEmpty()) {
        // The figure in the largest of two smaller faces it fits in.
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.85);
        if (QFontMetrics(small).horizontalAdvance(figure) + 2 > option.rect.width())
            small.setPointSizeF(option.font.pointSizeF() * 0.72);
        const QFontMetrics smallMetrics(small);
        painter->save();
        painter->setPen(plain.palette.color(QPalette::Text));
        const QRect top(option.rect.left(), option.rect.top() + 2, option.rect.width(), option.rect.height() / 2 - 1);
        const QRect bottom(option.rect.left(), option.rect.center().y(), option.rect.width(), option.rect.height() / 2);
        painter->drawText(top, Qt::AlignHCenter | Qt::AlignBottom, glyph);
        painter->setFont(small);
        if (smallMetrics.horizontalAdvance(figure) + 2 <= option.rect.width())
            painter->drawText(bottom, Qt::AlignHCenter | Qt::AlignTop, figure);
        painter->restore();
        return;
    } else {
        plain.text = glyph;
    }
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
