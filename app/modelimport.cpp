// Importing a model into the window: a dropped or chosen GGUF file, or a Hugging Face repository.
#include "modelimport.h"

#include "catalogactions.h"
#include "cli/hubclient.h"
#include "ggufimport.h"
#include "hfconfig.h"
#include "hfimportdialog.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
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
    , m_hubAction(new QAction(tr("Import from &Hugging Face…"), this))
    , m_showError([window](const QString &title, const QString &text) { QMessageBox::warning(window, title, text); })
    , m_runDialog([](QDialog &dialog) { return dialog.exec(); })
{
    m_hubAction->setObjectName(QStringLiteral("importHuggingFaceAction"));
    m_hubAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_hubAction->setToolTip(tr("Size a model from its Hugging Face repository (config.json and the real sizes of "
                               "its files) or from a pasted config.json"));
    connect(m_hubAction, &QAction::triggered, this, &ModelImport::importFromHuggingFace);
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
    menu->addActions({m_action, m_hubAction});
}

void ModelImport::refuse(const QString &what, const QString &why)
{
    Q_EMIT message(tr("%1 was not imported.").arg(what));
    m_showError(tr("Import a model"),
                tr("%1 cannot be imported: %2. Nothing was added to your catalog.").arg(what, why));
    Q_EMIT finished(false);
}

void ModelImport::offerConfig(const QByteArray &config, const QString &name,
                              const QList<std::pair<QString, double>> &files)
{
    const HfConfig::Result r = HfConfig::parse(config, name);
    if (!r.imported) {
        refuse(name.isEmpty() ? tr("The config.json") : name, r.error);
        return;
    }
    ModelSpec model = r.imported->model;
    // The repository's real files, one known size per format it offers.
    const QMap<QString, double> sizes = HfConfig::sizesByFormat(files, model.nativeFormat);
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
        model.knownFiles.insert(it.key(),
                                KnownFile{it.value(),
                                          {tr("Hugging Face file list of %1").arg(name),
                                           QDate::currentDate().toString(Qt::ISODate), QString(), Grade::Primary}});
    }
    Q_EMIT message(tr("%1: %2 layers, %3 B parameters (counted from its config), %n file size(s) from the Hub. Check "
                      "the form and add it to your catalog.",
                      nullptr, int(sizes.size()))
                       .arg(model.name)
                       .arg(model.layers)
                       .arg(QLocale().toString(model.paramsTotal / 1e9, 'f', 1)));
    m_catalog->addModelFrom(model, tr("import model %1"));
    Q_EMIT finished(true);
}

void ModelImport::importFromHuggingFace()
{
    if (m_busy)
        return;
    HfImportDialog dialog(m_window);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    const QString repo = dialog.repository();
    if (repo.isEmpty()) {
        offerConfig(dialog.configText(), QString(), {});
        return;
    }
    m_busy = true;
    m_hubAction->setEnabled(false);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto result = std::make_shared<Hub::Result>();
    auto *progress = new QProgressDialog(tr("Asking the Hub for %1…").arg(repo), tr("Cancel"), 0, 0, m_window);
    progress->setWindowTitle(tr("Import from Hugging Face"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QThread *worker = QThread::create(
        [repo, cancel, result] { *result = Hub::fetch(repo, Hub::kDefaultTimeoutSeconds, cancel.get()); });
    connect(worker, &QThread::finished, this, [this, worker, progress, cancel, result, repo] {
        worker->deleteLater();
        progress->deleteLater();
        m_busy = false;
        m_hubAction->setEnabled(true);
        if (!result->repository) {
            if (cancel->load()) {
                Q_EMIT message(tr("Import cancelled; nothing was added."));
                Q_EMIT finished(false);
            } else {
                refuse(repo, result->failure.message);
            }
            return;
        }
        if (result->repository->config.isEmpty()) {
            refuse(repo, tr("it has no config.json (a GGUF-only repository): download one of its .gguf files and "
                            "import that"));
            return;
        }
        QList<std::pair<QString, double>> files;
        for (const Hub::File &f : result->repository->files)
            files.append({f.name, f.bytes});
        offerConfig(result->repository->config, repo, files);
    });
    worker->start();
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
                Q_EMIT finished(false);
            } else {
                refuse(QFileInfo(path).fileName(), result->error);
            }
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
