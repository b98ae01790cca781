#include "pointlabels.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>

#include <algorithm>

namespace Headroom {

PointLabels::PointLabels(QChart *chart)
    : QObject(chart)
    , m_chart(chart)
{
    connect(chart, &QChart::plotAreaChanged, this, &PointLabels::place);
}

int PointLabels::visibleCount() const
{
    int visible = 0;
    for (const QGraphicsSimpleTextItem *item : m_items)
        visible += item->isVisible() ? 1 : 0;
    return visible;
}

void PointLabels::set(const QList<QPointF> &points, const QStringList &names, QAbstractSeries *series)
{
    // More names than this cannot be read on one chart; the points still show.
    constexpr qsizetype kMaxLabels = 60;
    m_points = points.mid(0, kMaxLabels);
    m_series = series;
    const qsizetype count = std::min(kMaxLabels, names.size());
    while (m_items.size() < count)
        m_items.append(new QGraphicsSimpleTextItem(m_chart));
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        m_items.at(i)->setVisible(i < count && i < m_points.size());
        if (i < count)
            m_items.at(i)->setText(names.at(i));
    }
    place();
}

void PointLabels::place()
{
    const QBrush text = m_chart->titleBrush();
    const QRectF plot = m_chart->plotArea();
    QList<QRectF> taken;
    for (qsizetype i = 0; i < m_points.size() && i < m_items.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_items.at(i);
        item->setBrush(text);
        const QPointF at = m_chart->mapToPosition(m_points.at(i), m_series);
        const QRectF size = item->boundingRect();
        // Try right, left, above and below the point before nudging a label away from it.
        const QList<QPointF> offsets = {{8, -size.height() / 2},
                                        {-8 - size.width(), -size.height() / 2},
                                        {-size.width() / 2, -size.height() - 6},
                                        {-size.width() / 2, 6}};
        QRectF box;
        bool placed = false;
        for (const QPointF &offset : offsets) {
            box = QRectF(at + offset, size.size());
            bool overlaps = !plot.contains(box);
            for (const QRectF &other : taken)
                overlaps = overlaps || other.intersects(box);
            if (!overlaps) {
                placed = true;
                break;
            }
        }
        // A name that cannot sit beside its point would mislead: leave it to the tooltip.
        item->setVisible(placed);
        item->setPos(box.topLeft());
        if (placed)
            taken.append(box);
    }
}

} // namespace Headroom
