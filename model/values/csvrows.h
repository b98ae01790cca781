// The measurement files' rows: '#' comments, a header naming the columns, quoted cells kept whole.
#pragma once

#include <QHash>
#include <QStringList>

#include <functional>

namespace Headroom {

// One data line of a measurement file, its cells found by the header's column names.
class CsvRow
{
public:
    CsvRow(const QHash<QString, int> &columns, QStringList cells, int lineNumber)
        : m_columns(columns)
        , m_cells(std::move(cells))
        , m_lineNumber(lineNumber)
    {}
    // The cell of `column`, trimmed; empty when the file has no such column.
    [[nodiscard]] QString text(const char *column) const
    {
        return m_cells.value(m_columns.value(QLatin1String(column), -1)).trimmed();
    }
    [[nodiscard]] int lineNumber() const noexcept { return m_lineNumber; }

private:
    const QHash<QString, int> &m_columns;
    QStringList m_cells;
    int m_lineNumber;
};

// Calls `visit` for each data line of `csv`: lines starting with '#' are comments, the first other
// line names the columns, a cell in double quotes may hold a comma.
void forEachCsvRow(const QByteArray &csv, const std::function<void(const CsvRow &)> &visit);

} // namespace Headroom
