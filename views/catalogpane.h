// The two catalog lists with their search fields and filters.
#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTableView;

namespace Headroom {

class HardwareFilter;
class HardwareTableModel;
class ModelFilter;
class ModelTableModel;
class Session;
class UserChoice;

// The two catalog lists, each with its own search field and filters. Picking a row selects that
// model or box in the session; a selection made elsewhere (the matrix) is shown here. A filter
// that hides the selected row leaves the selection alone and says so under the list: only the
// user picks what the panel shows.
class CatalogPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPane)

public:
    CatalogPane(Session *session, ModelTableModel *models, HardwareTableModel *hardware, ModelFilter *modelFilter,
                HardwareFilter *hardwareFilter, QWidget *parent = nullptr);

    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }
    void focusSearch();
    // What a right-click on a model's or a box's row offers (add, edit, duplicate, delete).
    void setRowActions(const QList<QAction *> &modelActions, const QList<QAction *> &boxActions);

private:
    void showSelection();

    Session *m_session;
    ModelTableModel *m_models;
    HardwareTableModel *m_hardware;
    ModelFilter *m_modelFilter;
    HardwareFilter *m_hardwareFilter;
    QLineEdit *m_modelSearch;
    QLineEdit *m_hardwareSearch;
    QTableView *m_modelView;
    QTableView *m_hardwareView;
    UserChoice *m_modelChoice;
    UserChoice *m_hardwareChoice;
    QLabel *m_modelHidden;
    QLabel *m_hardwareHidden;
    QSplitter *m_splitter;
};

} // namespace Headroom
