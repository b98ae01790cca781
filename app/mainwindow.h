// The window shell: the three pages, the menus, the undo stack and the remembered state.
#pragma once

#include "catalog.h"

#include <QMainWindow>

class QTabWidget;
class QUndoStack;

namespace Headroom {

class BudgetAdvisor;
class CatalogActions;
class ModelImport;
class ScenarioActions;
class SpeedActions;
class UserDataSaver;
class CatalogStore;
class CompareView;
class ExportActions;
class ExplorePage;
class Session;

// The window shell: the three pages, the menus, the undo stack and the remembered state. The
// pages read one session and one catalog store; the window only wires them together.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Explore, Compare, Advisor };

    // `userCatalogPath`: the user's own catalog, loaded over `builtin` and saved on every edit;
    // empty for none (screenshots, tests that do not test it).
    explicit MainWindow(const Catalog &builtin, const QString &userCatalogPath = {}, QWidget *parent = nullptr);
    // A window that takes over `replaced`'s document: its catalog store, session, undo history
    // and saver move here, and every text is built in the language now in force (WindowHost).
    // `replaced` keeps its widgets, to be deleted; it must not be used for anything else.
    explicit MainWindow(MainWindow &replaced, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] Session &session() const { return *m_session; }
    [[nodiscard]] CatalogStore &store() const { return *m_store; }
    [[nodiscard]] ExplorePage *explorePage() const { return m_explore; }
    [[nodiscard]] CompareView *comparePage() const { return m_compare; }
    [[nodiscard]] BudgetAdvisor *advisorPage() const { return m_advisor; }
    [[nodiscard]] ExportActions *exports() const { return m_exports; }
    [[nodiscard]] CatalogActions *catalogActions() const { return m_catalogActions; }
    [[nodiscard]] ModelImport *modelImport() const { return m_modelImport; }
    [[nodiscard]] ScenarioActions *scenarioActions() const { return m_scenarios; }
    [[nodiscard]] SpeedActions *speedActions() const { return m_speed; }
    [[nodiscard]] UserDataSaver *userDataSaver() const { return m_saver; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] Page currentPage() const;

    void showPage(Page page);
    void setDarkPalette(bool dark);
    [[nodiscard]] bool darkPalette() const;
    void setModelsAsRows(bool on);
    void setFitToWidth(bool on);
    // Usable memory per device of box `hardwareId`, undoable and remembered.
    void setUsableMemory(const QString &hardwareId, double bytesPerDevice);
    // Sends the explored pair with its whole scenario to compare side A (Ctrl+D).
    void compareSelectedAsA();
    // Writes the user's catalog and the remembered window state now (as closing does).
    void saveState();
    // Work this window started that will come back to it: a language switch, which replaces the
    // window, waits for it.
    [[nodiscard]] bool hasWorkInFlight() const;
    // Tells the user about a problem found at start: in the status bar and a message box that
    // does not block start-up.
    void reportProblem(const QString &title, const QString &text,
                       const QString &objectName = QStringLiteral("startProblem"));

Q_SIGNALS:
    // View → Language: the user chose `code` ("" for the system's). The window's owner applies
    // it (WindowHost): every text of the window is rebuilt in the new language.
    void languageChosen(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A .gguf file dropped on the window is imported.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildWindow();
    void buildMenus();
    void showCatalogSummary();
    void reportUserCatalog(const QString &problem, const QString &keptAside, bool fromBackup);
    void refreshDisplayUnits();
    void addLanguageMenu(QMenu *view);

    // The document: what a replacing window takes over.
    CatalogStore *m_store;
    Session *m_session;
    QUndoStack *m_undo;
    UserDataSaver *m_saver = nullptr;
    QString m_userCatalogPath;
    // The window: built in the language in force.
    ExplorePage *m_explore = nullptr;
    CompareView *m_compare = nullptr;
    BudgetAdvisor *m_advisor = nullptr;
    QTabWidget *m_pages = nullptr;
    ExportActions *m_exports = nullptr;
    CatalogActions *m_catalogActions = nullptr;
    ModelImport *m_modelImport = nullptr;
    ScenarioActions *m_scenarios = nullptr;
    SpeedActions *m_speed = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_modelsAsRows = nullptr;
    QAction *m_fitToWidth = nullptr;
};

} // namespace Headroom
