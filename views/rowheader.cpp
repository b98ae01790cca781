// The fit matrix's row header: a box name too long for it ends in "…", never cut mid-letter.
#include "rowheader.h"

#include <QFontMetrics>
#include <QPainter>
#include <QStyleOptionHeader>

namespace Headroom {

namespace {
constexpr int kTextMargin = 4; // the style's own margin on each side of a header's text
} // namespace

RowHeader::RowHeader(QWidget *parent)
    : QHeaderView(Qt::Vertical, parent)
{
    setTextElideMode(Qt::ElideRight);
}

QString RowHeader::shownText(const QString &name, const QFont &font, int width)
{
    return QFontMetrics(font).elidedText(name, Qt::ElideRight, std::max(0, width - 2 * kTextMargin));
}

void RowHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!model() || (defaultAlignment() & Qt::TextWordWrap)) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.textAlignment = defaultAlignment();
    QFont face = painter->font();
    if (const QVariant font = model()->headerData(logicalIndex, orientation(), Qt::FontRole); font.canConvert<QFont>())
        face = qvariant_cast<QFont>(font);
    // The selected pair's row in bold, as QHeaderView draws a highlighted section.
    if (highlightSections() && selectionModel() && selectionModel()->currentIndex().row() == logicalIndex)
        face.setBold(true);
    option.text =
        shownText(model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString(), face, rect.width());
    painter->save();
    painter->setFont(face);
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
}

} // namespace Headroom
