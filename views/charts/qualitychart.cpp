// SWE-bench score against decode speed on one box, for every model that runs there.
#include "qualitychart.h"

#include "catalogstore.h"
#include "estimategrid.h"
#include "fitmatrixmodel.h"
#include "format.h"
#include "palette.h"
#include "pointlabels.h"

#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Headroom {

namespace {
// An axis range around the scores with a margin, in steps of 5 points: each exam gets its own.
std::pair<double, double> scoreRange(const QList<QPointF> &points)
{
    if (points.isEmpty())
        return {0, 100};
    double low = 100, high = 0;
    for (const QPointF &p : points) {
        low = std::min(low, p.y());
        high = std::max(high, p.y());
    }
    return {std::max(0.0, std::floor((low - 5) / 5) * 5), std::min(100.0, std::ceil((high + 5) / 5) * 5)};
}

struct Point
{
    double speed = 0;
    double score = 0;
    int column = 0; // the model's column: names are looked up only for the points drawn
    bool comfortable = false;
    bool proOnly = false;
};

// A chart of thousands of points is unreadable and slow to draw. Keep every point no other beats
// on both score and speed (the ones a buyer chooses between), then the best scores, up to `cap`;
// best scores first, so they get the labels.
QList<Point> worthPlotting(QList<Point> points, qsizetype cap)
{
    std::sort(points.begin(), points.end(), [](const Point &a, const Point &b) {
        return a.score != b.score ? a.score > b.score : a.speed > b.speed;
    });
    if (points.size() <= cap)
        return points;
    QList<Point> kept;
    QList<bool> taken(points.size(), false);
    for (const bool pro : {false, true}) {
        double fastest = -1; // walking down the scores, a point is on the front if it is faster than all above it
        for (qsizetype i = 0; i < points.size(); ++i) {
            if (points.at(i).proOnly == pro && points.at(i).speed > fastest) {
                fastest = points.at(i).speed;
                taken[i] = true;
            }
        }
    }
    for (qsizetype i = 0; i < points.size() && kept.size() < cap; ++i) {
        if (taken.at(i))
            kept.append(points.at(i));
    }
    for (qsizetype i = 0; i < points.size() && kept.size() < cap; ++i) {
        if (!taken.at(i))
            kept.append(points.at(i));
    }
    std::stable_sort(kept.begin(), kept.end(), [](const Point &a, const Point &b) { return a.score > b.score; });
    return kept;
}
} // namespace

QualityChart::QualityChart(QWidget *parent)
    : ChartView(QStringLiteral("qualityChart"), parent)
    , m_comfortable(new QScatterSeries)
    , m_tight(new QScatterSeries)
    , m_proOnly(new QScatterSeries)
    , m_x(new QLogValueAxis)
    , m_verifiedAxis(new QValueAxis)
    , m_proAxis(new QValueAxis)
    , m_labels(new PointLabels(chart()))
{
    QChart *c = chart();
    m_comfortable->setName(tr("Verified, comfortable"));
    m_tight->setName(tr("Verified, tight or offload"));
    m_proOnly->setName(tr("SWE-bench Pro only (right axis)"));
    for (QScatterSeries *s : {m_comfortable, m_tight, m_proOnly}) {
        s->setMarkerSize(11);
        c->addSeries(s);
    }
    m_x->setBase(10);
    m_x->setLabelFormat(QStringLiteral("%g"));
    m_x->setMinorTickCount(8);
    m_x->setTitleText(tr("Decode speed on this box (tokens/s, log scale)"));
    m_verifiedAxis->setTitleText(tr("SWE-bench Verified (%)"));
    m_proAxis->setTitleText(tr("SWE-bench Pro (%), a harder exam"));
    m_verifiedAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_proAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_proAxis->setGridLineVisible(false);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_verifiedAxis, Qt::AlignLeft);
    c->addAxis(m_proAxis, Qt::AlignRight);
    for (QScatterSeries *s : {m_comfortable, m_tight, m_proOnly})
        s->attachAxis(m_x);
    m_comfortable->attachAxis(m_verifiedAxis);
    m_tight->attachAxis(m_verifiedAxis);
    m_proOnly->attachAxis(m_proAxis);
    restyle();
}

void QualityChart::setSource(const FitMatrixModel *matrix)
{
    if (m_matrix)
        disconnect(m_matrix, nullptr, this, nullptr);
    m_matrix = matrix;
    connect(matrix, &QAbstractItemModel::dataChanged, this, &QualityChart::requestReplot);
    connect(matrix, &QAbstractItemModel::modelReset, this, &QualityChart::requestReplot);
}

void QualityChart::plotHardware(int hardwareRow)
{
    m_hardwareRow = hardwareRow;
    requestReplot();
}

int QualityChart::verifiedCount() const
{
    return int(m_comfortable->count() + m_tight->count());
}

int QualityChart::proOnlyCount() const
{
    return int(m_proOnly->count());
}

void QualityChart::replot()
{
    if (!m_matrix || m_hardwareRow < 0 || m_hardwareRow >= m_matrix->rowCount())
        return;
    const CatalogStore &store = m_matrix->grid().store();
    const Scenario &scenario = m_matrix->grid().scenario();
    QList<Point> candidates;
    double slowest = 1e9, fastest = 0;
    int notRunning = 0;
    for (int column = 0; column < m_matrix->columnCount(); ++column) {
        const ModelSpec &m = store.model(column);
        if (!m.sweVerified && !m.swePro)
            continue;
        const EstimateFigures e = m_matrix->figuresAt(m_hardwareRow, column);
        if (!e.runs()) {
            ++notRunning;
            continue;
        }
        const double speed = *e.decodeTokS;
        slowest = std::min(slowest, speed);
        fastest = std::max(fastest, speed);
        if (m.sweVerified)
            candidates.append({speed, m.sweVerified->percent, column, e.verdict == Verdict::Comfortable, false});
        else
            candidates.append({speed, m.swePro->percent, column, false, true});
    }
    const qsizetype scored = candidates.size();
    const QList<Point> shown = worthPlotting(std::move(candidates), kMaxPoints);
    QList<QPointF> comfortable, tight, pro, verifiedPoints;
    QStringList verifiedNames, proNames;
    const QString proSuffix = tr(" (Pro)");
    for (const Point &p : shown) {
        const QString &name = store.model(p.column).name;
        if (p.proOnly) {
            pro.append({p.speed, p.score});
            proNames.append(name + proSuffix);
        } else {
            (p.comfortable ? comfortable : tight).append({p.speed, p.score});
            verifiedPoints.append({p.speed, p.score});
            verifiedNames.append(name);
        }
    }
    QString title = tr("%1 · %2 context · %3 scored models do not run on it")
                        .arg(store.hardware(m_hardwareRow).name, Format::tokens(scenario.contextTokens))
                        .arg(notRunning);
    if (shown.size() < scored)
        title += tr(" · showing the %1 best of %2 that run").arg(shown.size()).arg(scored);
    chart()->setTitle(title);
    m_comfortable->replace(comfortable);
    m_tight->replace(tight);
    m_proOnly->replace(pro);
    if (fastest <= 0) {
        slowest = 1;
        fastest = 10;
    }
    m_x->setRange(std::pow(10.0, std::floor(std::log10(slowest * 0.8))),
                  std::pow(10.0, std::ceil(std::log10(fastest * 1.25))));
    const auto [vLow, vHigh] = scoreRange(verifiedPoints);
    const auto [pLow, pHigh] = scoreRange(pro);
    m_verifiedAxis->setRange(vLow, vHigh);
    m_proAxis->setRange(pLow, pHigh);
    m_proAxis->setVisible(!pro.isEmpty());
    m_proOnly->setVisible(!pro.isEmpty()); // no legend entry for an axis that is not drawn
    // One placement pass for both exams, so a Pro name never lands on a Verified one.
    m_labels->setGroups({{verifiedPoints, verifiedNames, m_comfortable}, {pro, proNames, m_proOnly}});
}

void QualityChart::restyle()
{
    m_comfortable->setColor(Palette::verdictColor(Verdict::Comfortable));
    m_comfortable->setBorderColor(Palette::verdictColor(Verdict::Comfortable));
    m_tight->setColor(Palette::verdictColor(Verdict::Tight));
    m_tight->setBorderColor(Palette::verdictColor(Verdict::Tight));
    m_tight->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_proOnly->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_proOnly->setColor(Qt::transparent);
    m_proOnly->setBorderColor(Palette::pro());
    m_proOnly->setPen(QPen(Palette::pro(), 2));
    m_proAxis->setLinePenColor(Palette::pro());
    m_proAxis->setLabelsColor(Palette::pro());
}

} // namespace Headroom
