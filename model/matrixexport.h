#pragma once

#include <QList>
#include <QString>

// The fit matrix as text for spreadsheets and documents: one row per box; per model a verdict
// column and a tokens/s column (a spreadsheet can sort and chart numbers, not "tight · 20 tok/s").
// The header row states the scenario; CSV has no comment lines, which spreadsheets read as data.
namespace Headroom {
class EstimateGrid;
}

namespace Headroom::MatrixExport {

// `rows` and `columns` are the grid's hardware and model rows to include, in order; empty = all.
[[nodiscard]] QString csv(const EstimateGrid &grid, QList<int> rows = {}, QList<int> columns = {});
[[nodiscard]] QString markdown(const EstimateGrid &grid, QList<int> rows = {}, QList<int> columns = {});

// RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled.
[[nodiscard]] QString csvField(const QString &text);

} // namespace Headroom::MatrixExport
