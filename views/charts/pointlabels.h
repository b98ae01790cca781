// Names beside chart points, placed again when the plot moves, with a numbered key.
#pragma once

#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

class QAbstractSeries;
class QChart;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;

namespace Headroom {

// Names beside chart points, placed again whenever the plot area moves so that no name overlaps
// another, a marker or a drawn line (LabelPlacer). A name with no room moves out on a leader line;
// failing that, the point gets a number and its name goes in a numbered key under the plot.
// Labels sit on the chart's background colour, so gridlines never run through text. A child of
// its chart, so it never outlives what it draws on.
class PointLabels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointLabels)

public:
    // Points of one series to name, most important first: earlier points keep their names when
    // space runs out.
    struct Group
    {
        QList<QPointF> points;
        QStringList names;
        QAbstractSeries *series = nullptr;
    };

    explicit PointLabels(QChart *chart);
    void set(const QList<QPointF> &points, const QStringList &names, QAbstractSeries *series);
    void setGroups(const QList<Group> &groups);
    void place();

    // Points named in full beside them or on a leader line.
    [[nodiscard]] int visibleCount() const;
    // "3 RTX 3090 24GB" for each point that carries a number instead of its name, then one entry
    // naming the points with no room even for a number.
    [[nodiscard]] QStringList keyEntries() const;
    // Points that carry a number or are named only in the key.
    [[nodiscard]] int keyedCount() const { return m_keyedCount; }
    // Scene rectangles of every label shown (names and numbers) and of every marker on the chart:
    // what the tests check never intersect.
    [[nodiscard]] QList<QRectF> labelRects() const;
    [[nodiscard]] QList<QRectF> markerRects() const;

private:
    struct Label
    {
        QPointF point;
        QString name;
        QAbstractSeries *series = nullptr;
    };
    void collectObstacles(QList<QPointF> &anchors, QList<QRectF> &markers, QList<QLineF> &segments) const;
    void layoutKey();
    QGraphicsRectItem *labelItem(qsizetype index);
    QGraphicsLineItem *leaderItem(qsizetype index);

    QChart *m_chart;
    QList<Label> m_labels;
    QList<QGraphicsRectItem *> m_boxes; // each holds its text as a child
    QList<QGraphicsLineItem *> m_leaders;
    QGraphicsTextItem *m_key = nullptr;
    QStringList m_keyEntries;
    QList<QRectF> m_markerRects;
    qreal m_keyHeight = 0;
    int m_keyedCount = 0;
    bool m_placing = false;
    int m_replacements = 0; // place() calls made by layoutKey() within one outer place()
    bool m_inKeyLayout = false;
    bool m_keyMayShrink = true;
    QSizeF m_sizeForKey;
};

} // namespace Headroom
