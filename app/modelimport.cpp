#include "modelimport.h"

#include "catalogactions.h"
#include "ggufimport.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QThread>
#include <QUrl>

#include <memory>

namespace Headroom {

ModelImport::ModelImport(CatalogActions *catalog, QWidget *window)
    : QObject(window)
    , m_catalog(catalog)
    , m_window(window)
    , m_action(new QAction(tr("Import a &GGUF model…"), this))
    , m_showError([window](const QString &title, const QString &text) { QMessageBox::warning(window, title, text); })
{
    m_action->setObjectName(QStringLiteral("importGgufAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_action->setToolTip(tr("Size a model from a downloaded .gguf file (its header only; split files with all "
                            "their shards). You can also drop the file on the window."));
    connect(m_action, &QAction::triggered, this, [this] {
        const QString path = m_catalog->askPath(tr("Import a GGUF model"), tr("GGUF files (*.gguf)"));
        if (!path.isEmpty())
            importGguf(path);
    });
}

void ModelImport::addTo(QMenu *menu)
{
    menu->addAction(m_action);
}

QString ModelImport::ggufIn(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".gguf"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

void ModelImport::importGguf(const QString &path)
{
    if (m_busy)
        return;
    m_busy = true;
    m_action->setEnabled(false);
    // A header is small, but a split model on a network drive is many files: read off the GUI
    // thread, say so after a moment, and let the user stop it.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto result = std::make_shared<GgufImport::Result>();
    auto *progress =
        new QProgressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, m_window);
    progress->setWindowTitle(tr("Import a GGUF model"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QThread *worker = QThread::create([path, cancel, result] { *result = GgufImport::importFile(path, cancel.get()); });
    connect(worker, &QThread::finished, this, [this, worker, progress, cancel, result, path] {
        worker->deleteLater();
        progress->deleteLater();
        m_busy = false;
        m_action->setEnabled(true);
        if (!result->imported) {
            if (cancel->load()) {
                Q_EMIT message(tr("Import cancelled; nothing was added."));
            } else {
                Q_EMIT message(tr("%1 was not imported.").arg(QFileInfo(path).fileName()));
                m_showError(tr("Import a GGUF model"),
                            tr("%1 cannot be imported: %2. Nothing was added to your catalog.")
                                .arg(QFileInfo(path).fileName(), result->error));
            }
            Q_EMIT finished(false);
            return;
        }
        const GgufImport::Imported &m = *result->imported;
        Q_EMIT message(tr("%1: %2 of weights (%3), %4 layers. Check the form and add it to your catalog.")
                           .arg(m.model.name, QLocale().formattedDataSize(qint64(m.weightsBytes)), m.mixText())
                           .arg(m.model.layers));
        m_catalog->addModelFrom(m.model, tr("import model %1"));
        Q_EMIT finished(true);
    });
    worker->start();
}

} // namespace Headroom
