// The fit matrix's column header: names wrapped across, or vertical and whole.
#include "matrixheader.h"

#include <QItemSelectionModel>
#include <QPainter>

namespace Headroom {

namespace {
constexpr int kPadding = 6;
constexpr int kMostVerticalHeight = 240;
} // namespace

MatrixHeader::MatrixHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
}

void MatrixHeader::setVertical(bool vertical)
{
    if (vertical == m_vertical)
        return;
    m_vertical = vertical;
    viewport()->update();
}

int MatrixHeader::verticalHeightFor(const QStringList &names) const
{
    QFont bold = font();
    bold.setBold(true); // the selected model's name is bold
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const QString &name : names)
        widest = std::max(widest, metrics.horizontalAdvance(QString(name).remove(QChar(0x200B))));
    return std::min(widest + 2 * kPadding, kMostVerticalHeight);
}

void MatrixHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!m_vertical) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    // The section's frame and background as the style draws them, without its text; then the
    // name along the section, bottom to top.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    const QVariant font = model() ? model()->headerData(logicalIndex, orientation(), Qt::FontRole) : QVariant();
    painter->save(); // the style leaves a clip of its own behind
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
    painter->save();
    const QString name =
        model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString().remove(QChar(0x200B))
                : QString();
    QFont face = font.canConvert<QFont>() ? qvariant_cast<QFont>(font) : painter->font();
    // The selected pair's column in bold, as the header does across.
    if (highlightSections() && selectionModel() && selectionModel()->currentIndex().column() == logicalIndex)
        face.setBold(true);
    painter->setFont(face);
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->translate(rect.left(), rect.bottom());
    painter->rotate(-90);
    const QFontMetrics metrics = painter->fontMetrics();
    const QString shown = metrics.elidedText(name, Qt::ElideRight, rect.height() - 2 * kPadding);
    const int baseline = (rect.width() + metrics.ascent() - metrics.descent()) / 2;
    painter->drawText(QPoint(kPadding, baseline), shown);
    painter->restore();
}

} // namespace Headroom
