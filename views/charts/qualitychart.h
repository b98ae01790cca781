#pragma once

#include "catalog.h"
#include "pointlabels.h"
#include "scenario.h"

#include <QChartView>

class QLogValueAxis;
class QScatterSeries;
class QValueAxis;

namespace Headroom {

// Quality against speed on the chosen box: SWE-bench Verified (left axis) against decode
// tokens/s. Models that report only SWE-bench Pro sit in their own series on their own
// right-hand axis: the two exams are never put on one scale.
class QualityChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualityChart)

public:
    explicit QualityChart(QWidget *parent = nullptr);
    // Light or dark chart theme; series keep their meaning-carrying colours either way.
    void setDark(bool dark);
    void setCatalog(const Catalog *catalog);
    void update(const HardwareSpec &hardware, const Scenario &scenario);
    [[nodiscard]] int verifiedCount() const;
    [[nodiscard]] int proOnlyCount() const;

private:
    void styleSeries();
    const Catalog *m_catalog = nullptr;
    QScatterSeries *m_verifiedFits;
    QScatterSeries *m_verifiedNoFit;
    QScatterSeries *m_proOnly;
    QLogValueAxis *m_x;
    QValueAxis *m_verifiedAxis;
    QValueAxis *m_proAxis;
    PointLabels m_verifiedLabels;
    PointLabels m_proLabels;
};

} // namespace Headroom
