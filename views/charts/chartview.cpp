// What every Headroom chart shares: theme, fonts, no animations, a replot on demand.
#include "chartview.h"

#include <QAbstractAxis>
#include <QGraphicsLayout>
#include <QGuiApplication>

namespace Headroom {

ChartView::ChartView(const QString &objectName, QWidget *parent)
    : QChartView(parent)
{
    setObjectName(objectName);
    setRenderHint(QPainter::Antialiasing);
    chart()->setAnimationOptions(QChart::NoAnimation); // live data: no animations
    // No frame of grey around the chart's own background: a small chart needs the room for its
    // axis labels (which Qt Charts elides when short of height).
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
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
    replotInAppFont();
}

// Qt Charts' themes draw in their own font ("arial" at fixed sizes), so Chinese would fall
// back to whatever face fontconfig prefers for the system language (often the Japanese one).
// Every chart text takes the application's families (Fonts::applyToApplication) at its size.
void ChartView::replotInAppFont()
{
    replot();
    const QStringList families = QGuiApplication::font().families();
    // Set only where it differs: a font change lays the chart out again.
    const auto apply = [&families](const QFont &font, const auto &set) {
        if (font.families() != families) {
            QFont f = font;
            f.setFamilies(families);
            set(f);
        }
    };
    QChart *c = chart();
    apply(c->titleFont(), [c](const QFont &f) { c->setTitleFont(f); });
    apply(c->legend()->font(), [c](const QFont &f) { c->legend()->setFont(f); });
    for (QAbstractAxis *axis : c->axes()) {
        apply(axis->labelsFont(), [axis](const QFont &f) { axis->setLabelsFont(f); });
        apply(axis->titleFont(), [axis](const QFont &f) { axis->setTitleFont(f); });
    }
}

void ChartView::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    if (m_stale) {
        m_stale = false;
        replotInAppFont();
    }
}

} // namespace Headroom
