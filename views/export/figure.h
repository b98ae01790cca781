// What makes an exported chart explain itself on paper: title, assumptions, sources, footer.
#pragma once

#include "safewrite.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QChartView;
class QImage;
class QPainter;
class QRectF;

namespace Headroom {

// What makes an exported chart explain itself on paper.
struct FigureText
{
    QString title;
    QString subtitle;    // the assumptions: model, quantization, context, KV precision, efficiency
    QStringList sources; // data sources with as-of dates
    QString footer;      // app version and date
    QString lead;        // the answer, in bold under the title (the compare figure's recommendation)
    // A table beside the chart, first row the header: what a figure must carry to stand alone.
    QList<QStringList> table;
};

// One layout for every export of a chart: PNG, SVG, PDF and print all paint the same figure
// in a logical 1200 × 800 space (header, vector chart, sources, footer).
namespace Figure {

inline constexpr double kWidth = 1200;
inline constexpr double kHeight = 800;
// Chart text in figure pixels: 9 pt or more once a 1200-wide figure is printed across A4.
inline constexpr int kChartTextPx = 14;

enum class Format { Png, Svg, Pdf };
[[nodiscard]] std::optional<Format> formatFor(const QString &path);

// Paints the figure into `target` (logical units are scaled to fit, keeping proportions).
// A smaller logical width makes text relatively larger: the report's half-page figures use 900.
// A logical height of 0 keeps the figure's 3:2 proportion.
void paint(QPainter &painter, const QRectF &target, QChartView &chart, const FigureText &text,
           double logicalWidth = kWidth, double logicalHeight = 0);

[[nodiscard]] QImage image(QChartView &chart, const FigureText &text, int scale);

// Writes atomically: on failure or cancellation nothing is left at `path`.
// Returns an empty string on success, else a sentence naming the path and the reason.
[[nodiscard]] QString save(QChartView &chart, const FigureText &text, const QString &path, int scale = 2,
                           QPageSize::PageSizeId page = QPageSize::A4, const SafeWrite::Options &options = {});

// The footer every export carries: "Headroom 0.1.0 · exported 2026-11-28".
[[nodiscard]] QString standardFooter();

} // namespace Figure
} // namespace Headroom
