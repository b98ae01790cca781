// The explore page: scenario controls, catalog lists, the fit matrix, its charts and the panel.
#pragma once

#include <QHash>
#include <QWidget>

class QAbstractItemModel;
class QSplitter;
class QTableView;
class QTabWidget;
class QTransposeProxyModel;

namespace Headroom {

class BandwidthChart;
class CatalogPane;
class ContextChart;
class ContextSweepModel;
class FitMatrixModel;
class HardwareFilter;
class HardwareTableModel;
class MatrixProxy;
class ModelFilter;
class ModelTableModel;
class QualityChart;
class ResultPanel;
class ScenarioControls;
class Session;
class UserChoice;

// Explore: the scenario controls, the catalog lists, the fit matrix and its charts, and the
// selected pair's panel, all reading the session's one estimate grid.
class ExplorePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplorePage)

public:
    enum class View { Matrix, Bandwidth, Context, Quality };

    explicit ExplorePage(Session *session, QWidget *parent = nullptr);

    [[nodiscard]] HardwareTableModel *hardwareModel() const { return m_hardware; }
    [[nodiscard]] FitMatrixModel *matrix() const { return m_matrix; }
    [[nodiscard]] MatrixProxy *matrixProxy() const { return m_proxy; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QSplitter *mainSplitter() const { return m_splitter; }
    [[nodiscard]] CatalogPane *catalogPane() const { return m_catalog; }
    [[nodiscard]] View currentView() const;
    void showView(View view);
    // Boxes as columns and models as rows, for windows too narrow for every model.
    void setModelsAsRows(bool on);
    [[nodiscard]] bool modelsAsRows() const noexcept { return m_transposed; }
    // Every column squeezed into the window; narrow cells show the verdict's glyph alone.
    void setFitToWidth(bool on);
    [[nodiscard]] bool fitToWidth() const noexcept { return m_fitToWidth; }
    void setDark(bool dark);

private:
    void fitHeaderToNames();
    [[nodiscard]] int rowHeight() const;
    void showSelectionInMatrix();
    void selectCell(const QModelIndex &cell);
    void refreshTitles();
    QWidget *buildMatrixTab();

    Session *m_session;
    ModelTableModel *m_models;
    HardwareTableModel *m_hardware;
    FitMatrixModel *m_matrix;
    ModelFilter *m_modelFilter;
    HardwareFilter *m_hardwareFilter;
    MatrixProxy *m_proxy;
    QTransposeProxyModel *m_transpose;
    ContextSweepModel *m_sweep;
    ScenarioControls *m_controls;
    CatalogPane *m_catalog;
    QTableView *m_matrixView;
    UserChoice *m_matrixChoice;
    BandwidthChart *m_bandwidth;
    ContextChart *m_context;
    QualityChart *m_quality;
    ResultPanel *m_result;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    bool m_transposed = false;
    QHash<QString, int> m_nameHeights; // header name → its wrapped height (fitHeaderToNames)
    bool m_fitToWidth = false;
};

} // namespace Headroom
