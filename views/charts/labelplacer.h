// Where to put scatter points' names so none overlaps another, a marker or a line.
#pragma once

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

// Where to put the names of scatter points so a printed chart can be read: no label overlaps
// another label, a marker or a drawn line, and every label stays inside the plot. A label that
// cannot sit beside its point moves out along a leader line; one with no room at all gives way to
// a number beside the point and a line in a numbered key under the chart. Pure geometry in
// scene pixels, so it is tested without a chart.
namespace Headroom::LabelPlacer {

struct Request
{
    QPointF anchor;    // the point's marker centre
    QSizeF size;       // the full label's text size
    QSizeF numberSize; // the size of its key number ("12"), used when the full label does not fit
};

struct Obstacles
{
    QRectF bounds;          // labels stay inside
    QList<QRectF> markers;  // every marker drawn, labelled or not
    QList<QLineF> segments; // lines drawn on the plot (ceilings, fits, 1:1)
};

struct Placement
{
    enum Kind { Beside, Leader, Numbered, KeyOnly };
    Kind kind = KeyOnly;
    QRectF box;        // where the text goes (Beside, Leader, Numbered)
    QLineF leader;     // from the marker's edge to the box; null when the text sits beside the marker
    int keyNumber = 0; // 1-based number in the key (Numbered only); KeyOnly points are listed unnumbered
};

// Requests are placed in order: put the points that must keep their names (the boxes compared,
// the ones that fit) first. `gap` is the free space kept around every label.
[[nodiscard]] QList<Placement> place(const QList<Request> &requests, const Obstacles &obstacles, qreal gap = 2.0);

// True when `box` overlaps a marker, a segment or another box: what place() guarantees never happens.
[[nodiscard]] bool collides(const QRectF &box, const Obstacles &obstacles, const QList<QRectF> &taken);

} // namespace Headroom::LabelPlacer
