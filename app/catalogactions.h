// The Catalog menu: the user's own boxes, models and hosts, added, edited, overridden and reset.
#pragma once

#include "catalog.h"
#include "machinedetect.h"

#include <QObject>

#include <functional>

class QAction;
class QDialog;
class QMenu;
class QUndoStack;
class QWidget;

namespace Headroom {

class BoxEditor;
class CatalogStore;
class Session;

// The Catalog menu: add, edit, duplicate and delete the user's own boxes and models, override a
// built-in entry and reset it, add the computer Headroom runs on, import and export catalog
// files. Every change is one undoable command on the window's stack; the store saves itself
// through the user-data saver. Dialogs go through replaceable hooks, so tests answer them.
class CatalogActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogActions)

public:
    // Runs a dialog (exec() by default); tests fill its fields and accept.
    using RunDialog = std::function<int(QDialog &)>;
    // Asks for a file: (title, filters, save?) → path, or empty to cancel.
    using AskPath = std::function<QString(const QString &, const QString &, bool)>;
    // Shows a report and asks to go on: (title, text) → true to go on.
    using Confirm = std::function<bool(const QString &, const QString &)>;
    // Finds what this computer has; runs off the GUI thread (the tools may take seconds). The
    // probe by default; tests give recorded output.
    using Detect = std::function<MachineDetect::Machine()>;

    CatalogActions(Session *session, QUndoStack *undo, QWidget *window);

    void addTo(QMenu *menu);
    [[nodiscard]] QList<QAction *> boxActions() const;
    [[nodiscard]] QList<QAction *> modelActions() const;
    void setRunDialog(RunDialog run) { m_runDialog = std::move(run); }
    void setAskPath(AskPath ask) { m_askPath = std::move(ask); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setDetect(Detect detect) { m_detect = std::move(detect); }
    // "Add this computer" is asking the tools on a worker thread; its answer opens a form here.
    [[nodiscard]] bool detecting() const noexcept { return m_detecting; }

    void addBox();
    void editBox(const QString &id);
    void duplicateBox(const QString &id);
    void removeBox(const QString &id); // deletes an own box, resets an overridden one
    void addModel();
    void editModel(const QString &id);
    void duplicateModel(const QString &id);
    void removeModel(const QString &id);
    void addThisComputer();
    // Opens the model form on `start` (an imported model): accepted, it joins the user's catalog as
    // one undoable command named `commandText` ("import model %1").
    void addModelFrom(const ModelSpec &start, const QString &commandText);
    [[nodiscard]] QString askPath(const QString &title, const QString &filters) const
    {
        return m_askPath(title, filters, false);
    }
    // Each returns an empty string or a sentence saying what failed.
    [[nodiscard]] QString importCatalog(const QString &path);
    [[nodiscard]] QString exportCatalog(const QString &path) const;

Q_SIGNALS:
    void message(const QString &text);
    // The computer was probed and its box offered (accepted or not): tests wait for it.
    void detectionFinished();

private:
    void updateTexts();
    void runBoxEditor(const HardwareSpec &start, const std::optional<HostSpec> &host, const QString &id,
                      const QString &commandText, const std::function<void(BoxEditor &)> &prepare = {});
    void offerDetected(const MachineDetect::Machine &machine);
    void runModelEditor(const ModelSpec &start, const QString &id, const QString &commandText);
    [[nodiscard]] HardwareSpec newBoxTemplate() const;
    [[nodiscard]] ModelSpec newModelTemplate() const;

    Session *m_session;
    CatalogStore *m_store;
    QUndoStack *m_undo;
    QWidget *m_window;
    RunDialog m_runDialog;
    AskPath m_askPath;
    Confirm m_confirm;
    Detect m_detect;
    bool m_detecting = false;
    QAction *m_addBox;
    QAction *m_editBox;
    QAction *m_duplicateBox;
    QAction *m_removeBox;
    QAction *m_addModel;
    QAction *m_editModel;
    QAction *m_duplicateModel;
    QAction *m_removeModel;
    QAction *m_thisComputer;
    QAction *m_import;
    QAction *m_export;
};

} // namespace Headroom
