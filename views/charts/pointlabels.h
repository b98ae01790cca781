#pragma once

#include <QList>
#include <QObject>
#include <QPointF>
#include <QStringList>

class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;

namespace Headroom {

// Text labels beside chart points, kept in place when the plot area moves. A child of its
// chart, so it never outlives what it draws on.
class PointLabels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointLabels)

public:
    explicit PointLabels(QChart *chart);
    void set(const QList<QPointF> &points, const QStringList &names, QAbstractSeries *series);
    void place();
    [[nodiscard]] int visibleCount() const;

private:
    QChart *m_chart;
    QAbstractSeries *m_series = nullptr;
    QList<QGraphicsSimpleTextItem *> m_items;
    QList<QPointF> m_points;
};

} // namespace Headroom
