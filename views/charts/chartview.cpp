#include "chartview.h"

namespace Headroom {

ChartView::ChartView(const QString &objectName, QWidget *parent)
    : QChartView(parent)
{
    setObjectName(objectName);
    setRenderHint(QPainter::Antialiasing);
    chart()->setAnimationOptions(QChart::NoAnimation); // live data: no animations
    chart()->legend()->setAlignment(Qt::AlignBottom);
    // Swatches drawn like the markers and lines they stand for: a square is "tight", a dash a fit.
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // A narrow chart cuts legend names: the whole name shows on hover.
    chart()->legend()->setShowToolTips(true);
}

void ChartView::setDark(bool dark)
{
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // A theme resets fonts: keep them at the application's size so labels stay readable at 2×.
    chart()->setAnimationOptions(QChart::NoAnimation);
    restyle();
    requestReplot();
}

bool ChartView::isDark() const
{
    return chart()->theme() == QChart::ChartThemeDark;
}

void ChartView::requestReplot()
{
    if (m_plotted && !isVisible()) {
        m_stale = true;
        return;
    }
    m_plotted = true;
    m_stale = false;
    replot();
}

void ChartView::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    if (m_stale) {
        m_stale = false;
        replot();
    }
}

} // namespace Headroom
