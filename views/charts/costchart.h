// Each box's cumulative cost over the horizon against the API for the same tokens.
#pragma once

#include "chartview.h"

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace Headroom {

class CompareModel;
class PointLabels;

// What each box has cost after each month of the horizon, against calling the same model
// through an API: the purchase on day one, then electricity at the workload's duty cycle. Where a
// box's line crosses its API line it has paid for itself; the crossing is marked and named. Reads
// a CompareModel's figures (Costs::ownedCostAfter, apiCostAfter); it computes none of its own.
class CostChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostChart)

public:
    explicit CostChart(QWidget *parent = nullptr);
    void setSource(const CompareModel *model);
    // Lines drawn (boxes and API offers) and crossings marked: for tests.
    [[nodiscard]] int lineCount() const;
    [[nodiscard]] int crossingCount() const;

protected:
    void replot() override;
    void restyle() override;

private:
    const CompareModel *m_model = nullptr;
    QLineSeries *m_boxes[2];
    QLineSeries *m_apis[2];
    QScatterSeries *m_crossings;
    QValueAxis *m_months;
    QValueAxis *m_usd;
    PointLabels *m_labels;
    QString m_formula;
};

} // namespace Headroom
