// Memory bandwidth against decode speed for one model across the boxes, with the ceiling.
#pragma once

#include "chartview.h"

class QLineSeries;
class QLogValueAxis;
class QScatterSeries;

namespace Headroom {

class FitMatrixModel;
class PointLabels;

// Memory bandwidth (x) against decode tokens/s (y) for one model column of a fit matrix: the
// bandwidth ceiling and the calibrated estimate as lines, every box that runs the model as a
// labelled point. Boxes that do not run it have no speed, so they are not points: the legend
// counts them. Series are updated with replace(), never rebuilt.
class BandwidthChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BandwidthChart)

public:
    explicit BandwidthChart(QWidget *parent = nullptr);

    // The matrix whose column `modelRow` is drawn; `highlighted` are matrix rows (boxes) to mark.
    void setSource(const FitMatrixModel *matrix);
    void plotModel(int modelRow, const QList<int> &highlighted);
    [[nodiscard]] int pointCount() const;

protected:
    void replot() override;
    void restyle() override;

private:
    const FitMatrixModel *m_matrix = nullptr;
    int m_modelRow = -1;
    QList<int> m_highlighted;
    QLineSeries *m_ceiling;
    QLineSeries *m_estimate;
    QScatterSeries *m_comfortable;
    QScatterSeries *m_tight;
    QScatterSeries *m_selected;
    QLogValueAxis *m_x;
    QLogValueAxis *m_y;
    PointLabels *m_labels;
};

} // namespace Headroom
