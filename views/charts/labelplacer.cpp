// Where to put scatter points' names so none overlaps another, a marker or a line.
#include "labelplacer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace Headroom::LabelPlacer {

namespace {

bool segmentHitsRect(const QLineF &segment, const QRectF &rect)
{
    // Most segments are nowhere near: their extent decides before any edge is intersected (by
    // comparison, so a horizontal or vertical segment's empty rectangle still counts).
    if (std::max(segment.x1(), segment.x2()) < rect.left() || std::min(segment.x1(), segment.x2()) > rect.right() ||
        std::max(segment.y1(), segment.y2()) < rect.top() || std::min(segment.y1(), segment.y2()) > rect.bottom())
        return false;
    if (rect.contains(segment.p1()) || rect.contains(segment.p2()))
        return true;
    const std::array<QLineF, 4> edges = {
        QLineF(rect.topLeft(), rect.topRight()), QLineF(rect.topRight(), rect.bottomRight()),
        QLineF(rect.bottomRight(), rect.bottomLeft()), QLineF(rect.bottomLeft(), rect.topLeft())};
    for (const QLineF &edge : edges) {
        if (segment.intersects(edge, nullptr) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

// A box of `size` whose side facing the anchor touches `end`, the end of a ray in direction `unit`.
QRectF boxAtRayEnd(QPointF end, QPointF unit, QSizeF size)
{
    qreal x = end.x() - size.width() / 2;
    qreal y = end.y() - size.height() / 2;
    if (unit.x() > 0.35)
        x = end.x();
    else if (unit.x() < -0.35)
        x = end.x() - size.width();
    if (unit.y() > 0.35)
        y = end.y();
    else if (unit.y() < -0.35)
        y = end.y() - size.height();
    return {QPointF(x, y), size};
}

// Overlap of two rectangles, inline: the placer asks it millions of times on a crowded chart.
inline bool overlaps(const QRectF &a, const QRectF &b) noexcept
{
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom();
}

// Rectangles by where they are: a chart of a thousand boxes asks "does anything sit here?" some
// ninety times per label, and only the rectangles near the question can answer yes. Markers are
// indexed once; labels as they are placed.
class RectIndex
{
public:
    explicit RectIndex(const QRectF &area)
        : m_origin(area.topLeft())
    {
        m_columns = std::max(1, int(std::ceil(area.width() / kCell)));
        m_rows = std::max(1, int(std::ceil(area.height() / kCell)));
        m_cells.resize(qsizetype(m_columns) * m_rows);
    }

    void add(const QRectF &rect)
    {
        const int i = int(m_rects.size());
        m_rects.append(rect);
        forCells(rect, [&](qsizetype cell) { m_cells[cell].append(i); });
    }

    // True when `test` holds for a rectangle whose cell overlaps `region` (one that spans cells
    // may be tested twice: the answer is the same). Indexes are the order of add().
    template<typename Test>
    bool any(const QRectF &region, Test &&test) const
    {
        bool found = false;
        forCells(region, [&](qsizetype cell) {
            for (const int i : m_cells.at(cell)) {
                if (!found && test(i, m_rects.at(i)))
                    found = true;
            }
        });
        return found;
    }

private:
    static constexpr qreal kCell = 32.0;

    // Cells outside the area are clamped to its edge, so no rectangle is ever missed.
    template<typename Visit>
    void forCells(const QRectF &r, Visit &&visit) const
    {
        const auto column = [this](qreal x) {
            return std::clamp(int(std::floor((x - m_origin.x()) / kCell)), 0, m_columns - 1);
        };
        const auto row = [this](qreal y) {
            return std::clamp(int(std::floor((y - m_origin.y()) / kCell)), 0, m_rows - 1);
        };
        const QRectF n = r.normalized();
        for (int y = row(n.top()); y <= row(n.bottom()); ++y) {
            for (int x = column(n.left()); x <= column(n.right()); ++x)
                visit(qsizetype(y) * m_columns + x);
        }
    }

    QPointF m_origin;
    int m_columns = 1;
    int m_rows = 1;
    QList<QRectF> m_rects;
    QList<QList<int>> m_cells;
};

struct Search
{
    const Obstacles &obstacles;
    const RectIndex &markers;
    const RectIndex &placed; // the labels placed so far, as `taken` holds them
    QList<QRectF> &taken;
    QList<QLineF> &leaders;
    qreal gap;

    // What collides() says, with markers and labels looked up by place.
    bool collidesHere(const QRectF &box) const
    {
        const auto hits = [&](int, const QRectF &r) { return overlaps(r, box); };
        if (markers.any(box, hits) || placed.any(box, hits))
            return true;
        return std::any_of(obstacles.segments.cbegin(), obstacles.segments.cend(),
                           [&](const QLineF &segment) { return segmentHitsRect(segment, box); });
    }

    bool fits(const QRectF &box) const
    {
        return obstacles.bounds.contains(box) && !collidesHere(box.adjusted(-gap, -gap, gap, gap)) &&
               !std::any_of(leaders.cbegin(), leaders.cend(), [&](const QLineF &l) { return segmentHitsRect(l, box); });
    }

    // A leader may not cross a label, another leader, or a marker other than its own.
    bool leaderClear(const QLineF &leader, int own) const
    {
        const QRectF reach = QRectF(leader.p1(), leader.p2()).normalized();
        if (placed.any(reach, [&](int, const QRectF &box) { return segmentHitsRect(leader, box); }))
            return false;
        for (const QLineF &other : leaders) {
            const bool apart =
                std::max(other.x1(), other.x2()) < reach.left() || std::min(other.x1(), other.x2()) > reach.right() ||
                std::max(other.y1(), other.y2()) < reach.top() || std::min(other.y1(), other.y2()) > reach.bottom();
            if (!apart && leader.intersects(other, nullptr) == QLineF::BoundedIntersection)
                return false;
        }
        return !markers.any(reach,
                            [&](int i, const QRectF &marker) { return i != own && segmentHitsRect(leader, marker); });
    }

    // Beside the marker first (right, left, above, below, then the corners); then further out
    // on a leader line, nearest rings first. `maxRings` limits how far a label may travel.
    bool find(const Request &request, QSizeF size, int own, int maxRings, Placement &out) const
    {
        const qreal radius = own >= 0 && own < obstacles.markers.size()
                                 ? std::max(obstacles.markers.at(own).width(), obstacles.markers.at(own).height()) / 2
                                 : 4.0;
        const qreal near = radius + gap + 2;
        static constexpr std::array<std::pair<qreal, qreal>, 8> kBeside = {
            {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {0.75, -0.75}, {-0.75, -0.75}, {0.75, 0.75}, {-0.75, 0.75}}};
        for (const auto &[dx, dy] : kBeside) {
            const QPointF unit(dx, dy);
            const QRectF box = boxAtRayEnd(request.anchor + unit * near, unit, size);
            if (fits(box)) {
                out.kind = Placement::Beside;
                out.box = box;
                return true;
            }
        }
        static constexpr std::array<qreal, 5> kRings = {22, 38, 58, 84, 116};
        constexpr int kDirections = 16;
        for (int ring = 0; ring < maxRings && ring < int(kRings.size()); ++ring) {
            for (int d = 0; d < kDirections; ++d) {
                const qreal angle = 2 * std::numbers::pi * d / kDirections;
                const QPointF unit(std::cos(angle), std::sin(angle));
                const QPointF end = request.anchor + unit * (near + kRings.at(ring));
                const QRectF box = boxAtRayEnd(end, unit, size);
                const QLineF leader(request.anchor + unit * (radius + 1), end);
                if (fits(box) && leaderClear(leader, own)) {
                    out.kind = Placement::Leader;
                    out.box = box;
                    out.leader = leader;
                    return true;
                }
            }
        }
        return false;
    }
};

} // namespace

bool collides(const QRectF &box, const Obstacles &obstacles, const QList<QRectF> &taken)
{
    for (const QRectF &marker : obstacles.markers) {
        if (marker.intersects(box))
            return true;
    }
    for (const QRectF &other : taken) {
        if (other.intersects(box))
            return true;
    }
    for (const QLineF &segment : obstacles.segments) {
        if (segmentHitsRect(segment, box))
            return true;
    }
    return false;
}

QList<Placement> place(const QList<Request> &requests, const Obstacles &obstacles, qreal gap)
{
    QList<Placement> placements(requests.size());
    QList<QRectF> taken;
    QList<QLineF> leaders;
    RectIndex markers(obstacles.bounds);
    for (const QRectF &marker : obstacles.markers)
        markers.add(marker);
    RectIndex placed(obstacles.bounds);
    const Search search{obstacles, markers, placed, taken, leaders, gap};
    // Markers are matched to requests by index where the caller gave one per request.
    const auto ownMarker = [&](qsizetype i) { return i < obstacles.markers.size() ? int(i) : -1; };
    QList<qsizetype> unplaced;
    // A chart so crowded that name after name finds no room will find none for the next ones
    // either: they go straight to numbers (trying each of ninety places for each of them is what
    // made a chart of a thousand points miss its frame).
    constexpr int kFullAfter = 8;
    int missesInARow = 0;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        Placement &p = placements[i];
        if (missesInARow >= kFullAfter) {
            unplaced.append(i);
            continue;
        }
        if (search.find(requests.at(i), requests.at(i).size, ownMarker(i), 5, p)) {
            missesInARow = 0;
            taken.append(p.box);
            placed.add(p.box);
            if (p.kind == Placement::Leader)
                leaders.append(p.leader);
        } else {
            ++missesInARow;
            unplaced.append(i);
        }
    }
    // What did not fit by name gets a number beside its point, kept close so the eye finds it;
    // numbers go in the order the points were given.
    int number = 0;
    missesInARow = 0;
    for (qsizetype i : unplaced) {
        Placement &p = placements[i];
        if (missesInARow < kFullAfter && search.find(requests.at(i), requests.at(i).numberSize, ownMarker(i), 2, p)) {
            missesInARow = 0;
            taken.append(p.box);
            placed.add(p.box);
            if (p.kind == Placement::Leader)
                leaders.append(p.leader);
            p.kind = Placement::Numbered; // its leader, if it needed one, stays in p.leader
            p.keyNumber = ++number;
        } else {
            ++missesInARow;
            p.kind = Placement::KeyOnly;
            p.box = {};
        }
    }
    return placements;
}

} // namespace Headroom::LabelPlacer
