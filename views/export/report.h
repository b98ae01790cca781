#pragma once

#include "costs.h"
#include "safewrite.h"

#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace Headroom {

// The budget proposal: page 1 compares the two boxes (table, assumptions, sources),
// page 2 shows the bandwidth chart and the memory chart for both.
struct ReportInputs
{
    Costs::Side a;
    Costs::Side b;
    Costs::Assumptions assumptions;
};

namespace Report {

inline constexpr int kSteps = 4; // table, bandwidth chart, memory chart, write

// Called before each step with (step, kSteps); returning false cancels.
using Progress = std::function<bool(int step, int total)>;

// Paints every page onto `device` (a PDF writer or a printer). Returns false if cancelled.
bool paint(QPagedPaintDevice &device, QPainter &painter, const Catalog &catalog, const ReportInputs &inputs,
           const Progress &progress = {});

// Writes a PDF atomically. Empty string on success, else a sentence naming the path and why.
[[nodiscard]] QString write(const Catalog &catalog, const ReportInputs &inputs, const QString &path,
                            QPageSize::PageSizeId page = QPageSize::A4, const Progress &progress = {},
                            const SafeWrite::Options &options = {});

} // namespace Report
} // namespace Headroom
