// Memory bandwidth against decode speed for one model across the boxes, with the ceiling.
#include "bandwidthchart.h"

#include "catalogstore.h"
#include "estimategrid.h"
#include "fitmatrixmodel.h"
#include "format.h"
#include "palette.h"
#include "pointlabels.h"
#include "referencecurve.h"

#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace Headroom {

BandwidthChart::BandwidthChart(QWidget *parent)
    : ChartView(QStringLiteral("bandwidthChart"), parent)
    , m_ceiling(new QLineSeries)
    , m_estimate(new QLineSeries)
    , m_comfortable(new QScatterSeries)
    , m_tight(new QScatterSeries)
    , m_selected(new QScatterSeries)
    , m_x(new QLogValueAxis)
    , m_y(new QLogValueAxis)
    , m_labels(new PointLabels(chart()))
{
    QChart *c = chart();
    m_ceiling->setName(tr("Ceiling"));
    m_estimate->setName(tr("Estimate"));
    m_comfortable->setName(tr("Comfortable"));
    m_tight->setName(tr("Tight or offload"));
    m_selected->setName(tr("Selected"));
    for (QAbstractSeries *series :
         std::initializer_list<QAbstractSeries *>{m_ceiling, m_estimate, m_comfortable, m_tight, m_selected})
        c->addSeries(series);
    // Log axes: boxes span 200 GB/s to 30 TB/s, and the ceiling stays a straight line.
    m_x->setTitleText(tr("Memory bandwidth, GB/s (log)"));
    m_y->setTitleText(tr("Decode, tokens/s (log)"));
    m_x->setMinorTickCount(8);
    m_y->setMinorTickCount(8);
    m_x->setLabelFormat(QStringLiteral("%g"));
    m_y->setLabelFormat(QStringLiteral("%g"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    setToolTip(tr(
        "Ceiling (dashed): bandwidth ÷ bytes read per token, the most any box can reach. Estimate "
        "(solid): the calibration of a discrete CUDA card at each bandwidth. Points: boxes that run the model (✓ comfortable, ! tight); boxes that do not "
        "run it have no speed and are left out."));
    restyle();
}

void BandwidthChart::setSource(const FitMatrixModel *matrix)
{
    if (m_matrix)
        disconnect(m_matrix, nullptr, this, nullptr);
    m_matrix = matrix;
    connect(matrix, &QAbstractItemModel::dataChanged, this, &BandwidthChart::requestReplot);
    connect(matrix, &QAbstractItemModel::modelReset, this, &BandwidthChart::requestReplot);
}

void BandwidthChart::plotModel(int modelRow, const QList<int> &highlighted)
{
    m_modelRow = modelRow;
    m_highlighted = highlighted;
    requestReplot();
}

int BandwidthChart::pointCount() const
{
    return int(m_comfortable->count() + m_tight->count());
}

void BandwidthChart::replot()
{
    if (!m_matrix || m_modelRow < 0 || m_modelRow >= m_matrix->columnCount())
        return;
    const CatalogStore &store = m_matrix->grid().store();
    const ModelSpec &model = store.model(m_modelRow);
    const Scenario &scenario = m_matrix->grid().scenario();
    QList<QPointF> comfortable, tight, selected, labelPoints;
    QStringList names;
    double maxBandwidth = 1000, maxSpeed = 1, minSpeed = 1e9, bytesPerToken = 0;
    QString format;
    int runs = 0, doesNot = 0;
    for (int row = 0; row < m_matrix->rowCount(); ++row) {
        const Estimate e = m_matrix->estimateAt(row, m_modelRow);
        if (!e.ok())
            continue;
        bytesPerToken = e.bytesPerToken;
        format = e.format.name;
        const double bandwidth = store.hardware(row).bandwidthBytesPerSecond * e.gpus / 1e9;
        maxBandwidth = std::max(maxBandwidth, bandwidth);
        maxSpeed = std::max(maxSpeed, *e.decodeCeilingTokS);
        if (!e.runs()) {
            ++doesNot;
            continue;
        }
        ++runs;
        const QPointF point(bandwidth, *e.decodeTokS);
        minSpeed = std::min(minSpeed, point.y());
        (e.verdict == Verdict::Comfortable ? comfortable : tight).append(point);
        // Highlighted boxes are labelled first, so they keep their names when space runs out.
        const bool mark = m_highlighted.contains(row);
        if (mark)
            selected.append(point);
        const qsizetype at = mark ? selected.size() - 1 : labelPoints.size();
        labelPoints.insert(at, point);
        names.insert(at, store.hardware(row).name);
    }
    chart()->setTitle(tr("%1 · %2 · %3 context · %4 KV cache · %5 of %n box(es) run it", nullptr, runs + doesNot)
                          .arg(model.name, format, Format::tokens(scenario.contextTokens), kvTypeName(scenario.kvType))
                          .arg(runs));
    const double xMin = 100.0, xMax = maxBandwidth * 1.5;
    QList<QPointF> ceiling;
    // The estimate line (items/referencecurve.h): a discrete CUDA card of each bandwidth running this step.
    const QList<QPointF> estimate = referenceDecodeCurve(store.catalog(), model, bytesPerToken, xMin, xMax, 60);
    for (const QPointF &p : estimate) {
        ceiling.append({p.x(), p.x() * 1e9 / bytesPerToken});
        minSpeed = std::min(minSpeed, p.y());
    }
    m_ceiling->replace(ceiling);
    m_estimate->replace(estimate);
    m_comfortable->replace(comfortable);
    m_tight->replace(tight);
    m_selected->replace(selected);
    m_x->setRange(xMin, xMax);
    m_y->setRange(std::pow(10.0, std::floor(std::log10(std::max(1e-3, std::min(minSpeed, maxSpeed))))),
                  std::pow(10.0, std::ceil(std::log10(std::max(1.0, maxSpeed * 1.2)))));
    m_labels->set(labelPoints, names, m_comfortable);
}

void BandwidthChart::restyle()
{
    m_ceiling->setPen(QPen(Palette::ceilingLine(isDark()), 2, Qt::DashLine));
    m_estimate->setPen(QPen(Palette::estimateLine(), 2));
    for (auto [series, verdict] :
         {std::pair{m_comfortable, Verdict::Comfortable}, std::pair{m_tight, Verdict::Tight}}) {
        series->setMarkerSize(11);
        series->setColor(Palette::verdictColor(verdict));
        series->setBorderColor(Palette::verdictColor(verdict));
    }
    m_tight->setMarkerShape(QScatterSeries::MarkerShapeRectangle); // shape, not only colour
    m_selected->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_selected->setMarkerSize(17);
    m_selected->setColor(Qt::transparent);
    m_selected->setBorderColor(Palette::selection());
    m_selected->setPen(QPen(Palette::selection(), 3));
}

} // namespace Headroom
