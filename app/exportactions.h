// The File menu's exports: charts, the matrix, the budget report, printing.
#pragma once

#include "chartfigure.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;

namespace Headroom {

class MainWindow;

// The File menu's exports: a chart (PNG/SVG/PDF, or the clipboard), the fit matrix (CSV or
// Markdown), the budget report (PDF or printed). Each action has an objectName so tests and
// scripts can trigger it, and the dialogs it asks are replaceable (tests answer them in advance).
class ExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)

public:
    // Asks where to save: (title, filters, suggested file name) → path, or empty to cancel.
    using SavePath = std::function<QString(const QString &, const QString &, const QString &)>;
    // Asks one choice: (title, label, items, default index) → index, or -1 to cancel.
    using Choice = std::function<int(const QString &, const QString &, const QStringList &, int)>;

    explicit ExportActions(MainWindow *window);

    void addTo(QMenu *menu);
    void setSavePath(SavePath ask) { m_savePath = std::move(ask); }
    void setChoice(Choice ask) { m_choice = std::move(ask); }

    // Each returns an empty string or a sentence saying what failed.
    [[nodiscard]] QString exportChart(const QString &path, int scale);
    [[nodiscard]] QString exportMatrix(const QString &path);
    [[nodiscard]] QString exportReport(const QString &path, int pageSizeId);
    // The chart a File → Export would write now: the visible one (bandwidth when the matrix is shown).
    [[nodiscard]] ChartRequest currentChartRequest() const;

private:
    void report(const QString &error, const QString &path);
    QAction *add(const QString &objectName, const QString &text, const QKeySequence &shortcut,
                 void (ExportActions::*slot)());
    void chartTriggered();
    void copyTriggered();
    void matrixTriggered();
    void reportTriggered();
    void printTriggered();

    MainWindow *m_window;
    QList<QAction *> m_actions;
    SavePath m_savePath;
    Choice m_choice;
};

} // namespace Headroom
