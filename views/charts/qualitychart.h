// SWE-bench score against decode speed on one box, for every model that runs there.
#pragma once

#include "chartview.h"

class QLogValueAxis;
class QScatterSeries;
class QValueAxis;

namespace Headroom {

class FitMatrixModel;
class PointLabels;

// SWE-bench score (y) against decode speed on one box (x) for every model that runs there, read
// from a fit-matrix row. Verified and Pro are different exams: Pro-only models sit on their own
// right-hand axis with its own range, never on the Verified one. Models that do not run on the
// box have no speed and are counted in the title, not drawn at a made-up position.
class QualityChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualityChart)

public:
    // The most points one chart draws: beyond it, the models no other beats and the best scores.
    static constexpr qsizetype kMaxPoints = 300;

    explicit QualityChart(QWidget *parent = nullptr);
    void setSource(const FitMatrixModel *matrix);
    void plotHardware(int hardwareRow);
    [[nodiscard]] int verifiedCount() const;
    [[nodiscard]] int proOnlyCount() const;

protected:
    void replot() override;
    void restyle() override;

private:
    const FitMatrixModel *m_matrix = nullptr;
    int m_hardwareRow = -1;
    QScatterSeries *m_comfortable;
    QScatterSeries *m_tight;
    QScatterSeries *m_proOnly;
    QLogValueAxis *m_x;
    QValueAxis *m_verifiedAxis;
    QValueAxis *m_proAxis;
    PointLabels *m_labels;
};

} // namespace Headroom
