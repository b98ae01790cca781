#pragma once

#include "catalog.h"
#include "chartfigure.h"
#include "scenario.h"

#include <QMainWindow>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTableView;
class QTabWidget;
class QUndoStack;

namespace Headroom {

class BandwidthChart;
class BudgetAdvisor;
class CompareView;
class ContextChart;
class QualityChart;
class CatalogFilter;
class FitMatrixModel;
class HardwareTableModel;
class ModelTableModel;
class ResultPanel;
class ScenarioControls;

// The explorer: catalog panes, scenario controls, the selected pair's result, the fit matrix
// and the bandwidth chart. Data flows one way: scenario + selection → engine → models → views.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Catalog &catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    void selectPair(const QString &modelId, const QString &hardwareId);
    void setScenario(const Scenario &scenario);
    void setDarkPalette(bool dark);
    // 0 explore, 1 compare, 2 budget advisor.
    void showMode(int mode);

    // Exports behind the File menu; each returns an empty string or a sentence saying what failed.
    [[nodiscard]] QString exportChart(const QString &path, int scale);
    [[nodiscard]] QString exportMatrix(const QString &path);
    [[nodiscard]] QString exportReport(const QString &path, int pageSizeId);
    // The chart a File → Export would write now: the visible one (bandwidth when the matrix is shown).
    [[nodiscard]] ChartRequest currentChartRequest() const;

    // Usable memory per device for box `hardwareId`, undoable and remembered.
    void setUsableMemory(const QString &hardwareId, double bytesPerDevice);
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] const Catalog &catalog() const { return m_catalog; }
    [[nodiscard]] QString selectedModelId() const { return m_modelId; }
    [[nodiscard]] QString selectedHardwareId() const { return m_hardwareId; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildFileMenu(class QMenu *file);
    [[nodiscard]] QString askSavePath(const QString &title, const QString &filters, const QString &suggested);
    QWidget *buildCatalogPane();
    void recompute();
    void updateSelectionViews();
    void updateVisibleChart();
    void applyPalette(bool dark);
    // Applies an override without touching the undo stack (the undo command calls this).
    void applyUsable(const QString &hardwareId, double bytesPerDevice, const QString &rule);
    void restoreState();
    void saveState() const;

    // The window's own copy: user overrides (usable memory) change it; every view reads it.
    Catalog m_catalog;
    QUndoStack *m_undo;
    QString m_modelId = QStringLiteral("qwen3-coder-next");
    QString m_hardwareId = QStringLiteral("rtx-pro-6000");

    ModelTableModel *m_models;
    HardwareTableModel *m_hardware;
    FitMatrixModel *m_matrix;
    CatalogFilter *m_modelFilter;
    CatalogFilter *m_hardwareFilter;

    ScenarioControls *m_controls;
    ResultPanel *m_result;
    BandwidthChart *m_chart;
    ContextChart *m_contextChart;
    QualityChart *m_qualityChart;
    CompareView *m_compare;
    BudgetAdvisor *m_advisor;
    QTabWidget *m_modes;
    QTableView *m_modelView;
    QTableView *m_hardwareView;
    QTableView *m_matrixView;
    QTabWidget *m_tabs;
    QSplitter *m_mainSplitter;
    QSplitter *m_catalogSplitter;
    QLineEdit *m_search;
    QCheckBox *m_fitsOnly;
    QCheckBox *m_singleBoxOnly;
    QComboBox *m_vendor;
    QSpinBox *m_minMemory;
    QSpinBox *m_maxMemory;
    QAction *m_darkAction = nullptr;
};

} // namespace Headroom
