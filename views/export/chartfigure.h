// Builds an exported chart and its texts from a request, independent of the screen.
#pragma once

#include "catalog.h"
#include "figure.h"
#include "report.h"
#include "scenario.h"

#include <memory>
#include <optional>

class QChartView;

namespace Headroom {

enum class ChartKind { Bandwidth, Memory, Context, Quality, Compare };

[[nodiscard]] std::optional<ChartKind> parseChartKind(const QString &name);
[[nodiscard]] QString chartKindName(ChartKind kind);

// Everything needed to draw one exported chart, independent of what is on screen.
struct ChartRequest
{
    ChartKind kind = ChartKind::Bandwidth;
    ModelSpec model;
    QList<HardwareSpec> boxes; // highlighted (bandwidth, compare), drawn (memory), or the box (context, quality)
    Scenario scenario;
    // The compare figure: both sides as chosen (each its own model and scenario) and the cost
    // assumptions; its chart is the cumulative cost and it carries the cost table.
    std::optional<ReportInputs> comparison;
};

[[nodiscard]] std::unique_ptr<QChartView> buildChart(const Catalog &catalog, const ChartRequest &request);
// Title, assumptions, sources with as-of dates, and the version footer for `request`.
[[nodiscard]] FigureText figureText(const Catalog &catalog, const ChartRequest &request);

} // namespace Headroom
