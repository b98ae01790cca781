// Chart labels a manager can read: no name overlaps another, a marker or a line, on synthetic
// layouts and on the real charts with the bundled catalog and a crowded 60-box one.
#include "bandwidthchart.h"
#include "catalog.h"
#include "catalogstore.h"
#include "estimategrid.h"
#include "fitmatrixmodel.h"
#include "labelplacer.h"
#include "pointlabels.h"
#include "qualitychart.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Headroom;

class TestLabelPlacer : public QObject
{
    Q_OBJECT

private slots:
    void besideWhenThereIsRoom();
    void avoidsLinesAndMarkers();
    void crowdedLayoutsNeverOverlap_data();
    void crowdedLayoutsNeverOverlap();
    void bandwidthChartOnBundledCatalog();
    void chartsOnSixtyBoxes();

private:
    static void verifyPlacements(const QList<LabelPlacer::Request> &requests, const LabelPlacer::Obstacles &obstacles,
                                 const QList<LabelPlacer::Placement> &placements);
    static void verifyChartLabels(const PointLabels &labels, const QString &what);
};

void TestLabelPlacer::verifyPlacements(const QList<LabelPlacer::Request> &requests,
                                       const LabelPlacer::Obstacles &obstacles,
                                       const QList<LabelPlacer::Placement> &placements)
{
    QCOMPARE(placements.size(), requests.size());
    QList<QRectF> boxes;
    QList<int> numbers;
    for (const LabelPlacer::Placement &p : placements) {
        if (p.kind == LabelPlacer::Placement::Numbered)
            numbers.append(p.keyNumber);
        if (p.kind == LabelPlacer::Placement::KeyOnly)
            continue;
        QVERIFY2(obstacles.bounds.contains(p.box), "a label left the plot");
        QVERIFY2(!LabelPlacer::collides(p.box, obstacles, boxes), "a label overlaps a label, marker or line");
        boxes.append(p.box);
    }
    // Leaders cross no label (their own ends on its edge, so it is shrunk by a pixel).
    for (const LabelPlacer::Placement &p : placements) {
        if (p.leader.isNull())
            continue;
        for (const QRectF &box : boxes) {
            const QRectF inner = box.adjusted(1, 1, -1, -1);
            LabelPlacer::Obstacles line;
            line.segments = {p.leader};
            QVERIFY2(!LabelPlacer::collides(inner, line, {}), "a leader line crosses a label");
        }
    }
    // Key numbers count 1, 2, 3 … in the order the points were given.
    for (qsizetype i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers.at(i), int(i + 1));
}

void TestLabelPlacer::besideWhenThereIsRoom()
{
    LabelPlacer::Obstacles o;
    o.bounds = QRectF(0, 0, 400, 300);
    o.markers = {QRectF(95, 95, 10, 10), QRectF(295, 195, 10, 10)};
    const QList<LabelPlacer::Request> requests = {{{100, 100}, {60, 14}, {10, 14}}, {{300, 200}, {60, 14}, {10, 14}}};
    const auto placed = LabelPlacer::place(requests, o);
    verifyPlacements(requests, o, placed);
    for (const auto &p : placed) {
        QCOMPARE(p.kind, LabelPlacer::Placement::Beside);
        QVERIFY(p.leader.isNull());
    }
    // The preferred side is the right-hand one, level with the point.
    QVERIFY(placed.at(0).box.left() > 105);
    QCOMPARE(placed.at(0).box.center().y(), 100.0);
}

void TestLabelPlacer::avoidsLinesAndMarkers()
{
    LabelPlacer::Obstacles o;
    o.bounds = QRectF(0, 0, 400, 300);
    // A line right through where the label would go, and a marker on its left.
    o.segments = {QLineF(100, 0, 400, 200)};
    o.markers = {QRectF(195, 95, 10, 10), QRectF(120, 95, 10, 10)};
    const QList<LabelPlacer::Request> requests = {{{200, 100}, {120, 14}, {10, 14}}};
    const auto placed = LabelPlacer::place(requests, o);
    verifyPlacements(requests, o, placed);
    QVERIFY(placed.at(0).kind != LabelPlacer::Placement::KeyOnly);
}

void TestLabelPlacer::crowdedLayoutsNeverOverlap_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<double>("spread"); // side of the square the points fall in
    QTest::addColumn<quint32>("seed");
    QTest::newRow("60 points spread out") << 60 << 700.0 << 1u;
    QTest::newRow("60 points crowded") << 60 << 150.0 << 2u;
    QTest::newRow("60 points on one spot") << 60 << 4.0 << 3u;
    QTest::newRow("20 points") << 20 << 400.0 << 4u;
    QTest::newRow("200 points") << 200 << 700.0 << 5u;
}

void TestLabelPlacer::crowdedLayoutsNeverOverlap()
{
    QFETCH(int, points);
    QFETCH(double, spread);
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    LabelPlacer::Obstacles o;
    o.bounds = QRectF(0, 0, 800, 500);
    // Two straight fits across the plot, as on the bandwidth chart.
    o.segments = {QLineF(0, 480, 800, 40), QLineF(0, 490, 400, 300), QLineF(400, 300, 800, 200)};
    QList<LabelPlacer::Request> requests;
    for (int i = 0; i < points; ++i) {
        const QPointF at(50 + random.bounded(spread), 50 + random.bounded(spread * 0.55));
        o.markers.append(QRectF(at.x() - 5.5, at.y() - 5.5, 11, 11));
        requests.append({at, {40.0 + random.bounded(80), 15}, {i < 9 ? 8.0 : 15.0, 15}});
    }
    const auto placed = LabelPlacer::place(requests, o);
    verifyPlacements(requests, o, placed);
    const auto named = std::count_if(placed.cbegin(), placed.cend(), [](const LabelPlacer::Placement &p) {
        return p.kind == LabelPlacer::Placement::Beside || p.kind == LabelPlacer::Placement::Leader;
    });
    qInfo("%d points: %d named, %d numbered or in the key", points, int(named), int(points - named));
    if (spread >= 400 && points <= 60)
        QVERIFY2(named >= points / 2, "spread-out points should mostly keep their names");
}

void TestLabelPlacer::verifyChartLabels(const PointLabels &labels, const QString &what)
{
    const QList<QRectF> boxes = labels.labelRects();
    const QList<QRectF> markers = labels.markerRects();
    QVERIFY2(!markers.isEmpty(), qPrintable(what + QStringLiteral(": no markers drawn")));
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        for (qsizetype j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!boxes.at(i).intersects(boxes.at(j)), qPrintable(what + QStringLiteral(": two labels overlap")));
        for (const QRectF &marker : markers)
            QVERIFY2(!boxes.at(i).intersects(marker), qPrintable(what + QStringLiteral(": a label covers a marker")));
    }
}

void TestLabelPlacer::bandwidthChartOnBundledCatalog()
{
    CatalogStore store(CatalogLoader::embedded());
    EstimateGrid grid(&store);
    FitMatrixModel matrix(&grid);
    BandwidthChart chart;
    chart.setSource(&matrix);
    chart.resize(900, 560);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    int named = 0, points = 0;
    for (int model = 0; model < store.modelCount(); ++model) {
        chart.plotModel(model, {0, 1});
        QCoreApplication::processEvents();
        const auto *labels = chart.chart()->findChild<PointLabels *>();
        QVERIFY(labels);
        if (chart.pointCount() == 0)
            continue;
        verifyChartLabels(*labels, store.model(model).name);
        named += labels->visibleCount();
        points += chart.pointCount();
    }
    qInfo("bundled catalog, every model: %d of %d points named on the chart", named, points);
    QVERIFY(named > 0);
}

// A crowded catalog: 60 boxes of every bandwidth, many of them close together.
void TestLabelPlacer::chartsOnSixtyBoxes()
{
    const Catalog &base = CatalogLoader::embedded();
    Catalog crowded = base;
    crowded.hardware.clear();
    for (int i = 0; i < 60; ++i) {
        HardwareSpec h = base.hardware.at(i % base.hardware.size());
        h.id = QStringLiteral("box-%1").arg(i);
        h.name = QStringLiteral("Synthetic box %1").arg(i);
        h.bandwidthBytesPerSecond = (250 + 60.0 * i) * 1e9;
        h.usableBytesPerGpu = h.memoryBytesPerGpu = 200e9;
        crowded.hardware.append(h);
    }
    CatalogStore store(crowded);
    EstimateGrid grid(&store);
    FitMatrixModel matrix(&grid);
    BandwidthChart bandwidth;
    bandwidth.setSource(&matrix);
    bandwidth.resize(900, 560);
    bandwidth.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bandwidth));
    bandwidth.plotModel(store.modelRow(QStringLiteral("devstral-2")), {3, 40});
    QCoreApplication::processEvents();
    QCOMPARE(bandwidth.pointCount(), 60);
    const auto *labels = bandwidth.chart()->findChild<PointLabels *>();
    verifyChartLabels(*labels, QStringLiteral("bandwidth, 60 boxes"));
    // Every point is either named or in the key: none is silently unnamed.
    QCOMPARE(labels->visibleCount() + labels->keyedCount(), 60);
    qInfo("60 boxes: %d named, %d in the key", labels->visibleCount(), labels->keyedCount());

    QualityChart quality;
    quality.setSource(&matrix);
    quality.resize(900, 560);
    quality.show();
    QVERIFY(QTest::qWaitForWindowExposed(&quality));
    quality.plotHardware(10);
    QCoreApplication::processEvents();
    const auto *qualityLabels = quality.chart()->findChild<PointLabels *>();
    QVERIFY(qualityLabels);
    verifyChartLabels(*qualityLabels, QStringLiteral("quality, box 10"));
}

QTEST_MAIN(TestLabelPlacer)
#include "tst_labelplacer.moc"
