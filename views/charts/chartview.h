// What every Headroom chart shares: theme, fonts, no animations, a replot on demand.
#pragma once

#include <QChartView>

namespace Headroom {

// What every Headroom chart shares: no animations on live data, the legend at the bottom,
// a light or dark theme, and replotting only when it can be seen (a hidden tab's chart is
// marked stale and replots when shown), so a slider step costs only what is on screen.
class ChartView : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    explicit ChartView(const QString &objectName, QWidget *parent = nullptr);

    void setDark(bool dark);
    [[nodiscard]] bool isDark() const;
    // Replots now when visible (or never plotted yet, as for an export); later otherwise.
    void requestReplot();

protected:
    virtual void replot() = 0;
    // Series colours and pens for the current theme; called after a theme change.
    virtual void restyle() {}
    void showEvent(QShowEvent *event) override;

private:
    void replotInAppFont();

    bool m_stale = false;
    bool m_plotted = false;
};

} // namespace Headroom
