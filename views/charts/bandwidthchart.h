#pragma once

#include "catalog.h"
#include "pointlabels.h"
#include "scenario.h"

#include <QChartView>

class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QLogValueAxis;

namespace Headroom {

// Memory bandwidth (x) against decode tokens/s (y) for one model: the ceiling and the
// calibrated estimate as lines, every box as a labelled point, filled where the model fits
// and hollow where it does not. Series are updated with replace(), never rebuilt.
class BandwidthChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BandwidthChart)

public:
    explicit BandwidthChart(QWidget *parent = nullptr);
    // Light or dark chart theme; series keep their meaning-carrying colours either way.
    void setDark(bool dark);

    void setCatalog(const Catalog *catalog);
    void update(const ModelSpec &model, const Scenario &scenario, const QStringList &selectedHardwareIds);
    [[nodiscard]] int pointCount() const;

private:
    void styleSeries();

    const Catalog *m_catalog = nullptr;
    QLineSeries *m_ceiling;
    QLineSeries *m_estimate;
    QScatterSeries *m_fits;
    QScatterSeries *m_noFit;
    QScatterSeries *m_selected;
    QLogValueAxis *m_x;
    QLogValueAxis *m_y;
    PointLabels m_labels;
};

} // namespace Headroom
