// One line of the measurement files: cells split on commas, double-quoted cells kept whole.
#include "csvcells.h"

namespace Headroom {

QStringList csvCells(const QString &line)
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

} // namespace Headroom
