// The look every list shares, and the column chooser.
#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace Headroom {

// The table look every list in the window shares: row selection, alternating rows, no row
// numbers, no wrapping, the last column stretched.
[[nodiscard]] QTableView *makeTable(const QString &objectName, QWidget *parent);

// Column widths from the header and the first rows' text, not from every row: sizing to all
// contents would compute every cell of a large catalog.
void fitColumnsToHeaderAndSample(QTableView *view, int sampleRows = 40);

// A right-click menu on the header to show or hide columns, remembered under `settingsKey`;
// `hiddenByDefault` are the columns a narrow pane starts without.
void enableColumnChooser(QTableView *view, const QString &settingsKey, const QList<int> &hiddenByDefault);

} // namespace Headroom
