#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QMimeData;
class QWidget;

namespace Headroom {

class CatalogActions;

// Catalog → Import a GGUF model…, and .gguf files dropped on the window: the header is read on a
// worker thread (a split model's shards too) behind a progress dialog that can cancel; the model
// it describes opens in the model form, and joins the user's catalog when accepted (undoable).
// A file that is refused says why, and nothing is added.
class ModelImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelImport)

public:
    // Shows a refusal: (title, text). A message box by default; tests record it.
    using ShowError = std::function<void(const QString &, const QString &)>;

    ModelImport(CatalogActions *catalog, QWidget *window);
    void addTo(QMenu *menu);
    void setShowError(ShowError show) { m_showError = std::move(show); }
    void importGguf(const QString &path);
    // The first .gguf file among dropped URLs; empty when there is none.
    [[nodiscard]] static QString ggufIn(const QMimeData *mime);

Q_SIGNALS:
    void message(const QString &text);
    // An import ended: read and offered (true), or refused or cancelled (false).
    void finished(bool read);

private:
    CatalogActions *m_catalog;
    QWidget *m_window;
    QAction *m_action;
    ShowError m_showError;
    bool m_busy = false;
};

} // namespace Headroom
