#pragma once

#include <QList>
#include <QPointF>
#include <QStringList>

class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;

namespace Headroom {

// Text labels beside chart points, kept in place when the plot area moves.
// Labels that would overlap an earlier one are nudged down so names stay legible.
class PointLabels final
{
public:
    explicit PointLabels(QChart *chart);
    void set(const QList<QPointF> &points, const QStringList &names, QAbstractSeries *series);
    void place();

private:
    QChart *m_chart;
    QAbstractSeries *m_series = nullptr;
    QList<QGraphicsSimpleTextItem *> m_items;
    QList<QPointF> m_points;
};

} // namespace Headroom
