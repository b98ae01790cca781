// The budget proposal PDF: recommendation and costs, the table, the charts.
#pragma once

#include "costs.h"
#include "safewrite.h"

#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace Headroom {

// The budget proposal: page 1 answers (recommendation, cost of ownership, the table, assumptions),
// page 2 shows the bandwidth chart and the memory chart for both, page 3 the cumulative cost
// and the sources. Text is at least 9 pt on A4 and Letter.
struct ReportInputs
{
    Costs::Side a;
    Costs::Side b;
    Costs::Assumptions assumptions;
};

namespace Report {

inline constexpr int kSteps = 5; // table, bandwidth chart, memory chart, cost chart, write

// Called before each step with (step, kSteps); returning false cancels.
using Progress = std::function<bool(int step, int total)>;

// The assumptions behind every figure of a comparison, in one sentence: the report's and the
// compare figure's.
[[nodiscard]] QString assumptionsLine(const ReportInputs &inputs);
// The host prices, the rental pattern, a stand-in API and what is left out: page 1 of the report.
[[nodiscard]] QString decisionAssumptions(const ReportInputs &inputs);

// Paints every page onto `device` (a PDF writer or a printer). Returns false if cancelled.
bool paint(QPagedPaintDevice &device, QPainter &painter, const Catalog &catalog, const ReportInputs &inputs,
           const Progress &progress = {});

// Writes a PDF atomically. Empty string on success, else a sentence naming the path and why.
[[nodiscard]] QString write(const Catalog &catalog, const ReportInputs &inputs, const QString &path,
                            QPageSize::PageSizeId page = QPageSize::A4, const Progress &progress = {},
                            const SafeWrite::Options &options = {});

} // namespace Report
} // namespace Headroom
