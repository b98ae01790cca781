// The fit matrix as CSV or Markdown, for spreadsheets and documents.
#pragma once

#include <QList>
#include <QString>

#include <optional>

// The fit matrix as text for spreadsheets and documents: one row per box; per model a verdict
// column and a tokens/s column (a spreadsheet can sort and chart numbers, not "tight · 20 tok/s").
// The header row states the scenario; CSV has no comment lines, which spreadsheets read as data.
namespace Headroom {
class EstimateGrid;
}

namespace Headroom::MatrixExport {

// `rows` and `columns` are the grid's hardware and model rows to include, in order; nullopt = all.
// An empty list is nothing of that kind (a filter that hides every box), never "all".
[[nodiscard]] QString csv(const EstimateGrid &grid, std::optional<QList<int>> rows = std::nullopt,
                          std::optional<QList<int>> columns = std::nullopt);
[[nodiscard]] QString markdown(const EstimateGrid &grid, std::optional<QList<int>> rows = std::nullopt,
                               std::optional<QList<int>> columns = std::nullopt);

// RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled.
[[nodiscard]] QString csvField(const QString &text);

} // namespace Headroom::MatrixExport
