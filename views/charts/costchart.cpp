// Each box's cumulative cost over the horizon against the API for the same tokens.
#include "costchart.h"

#include "comparemodel.h"
#include "format.h"
#include "palette.h"
#include "pointlabels.h"

#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace Headroom {

namespace {

QString sideLetter(int side)
{
    return side == 0 ? QStringLiteral("A") : QStringLiteral("B");
}

} // namespace

CostChart::CostChart(QWidget *parent)
    : ChartView(QStringLiteral("costChart"), parent)
    , m_boxes{new QLineSeries, new QLineSeries}
    , m_apis{new QLineSeries, new QLineSeries}
    , m_crossings(new QScatterSeries)
    , m_months(new QValueAxis)
    , m_usd(new QValueAxis)
    , m_labels(new PointLabels(chart()))
{
    QChart *c = chart();
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_boxes[0]), static_cast<QAbstractSeries *>(m_boxes[1]),
          static_cast<QAbstractSeries *>(m_apis[0]), static_cast<QAbstractSeries *>(m_apis[1]),
          static_cast<QAbstractSeries *>(m_crossings)}) {
        c->addSeries(series);
    }
    m_crossings->setName(tr("Paid for itself"));
    m_months->setTitleText(tr("Months after purchase"));
    m_months->setLabelFormat(QStringLiteral("%d"));
    m_usd->setTitleText(tr("Cumulative cost (US$)"));
    m_usd->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_months, Qt::AlignBottom);
    c->addAxis(m_usd, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(m_months);
        series->attachAxis(m_usd);
    }
    m_formula = (tr("A box: purchase (with its host computer) + electricity per month × months, the box at load "
                    "for the hours the workload needs and idle the rest. API: the same output tokens, with their "
                    "input and cached input, at the API's prices × months. Where a box's line crosses below its "
                    "API line it has paid for itself."));
    setToolTip(m_formula);
    restyle();
}

void CostChart::setSource(const CompareModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    connect(model, &CompareModel::recomputed, this, &CostChart::requestReplot);
    requestReplot();
}

int CostChart::lineCount() const
{
    int lines = 0;
    for (const QLineSeries *series : {m_boxes[0], m_boxes[1], m_apis[0], m_apis[1]})
        lines += series->isVisible() && series->count() > 0 ? 1 : 0;
    return lines;
}

int CostChart::crossingCount() const
{
    return int(m_crossings->count());
}

void CostChart::replot()
{
    if (!m_model)
        return;
    const Costs::Assumptions &a = m_model->assumptions();
    const double horizon = std::max(1, a.horizonMonths);
    double highest = 1;
    QList<QPointF> crossings;
    QStringList crossingNames;
    QStringList apiTips;
    // One API line per offer: two sides running the same model share one.
    const bool sameOffer = a.apiUsdPerMillionTokens || m_model->side(0).model.id == m_model->side(1).model.id;
    // A shared API line belongs to neither side: grey, dashed.
    m_apis[0]->setPen(QPen(sameOffer ? Palette::ceilingLine(isDark()) : Palette::selection(), 2, Qt::DashLine));
    for (int i = 0; i < 2; ++i) {
        const Costs::Side &side = m_model->side(i);
        const Costs::SideCosts &costs = m_model->costs(i);
        QList<QPointF> owned, api;
        for (int step = 0; step <= 48; ++step) {
            const double month = horizon * step / 48.0;
            if (const auto usd = m_model->ownedCostAfter(i, month))
                owned.append({month, *usd});
            if (const auto usd = m_model->apiCostAfter(i, month))
                api.append({month, *usd});
        }
        for (const QList<QPointF> *line : {&owned, &api}) {
            for (const QPointF &p : *line)
                highest = std::max(highest, p.y());
        }
        const bool serves = costs.estimate.runs() && !costs.capacityShort;
        m_boxes[i]->replace(owned);
        // Short names: the legend has one line, and the sides are named in full around the chart.
        const QString how = costs.rented ? tr("%1, rented").arg(sideLetter(i)) : tr("%1, bought").arg(sideLetter(i));
        m_boxes[i]->setName(serves ? how : tr("%1 (cannot serve)").arg(sideLetter(i)));
        // A box that cannot serve the day's tokens is drawn dotted: its line is not a real option.
        QPen pen = m_boxes[i]->pen();
        pen.setStyle(serves ? Qt::SolidLine : Qt::DotLine);
        m_boxes[i]->setPen(pen);
        m_boxes[i]->setVisible(!owned.isEmpty());
        const bool drawApi = !api.isEmpty() && !(i == 1 && sameOffer);
        m_apis[i]->replace(drawApi ? api : QList<QPointF>());
        m_apis[i]->setVisible(drawApi);
        m_apis[i]->setName(sameOffer ? tr("API, same tokens") : tr("API for %1's model").arg(sideLetter(i)));
        QString apiTip;
        if (a.apiUsdPerMillionTokens)
            apiTip = tr("Cloud API at %1 per million output tokens").arg(Format::usd(*a.apiUsdPerMillionTokens));
        else if (side.api && side.apiStandsIn)
            apiTip = tr("%1's API prices stand in: %2 has no API").arg(side.api->provider, side.model.name);
        else if (side.api)
            apiTip = tr("%1 through %2").arg(side.model.name, side.api->provider);
        apiTips << apiTip;
        if (serves && costs.breakevenMonths && *costs.breakevenMonths <= horizon) {
            const auto usd = m_model->ownedCostAfter(i, *costs.breakevenMonths);
            crossings.append({*costs.breakevenMonths, *usd});
            crossingNames.append(tr("%1 pays for itself after %2 months")
                                     .arg(sideLetter(i))
                                     .arg(QLocale().toString(*costs.breakevenMonths, 'f', 1)));
        }
    }
    m_crossings->replace(crossings);
    apiTips.removeDuplicates();
    apiTips.removeAll(QString());
    setToolTip(m_formula + QStringLiteral("\n") + apiTips.join(QStringLiteral("\n")));
    chart()->setTitle(tr("Cumulative cost over %1 months at %2 output tokens a day")
                          .arg(a.horizonMonths)
                          .arg(QLocale().toString(qint64(a.tokensPerDay))));
    m_months->setRange(0, horizon);
    m_months->setTickCount(std::min(13, a.horizonMonths + 1));
    m_usd->setRange(0, highest * 1.08);
    m_usd->applyNiceNumbers();
    m_labels->set(crossings, crossingNames, m_crossings);
}

void CostChart::restyle()
{
    const QColor colors[2] = {Palette::selection(), Palette::kvCache()};
    for (int i = 0; i < 2; ++i) {
        m_boxes[i]->setPen(QPen(colors[i], 3));
        m_apis[i]->setPen(QPen(colors[i], 2, Qt::DashLine));
    }
    m_crossings->setMarkerSize(12);
    m_crossings->setColor(Palette::ceilingLine(isDark()));
    m_crossings->setBorderColor(Palette::ceilingLine(isDark()));
}

} // namespace Headroom
