// The measurement files' rows: '#' comments, a header naming the columns, quoted cells kept whole.
#include "csvrows.h"

namespace Headroom {

namespace {

// A CSV line split on commas, with double-quoted cells (a note may hold a comma).
QStringList cellsOf(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(',') && !quoted) {
            cells.append(cell);
            cell.clear();
        } else
            cell.append(c);
    }
    cells.append(cell);
    return cells;
}

} // namespace

void forEachCsvRow(const QByteArray &csv, const std::function<void(const CsvRow &)> &visit)
{
    QHash<QString, int> columns;
    int lineNumber = 0;
    for (const QByteArray &raw : csv.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList cells = cellsOf(line);
        if (columns.isEmpty()) {
            for (int i = 0; i < cells.size(); ++i)
                columns.insert(cells.at(i).trimmed(), i);
            continue;
        }
        visit(CsvRow(columns, std::move(cells), lineNumber));
    }
}

} // namespace Headroom
