// The Catalog menu: the user's own boxes, models and hosts, added, edited, overridden and reset.
#include "catalogactions.h"

#include "boxeditor.h"
#include "catalogedits.h"
#include "catalogmerge.h"
#include "catalogstore.h"
#include "cli/machineprobe.h"
#include "modeleditor.h"
#include "session.h"
#include "userdata.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QThread>
#include <QUndoStack>

#include <memory>

namespace Headroom {

namespace {

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

QAction *makeAction(QObject *parent, const char *objectName, const QString &text, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    return action;
}

// The sentence for "what merging this file changes", for the import dialog.
QString mergeSummary(const MergeReport &report)
{
    QStringList lines;
    if (!report.added.isEmpty())
        lines << CatalogActions::tr("New: %1.").arg(report.added.join(QStringLiteral(", ")));
    if (!report.replaced.isEmpty())
        lines << CatalogActions::tr("Replaces what you have: %1.").arg(report.replaced.join(QStringLiteral(", ")));
    if (!report.same.isEmpty())
        lines << CatalogActions::tr("%n entry(s) identical to yours, left as they are.", nullptr,
                                    int(report.same.size()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CatalogActions::CatalogActions(Session *session, QUndoStack *undo, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_store(&session->store())
    , m_undo(undo)
    , m_window(window)
    , m_runDialog([](QDialog &dialog) { return dialog.exec(); })
    , m_askPath([window](const QString &title, const QString &filters, bool save) {
        return save ? QFileDialog::getSaveFileName(window, title, UserData::folder(), filters)
                    : QFileDialog::getOpenFileName(window, title, UserData::folder(), filters);
    })
    , m_confirm([window](const QString &title, const QString &text) {
        return QMessageBox::question(window, title, text, QMessageBox::Ok | QMessageBox::Cancel) == QMessageBox::Ok;
    })
    , m_detect([] { return probeThisComputer().machine; })
    , m_addBox(makeAction(this, "addBoxAction", tr("Add a &box…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B)))
    , m_editBox(makeAction(this, "editBoxAction", tr("&Edit box…"), QKeySequence(Qt::CTRL | Qt::Key_B)))
    , m_duplicateBox(makeAction(this, "duplicateBoxAction", tr("D&uplicate box…")))
    , m_removeBox(makeAction(this, "removeBoxAction", tr("&Delete box")))
    , m_addModel(makeAction(this, "addModelAction", tr("Add a &model…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M)))
    , m_editModel(makeAction(this, "editModelAction", tr("Edit m&odel…"), QKeySequence(Qt::CTRL | Qt::Key_M)))
    , m_duplicateModel(makeAction(this, "duplicateModelAction", tr("Duplicate mode&l…")))
    , m_removeModel(makeAction(this, "removeModelAction", tr("Delete mode&l")))
    , m_thisComputer(makeAction(this, "thisComputerAction", tr("Add &this computer…")))
    , m_import(makeAction(this, "importCatalogAction", tr("&Import a catalog file…")))
    , m_export(makeAction(this, "exportCatalogAction", tr("E&xport your catalog…")))
{
    m_thisComputer->setToolTip(tr("Detect this computer's GPUs and memory and add it as a box, to compare what you "
                                  "have with what you might buy"));
    m_export->setToolTip(tr("Your own boxes, models and overrides, as a catalog file others can import"));
    connect(m_addBox, &QAction::triggered, this, &CatalogActions::addBox);
    connect(m_editBox, &QAction::triggered, this, [this] { editBox(m_session->hardwareId()); });
    connect(m_duplicateBox, &QAction::triggered, this, [this] { duplicateBox(m_session->hardwareId()); });
    connect(m_removeBox, &QAction::triggered, this, [this] { removeBox(m_session->hardwareId()); });
    connect(m_addModel, &QAction::triggered, this, &CatalogActions::addModel);
    connect(m_editModel, &QAction::triggered, this, [this] { editModel(m_session->modelId()); });
    connect(m_duplicateModel, &QAction::triggered, this, [this] { duplicateModel(m_session->modelId()); });
    connect(m_removeModel, &QAction::triggered, this, [this] { removeModel(m_session->modelId()); });
    connect(m_thisComputer, &QAction::triggered, this, &CatalogActions::addThisComputer);
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path = m_askPath(tr("Import a catalog file"), tr("Catalog files (*.json)"), false);
        if (path.isEmpty())
            return;
        if (const QString error = importCatalog(path); !error.isEmpty())
            QMessageBox::warning(m_window, tr("Import a catalog file"), error);
    });
    connect(m_export, &QAction::triggered, this, [this] {
        const QString path = m_askPath(tr("Export your catalog"), tr("Catalog files (*.json)"), true);
        if (path.isEmpty())
            return;
        if (const QString error = exportCatalog(path); !error.isEmpty())
            QMessageBox::warning(m_window, tr("Export your catalog"), error);
    });
    connect(m_session, &Session::selectionChanged, this, &CatalogActions::updateTexts);
    connect(m_store, &CatalogStore::userCatalogChanged, this, &CatalogActions::updateTexts);
    connect(m_store, &CatalogStore::reset, this, &CatalogActions::updateTexts);
    updateTexts();
}

void CatalogActions::addTo(QMenu *menu)
{
    menu->addActions({m_addBox, m_editBox, m_duplicateBox, m_removeBox});
    menu->addSeparator();
    menu->addActions({m_addModel, m_editModel, m_duplicateModel, m_removeModel});
    menu->addSeparator();
    menu->addAction(m_thisComputer);
    menu->addSeparator();
    menu->addActions({m_import, m_export});
}

QList<QAction *> CatalogActions::boxActions() const
{
    return {m_addBox, m_editBox, m_duplicateBox, m_removeBox};
}

QList<QAction *> CatalogActions::modelActions() const
{
    return {m_addModel, m_editModel, m_duplicateModel, m_removeModel};
}

void CatalogActions::updateTexts()
{
    // The menu names what it acts on, and "delete" becomes "reset" on an edited built-in entry.
    const int boxRow = m_session->hardwareRow();
    const QString box = boxRow >= 0 ? m_store->hardware(boxRow).name : QString();
    const CatalogStore::Origin boxOrigin = m_store->hardwareOrigin(m_session->hardwareId());
    m_editBox->setText(tr("&Edit “%1”…").arg(box));
    m_duplicateBox->setText(tr("D&uplicate “%1”…").arg(box));
    m_removeBox->setText(boxOrigin == CatalogStore::Origin::Overridden
                             ? tr("&Reset “%1” to the built-in values").arg(box)
                             : tr("&Delete “%1”").arg(box));
    m_removeBox->setEnabled(boxOrigin != CatalogStore::Origin::BuiltIn);
    m_editBox->setEnabled(boxRow >= 0);
    m_duplicateBox->setEnabled(boxRow >= 0);

    const int modelRow = m_session->modelRow();
    const QString model = modelRow >= 0 ? m_store->model(modelRow).name : QString();
    const CatalogStore::Origin modelOrigin = m_store->modelOrigin(m_session->modelId());
    m_editModel->setText(tr("Edit m&odel “%1”…").arg(model));
    m_duplicateModel->setText(tr("Duplicate mode&l “%1”…").arg(model));
    m_removeModel->setText(modelOrigin == CatalogStore::Origin::Overridden
                               ? tr("Reset mode&l “%1” to the built-in values").arg(model)
                               : tr("Delete mode&l “%1”").arg(model));
    m_removeModel->setEnabled(modelOrigin != CatalogStore::Origin::BuiltIn);
    m_editModel->setEnabled(modelRow >= 0);
    m_duplicateModel->setEnabled(modelRow >= 0);
}

HardwareSpec CatalogActions::newBoxTemplate() const
{
    HardwareSpec h;
    h.vendor = Vendor::Nvidia;
    h.backend = QStringLiteral("CUDA");
    h.memoryBytesPerGpu = 24.0 * (1 << 30);
    h.usableBytesPerGpu = defaultUsableBytes(h.memoryBytesPerGpu, false, h.vendor);
    h.usableSource = {QStringLiteral("Headroom's default rule"), QStringLiteral("2026-11"), {}, Grade::Derived};
    h.bandwidthBytesPerSecond = 1000e9;
    return h;
}

ModelSpec CatalogActions::newModelTemplate() const
{
    ModelSpec m;
    m.released = today().left(7);
    m.nativeFormat = QStringLiteral("BF16");
    m.paramsTotal = m.paramsActive = 8e9;
    m.layers = 32;
    m.maxContext = 32768;
    m.attention.fullLayers = 32;
    m.attention.kvHeads = 8;
    m.attention.headDim = 128;
    return m;
}

void CatalogActions::runBoxEditor(const HardwareSpec &start, const std::optional<HostSpec> &host, const QString &id,
                                  const QString &commandText, const std::function<void(BoxEditor &)> &prepare)
{
    BoxEditor editor(start, host, m_store->catalog().hosts, m_window);
    if (prepare)
        prepare(editor);
    if (m_runDialog(editor) != QDialog::Accepted)
        return;
    HardwareSpec box = editor.box();
    const QString boxId = id.isEmpty() ? m_store->freeHardwareId(idFromName(box.name)) : id;
    box.id = boxId;
    std::optional<HostSpec> chosenHost = editor.host();
    const HostSpec *hostBefore = chosenHost ? m_store->catalog().findHost(chosenHost->id) : nullptr;
    const bool hostChanged = chosenHost && (!hostBefore || !sameEntry(*chosenHost, *hostBefore));
    if (chosenHost && chosenHost->id.isEmpty())
        chosenHost->id = m_store->freeHostId(idFromName(chosenHost->name));
    box.hostId = chosenHost ? chosenHost->id : QString();
    const int row = m_store->hardwareRow(boxId);
    const bool boxChanged = row < 0 || !sameEntry(box, m_store->hardware(row));
    if (!boxChanged && !hostChanged)
        return;
    m_undo->beginMacro(commandText.arg(box.name));
    if (hostChanged)
        m_undo->push(new EntryEdit<HostSpec>(m_store, chosenHost->id, chosenHost, commandText.arg(chosenHost->name)));
    m_undo->push(new EntryEdit<HardwareSpec>(m_store, boxId, box, commandText.arg(box.name)));
    m_undo->endMacro();
    m_session->select(m_session->modelId(), boxId);
}

void CatalogActions::runModelEditor(const ModelSpec &start, const QString &id, const QString &commandText)
{
    ModelEditor editor(start, m_window);
    if (m_runDialog(editor) != QDialog::Accepted)
        return;
    ModelSpec model = editor.model();
    model.id = id.isEmpty() ? m_store->freeModelId(idFromName(model.name)) : id;
    const int row = m_store->modelRow(model.id);
    if (row >= 0 && sameEntry(model, m_store->model(row)))
        return;
    m_undo->push(new EntryEdit<ModelSpec>(m_store, model.id, model, commandText.arg(model.name)));
    m_session->select(model.id, m_session->hardwareId());
}

void CatalogActions::addBox()
{
    runBoxEditor(newBoxTemplate(), std::nullopt, {}, tr("add box %1"));
}

void CatalogActions::editBox(const QString &id)
{
    const int row = m_store->hardwareRow(id);
    if (row < 0)
        return;
    const HardwareSpec &box = m_store->hardware(row);
    const HostSpec *host = m_store->catalog().findHost(box.hostId);
    runBoxEditor(box, host ? std::optional<HostSpec>(*host) : std::nullopt, id, tr("edit box %1"));
}

void CatalogActions::duplicateBox(const QString &id)
{
    const int row = m_store->hardwareRow(id);
    if (row < 0)
        return;
    HardwareSpec copy = m_store->hardware(row);
    copy.name = tr("%1 (copy)").arg(copy.name);
    const HostSpec *host = m_store->catalog().findHost(copy.hostId);
    runBoxEditor(copy, host ? std::optional<HostSpec>(*host) : std::nullopt, {}, tr("duplicate box %1"));
}

void CatalogActions::removeBox(const QString &id)
{
    const int row = m_store->hardwareRow(id);
    const CatalogStore::Origin origin = m_store->hardwareOrigin(id);
    if (row < 0 || origin == CatalogStore::Origin::BuiltIn)
        return;
    const QString name = m_store->hardware(row).name;
    m_undo->push(new EntryEdit<HardwareSpec>(m_store, id, std::nullopt,
                                             origin == CatalogStore::Origin::Own ? tr("delete box %1").arg(name)
                                                                                 : tr("reset box %1").arg(name)));
    Q_EMIT message(origin == CatalogStore::Origin::Own ? tr("Deleted %1 (Ctrl+Z brings it back)").arg(name)
                                                       : tr("%1 has its built-in values again").arg(name));
}

void CatalogActions::addModelFrom(const ModelSpec &start, const QString &commandText)
{
    runModelEditor(start, {}, commandText);
}

void CatalogActions::addModel()
{
    runModelEditor(newModelTemplate(), {}, tr("add model %1"));
}

void CatalogActions::editModel(const QString &id)
{
    const int row = m_store->modelRow(id);
    if (row >= 0)
        runModelEditor(m_store->model(row), id, tr("edit model %1"));
}

void CatalogActions::duplicateModel(const QString &id)
{
    const int row = m_store->modelRow(id);
    if (row < 0)
        return;
    ModelSpec copy = m_store->model(row);
    copy.name = tr("%1 (copy)").arg(copy.name);
    runModelEditor(copy, {}, tr("duplicate model %1"));
}

void CatalogActions::removeModel(const QString &id)
{
    const int row = m_store->modelRow(id);
    const CatalogStore::Origin origin = m_store->modelOrigin(id);
    if (row < 0 || origin == CatalogStore::Origin::BuiltIn)
        return;
    const QString name = m_store->model(row).name;
    m_undo->push(new EntryEdit<ModelSpec>(m_store, id, std::nullopt,
                                          origin == CatalogStore::Origin::Own ? tr("delete model %1").arg(name)
                                                                              : tr("reset model %1").arg(name)));
    Q_EMIT message(origin == CatalogStore::Origin::Own ? tr("Deleted %1 (Ctrl+Z brings it back)").arg(name)
                                                       : tr("%1 has its built-in values again").arg(name));
}

void CatalogActions::addThisComputer()
{
    // The tools may take seconds each: ask them on a worker thread, show that Headroom is busy,
    // and open the form when they have answered.
    m_thisComputer->setEnabled(false);
    m_detecting = true;
    Q_EMIT message(tr("Looking at this computer’s GPUs and memory…"));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto machine = std::make_shared<MachineDetect::Machine>();
    QThread *worker = QThread::create([machine, detect = m_detect] { *machine = detect(); });
    connect(worker, &QThread::finished, this, [this, worker, machine] {
        worker->deleteLater();
        QApplication::restoreOverrideCursor();
        m_thisComputer->setEnabled(true);
        m_detecting = false;
        offerDetected(*machine);
        Q_EMIT detectionFinished();
    });
    worker->start();
}

void CatalogActions::offerDetected(const MachineDetect::Machine &machine)
{
    const MachineDetect::Suggestion found = MachineDetect::suggest(machine, m_store->catalog(), today());
    if (!found.box) {
        QMessageBox::information(m_window, tr("Add this computer"),
                                 tr("Headroom found no GPU it can read here (it asks nvidia-smi, rocm-smi and the "
                                    "system). Add the box by hand with Catalog → Add a box."));
        return;
    }
    Q_EMIT message(found.matchedId.isEmpty()
                       ? tr("Found %1; enter what could not be detected").arg(found.box->name)
                       : tr("Found %1; bandwidth and power come from the catalog’s %2")
                             .arg(found.box->name, m_store->catalog().findHardware(found.matchedId)->name));
    runBoxEditor(*found.box, found.host, {}, tr("add box %1"), [&found](BoxEditor &editor) {
        // What no tool could tell is asked, not guessed: the form will not accept until it is typed.
        if (found.unknown.contains(QStringLiteral("bandwidth")))
            editor.requireEntry(BoxEditor::Field::Bandwidth);
        if (found.unknown.contains(QStringLiteral("memory")))
            editor.requireEntry(BoxEditor::Field::Memory);
        if (found.unknown.contains(QStringLiteral("host-ram-bandwidth")))
            editor.requireEntry(BoxEditor::Field::HostRamBandwidth);
    });
}

QString CatalogActions::importCatalog(const QString &path)
{
    CatalogLoadResult read = readCatalogFile(path, InputFile::Origin::Named);
    if (!read.catalog)
        return tr("Could not import %1: %2").arg(path, read.errors.value(0));
    MergeReport report;
    Catalog merged = mergeCatalogs(m_store->userCatalog(), *read.catalog, &report);
    const QStringList dangling = danglingReferences(mergeCatalogs(m_store->builtin(), merged));
    if (!dangling.isEmpty())
        return tr("Could not import %1: %2").arg(path, dangling.first());
    if (report.added.isEmpty() && report.replaced.isEmpty()) {
        Q_EMIT message(tr("%1 holds nothing new").arg(path));
        return {};
    }
    if (report.hasConflicts() && !m_confirm(tr("Import a catalog file"), mergeSummary(report)))
        return {};
    m_undo->push(new UserCatalogEdit(m_store, std::move(merged), tr("import %1").arg(QFileInfo(path).fileName())));
    Q_EMIT message(
        tr("Imported %1: %n entry(s) new", nullptr, int(report.added.size())).arg(QFileInfo(path).fileName()) +
        (report.replaced.isEmpty() ? QString() : tr(", %n replaced", nullptr, int(report.replaced.size()))));
    return {};
}

QString CatalogActions::exportCatalog(const QString &path) const
{
    const QByteArray json =
        QJsonDocument(CatalogLoader::toJson(m_store->userCatalog())).toJson(QJsonDocument::Indented);
    const SafeWrite::Result written = SafeWrite::bytesToFile(path, json);
    return written.ok ? QString() : tr("Could not write %1: %2").arg(path, written.reason);
}

} // namespace Headroom
