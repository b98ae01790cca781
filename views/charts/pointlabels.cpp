// Names beside chart points, placed again when the plot moves, with a numbered key.
#include "pointlabels.h"

#include "labelplacer.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QTextDocument>

#include <algorithm>

namespace Headroom {

namespace {

// More names than this cannot be read on one chart: the rest are points only, most important first.
constexpr qsizetype kMaxLabels = 80;
// Labels and leaders above every series.
constexpr qreal kLabelZ = 20;
constexpr qreal kPadding = 1.5;

} // namespace

PointLabels::PointLabels(QChart *chart)
    : QObject(chart)
    , m_chart(chart)
{
    connect(chart, &QChart::plotAreaChanged, this, &PointLabels::place);
}

void PointLabels::set(const QList<QPointF> &points, const QStringList &names, QAbstractSeries *series)
{
    setGroups({Group{points, names, series}});
}

void PointLabels::setGroups(const QList<Group> &groups)
{
    m_labels.clear();
    m_keyMayShrink = true;
    for (const Group &group : groups) {
        for (qsizetype i = 0; i < group.points.size() && i < group.names.size(); ++i) {
            if (m_labels.size() < kMaxLabels)
                m_labels.append({group.points.at(i), group.names.at(i), group.series});
        }
    }
    place();
}

int PointLabels::visibleCount() const
{
    return int(std::count_if(m_boxes.cbegin(), m_boxes.cend(),
                             [](const QGraphicsRectItem *box) { return box->isVisible() && box->data(0).toBool(); }));
}

QStringList PointLabels::keyEntries() const
{
    return m_keyEntries;
}

QList<QRectF> PointLabels::labelRects() const
{
    QList<QRectF> rects;
    for (const QGraphicsRectItem *box : m_boxes) {
        if (box->isVisible())
            rects.append(QRectF(box->pos(), box->rect().size())); // chart coordinates, as the markers
    }
    return rects;
}

QList<QRectF> PointLabels::markerRects() const
{
    return m_markerRects;
}

QGraphicsRectItem *PointLabels::labelItem(qsizetype index)
{
    while (m_boxes.size() <= index) {
        auto *box = new QGraphicsRectItem(m_chart);
        box->setPen(Qt::NoPen);
        box->setZValue(kLabelZ);
        new QGraphicsSimpleTextItem(box);
        m_boxes.append(box);
    }
    return m_boxes.at(index);
}

QGraphicsLineItem *PointLabels::leaderItem(qsizetype index)
{
    while (m_leaders.size() <= index) {
        auto *line = new QGraphicsLineItem(m_chart);
        line->setZValue(kLabelZ - 1);
        m_leaders.append(line);
    }
    return m_leaders.at(index);
}

// Every marker drawn (labelled points first, in label order, each as big as the biggest marker
// drawn on it) and every line on the plot, in scene coordinates.
void PointLabels::collectObstacles(QList<QPointF> &anchors, QList<QRectF> &markers, QList<QLineF> &segments) const
{
    const QRectF plot = m_chart->plotArea();
    qreal biggest = 8;
    QList<QRectF> others;
    for (QAbstractSeries *series : m_chart->series()) {
        if (!series->isVisible())
            continue;
        if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            const qreal size = scatter->markerSize();
            if (scatter->count() > 0)
                biggest = std::max(biggest, size);
            for (const QPointF &p : scatter->points()) {
                const QPointF at = m_chart->mapToPosition(p, scatter);
                if (plot.contains(at))
                    others.append(QRectF(at.x() - size / 2, at.y() - size / 2, size, size));
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            if (line->pen().style() == Qt::NoPen)
                continue;
            const QList<QPointF> points = line->points();
            for (qsizetype i = 1; i < points.size(); ++i)
                segments.append(
                    {m_chart->mapToPosition(points.at(i - 1), line), m_chart->mapToPosition(points.at(i), line)});
        }
    }
    for (const Label &label : m_labels) {
        const QPointF at = m_chart->mapToPosition(label.point, label.series);
        anchors.append(at);
        markers.append(QRectF(at.x() - biggest / 2, at.y() - biggest / 2, biggest, biggest));
    }
    // Markers under a labelled point are already covered by its own, larger square.
    for (const QRectF &other : others) {
        const bool labelled = std::any_of(anchors.cbegin(), anchors.cend(),
                                          [&](const QPointF &a) { return QLineF(a, other.center()).length() < 0.5; });
        if (!labelled)
            markers.append(other);
    }
}

void PointLabels::place()
{
    if (m_placing)
        return;
    m_placing = true;
    if (!m_inKeyLayout)
        m_replacements = 0;
    // A new chart size (or new points, see setGroups) may shrink the key's room again.
    if (m_chart->size() != m_sizeForKey) {
        m_sizeForKey = m_chart->size();
        m_keyMayShrink = true;
    }
    QList<QPointF> anchors;
    LabelPlacer::Obstacles obstacles;
    obstacles.bounds = m_chart->plotArea();
    collectObstacles(anchors, obstacles.markers, obstacles.segments);
    m_markerRects = obstacles.markers;

    const QFont font = m_chart->legend()->font();
    const QFontMetricsF metrics(font);
    QList<LabelPlacer::Request> requests;
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        const QString number = QString::number(i + 1);
        const auto boxed = [&](const QString &text) {
            return QSizeF(metrics.horizontalAdvance(text) + 2 * kPadding, metrics.height() + 2 * kPadding);
        };
        requests.append({anchors.at(i), boxed(m_labels.at(i).name), boxed(number)});
    }
    // Before the first layout the plot has no size: nothing can be placed, and nothing is decided.
    const bool laidOut = obstacles.bounds.width() > 40 && obstacles.bounds.height() > 40;
    const QList<LabelPlacer::Placement> placements =
        laidOut ? LabelPlacer::place(requests, obstacles) : QList<LabelPlacer::Placement>();

    const QColor ink = m_chart->titleBrush().color();
    // The chart's background may be a gradient (the themes'): take paper from the ink instead.
    QColor paper = ink.lightness() < 128 ? QColor(Qt::white) : QColor(0x2a, 0x2a, 0x2a);
    paper.setAlpha(235);
    m_keyEntries.clear();
    QStringList unmarked;
    qsizetype leaders = 0;
    for (qsizetype i = 0; i < m_boxes.size() || i < placements.size(); ++i) {
        QGraphicsRectItem *box = labelItem(i);
        if (i >= placements.size() || placements.at(i).kind == LabelPlacer::Placement::KeyOnly) {
            box->setVisible(false);
            if (i < placements.size())
                unmarked.append(m_labels.at(i).name);
            continue;
        }
        const LabelPlacer::Placement &p = placements.at(i);
        const bool named = p.kind != LabelPlacer::Placement::Numbered;
        auto *text = static_cast<QGraphicsSimpleTextItem *>(box->childItems().constFirst());
        text->setFont(font);
        text->setBrush(ink);
        text->setText(named ? m_labels.at(i).name : QString::number(p.keyNumber));
        text->setPos(kPadding, kPadding);
        box->setRect(0, 0, p.box.width(), p.box.height());
        box->setPos(p.box.topLeft());
        box->setBrush(paper);
        box->setData(0, named);
        box->setVisible(true);
        if (!named)
            m_keyEntries.append(QStringLiteral("%1 %2").arg(p.keyNumber).arg(m_labels.at(i).name));
        if (!p.leader.isNull()) {
            QGraphicsLineItem *line = leaderItem(leaders++);
            line->setLine(p.leader);
            QColor pen = ink;
            pen.setAlpha(160);
            line->setPen(QPen(pen, 1));
            line->setVisible(true);
        }
    }
    m_keyedCount = int(m_keyEntries.size() + unmarked.size());
    // One entry per name, so a key that runs out of room shortens to "N more" like the numbers do.
    for (qsizetype i = 0; i < unmarked.size(); ++i)
        m_keyEntries.append(i == 0 ? tr("too close to mark: %1").arg(unmarked.at(i)) : unmarked.at(i));
    for (qsizetype i = leaders; i < m_leaders.size(); ++i)
        m_leaders.at(i)->setVisible(false);
    if (laidOut)
        layoutKey();
    m_placing = false;
}

// The numbered key sits under the legend, in room the chart's bottom margin makes for it.
void PointLabels::layoutKey()
{
    if (!m_key) {
        m_key = new QGraphicsTextItem(m_chart);
        m_key->setZValue(kLabelZ);
    }
    QMargins margins = m_chart->margins();
    const int base = margins.bottom() - int(m_keyHeight);
    m_key->setDefaultTextColor(m_chart->titleBrush().color());
    m_key->setFont(m_chart->legend()->font());
    const QRectF area = m_chart->rect();
    m_key->setTextWidth(std::max<qreal>(100, area.width() - margins.left() - margins.right()));
    // The key may take a sixth of the chart at most (a small chart in the window); what does
    // not fit is counted, and the whole key is the key's tooltip.
    const QString separator = QStringLiteral("  ·  ");
    const QString full = m_keyEntries.join(separator);
    m_key->setToolTip(full);
    const QFontMetricsF metrics(m_key->font());
    const qreal cap = std::max<qreal>(metrics.lineSpacing() + 8, area.height() / 6);
    const auto shorten = [&](qsizetype shown) {
        m_key->setPlainText(shown >= m_keyEntries.size()
                                ? full
                                : m_keyEntries.mid(0, shown).join(separator) + separator +
                                      tr("%n more: hover here", nullptr, int(m_keyEntries.size() - shown)));
        return m_key->boundingRect().height();
    };
    // How many entries the cap holds, first by arithmetic (each entry's width, packed line by line),
    // then checked by laying the text out and stepping by one: two or three layouts, where trying
    // every count laid out a long text once per entry (the key of a chart of a thousand points).
    const qreal margin = m_key->document()->documentMargin();
    const qreal lineWidth = m_key->textWidth() - 2 * margin;
    const int lines = std::max(1, int((cap - 2 * margin) / metrics.lineSpacing()));
    const qreal gap = metrics.horizontalAdvance(separator);
    qsizetype packed = 0;
    int line = 1;
    qreal x = 0;
    for (const QString &entry : std::as_const(m_keyEntries)) {
        const qreal w = metrics.horizontalAdvance(entry);
        if (x > 0 && x + gap + w > lineWidth) {
            ++line;
            x = 0;
        }
        if (line > lines)
            break;
        x += (x > 0 ? gap : 0) + w;
        ++packed;
    }
    qsizetype shown = std::clamp<qsizetype>(packed, 1, std::max<qsizetype>(1, m_keyEntries.size()));
    if (m_keyEntries.isEmpty()) {
        m_key->setPlainText(QString());
    } else if (shorten(shown) > cap) {
        while (shown > 1 && shorten(--shown) > cap) {
        }
    } else {
        while (shown < m_keyEntries.size() && shorten(shown + 1) <= cap)
            ++shown;
        shorten(shown);
    }
    const qreal needed = m_keyEntries.isEmpty() ? 0 : m_key->boundingRect().height();
    m_key->setVisible(!m_keyEntries.isEmpty());
    m_key->setPos(area.left() + margins.left(), area.bottom() - needed - 2);
    // The room only grows until the next set of points: a smaller plot may push more names into
    // the key, and shrinking back each time would make the two chase each other.
    // Never more than this size's cap, though: room kept from an earlier, larger chart is a gap.
    const qreal height = m_keyMayShrink ? needed : std::max(needed, std::min(m_keyHeight, cap));
    // A new margin moves the plot, which may move names in or out of the key and change its
    // height again; two rounds settle real charts, and a key that keeps changing after a few
    // (a tiny window where one entry overflows its cap) keeps the last room it was given.
    constexpr int kMostReplacements = 3;
    if (std::abs(height - m_keyHeight) > 0.5 && m_replacements < kMostReplacements) {
        ++m_replacements;
        // A new margin moves the plot area: lay the chart out now (an export renders before the
        // event loop would) and place once more there.
        m_keyHeight = height;
        margins.setBottom(base + int(height));
        m_keyMayShrink = false;
        m_chart->setMargins(margins);
        if (QGraphicsLayout *layout = m_chart->layout())
            layout->activate();
        m_placing = false;
        m_inKeyLayout = true;
        place();
        m_inKeyLayout = false;
        m_placing = true;
    }
}

} // namespace Headroom
