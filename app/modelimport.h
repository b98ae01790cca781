// Importing a model into the window: a dropped or chosen GGUF file, or a Hugging Face repository.
#pragma once

#include <QObject>

#include <functional>

class QDialog;

class QAction;
class QMenu;
class QMimeData;
class QWidget;

namespace Headroom {

class CatalogActions;

// Catalog → Import a GGUF model… and Import from Hugging Face…, and .gguf files dropped on the window: the header is
// read on a worker thread (a split model's shards too) behind a progress dialog that can cancel; the model it describes
// opens in the model form, and joins the user's catalog when accepted (undoable). A file that is refused says why, and
// nothing is added.
class ModelImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelImport)

public:
    // Shows a refusal: (title, text). A message box by default; tests record it.
    using ShowError = std::function<void(const QString &, const QString &)>;
    // Runs the Hugging Face dialog (exec() by default); tests fill it and accept.
    using RunDialog = std::function<int(QDialog &)>;

    ModelImport(CatalogActions *catalog, QWidget *window);
    void addTo(QMenu *menu);
    void setShowError(ShowError show) { m_showError = std::move(show); }
    void setRunDialog(RunDialog run) { m_runDialog = std::move(run); }
    void importGguf(const QString &path);
    // Asks for a repository id or a config.json, then fetches (off the GUI thread) or reads it.
    void importFromHuggingFace();
    // The first .gguf file among dropped URLs; empty when there is none.
    [[nodiscard]] static QString ggufIn(const QMimeData *mime);

Q_SIGNALS:
    void message(const QString &text);
    // An import ended: read and offered (true), or refused or cancelled (false).
    void finished(bool read);

private:
    CatalogActions *m_catalog;
    QWidget *m_window;
    void offerConfig(const QByteArray &config, const QString &name, const QList<std::pair<QString, double>> &files);
    void refuse(const QString &what, const QString &why);

    QAction *m_action;
    QAction *m_hubAction;
    ShowError m_showError;
    RunDialog m_runDialog;
    bool m_busy = false;
};

} // namespace Headroom
