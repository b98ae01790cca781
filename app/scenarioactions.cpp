// Named scenarios: saved to and opened from the user's data folder.
#include "scenarioactions.h"

#include "catalogedits.h"
#include "catalogmerge.h"
#include "catalogstore.h"
#include "safewrite.h"
#include "scenariofile.h"
#include "session.h"
#include "userdata.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace Headroom {

ScenarioActions::ScenarioActions(Session *session, QUndoStack *undo, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_undo(undo)
    , m_window(window)
    , m_askName([window](const QString &title, const QString &label, const QString &suggestion) {
        return QInputDialog::getText(window, title, label, QLineEdit::Normal, suggestion).trimmed();
    })
    , m_askPath([window](const QString &title, const QString &folder, const QString &filters) {
        return QFileDialog::getOpenFileName(window, title, folder, filters);
    })
{}

void ScenarioActions::addTo(QMenu *menu)
{
    QAction *saveAction = menu->addAction(tr("&Save scenario as…"), this, [this] {
        const QString suggestion =
            tr("%1 on %2")
                .arg(m_session->modelRow() >= 0 ? m_session->store().model(m_session->modelRow()).name : QString(),
                     m_session->hardwareRow() >= 0 ? m_session->store().hardware(m_session->hardwareRow()).name
                                                   : QString());
        const QString name = m_askName(tr("Save scenario"), tr("Name:"), suggestion);
        if (!name.isEmpty())
            report(tr("Save scenario"), this->save(name));
    });
    saveAction->setObjectName(QStringLiteral("saveScenarioAction"));
    saveAction->setShortcut(QKeySequence::SaveAs);
    saveAction->setToolTip(tr("The explored pair, its sliders, both compared boxes and the cost assumptions, with the "
                              "catalog entries they use"));
    m_openMenu = menu->addMenu(tr("Open sce&nario"));
    m_openMenu->setObjectName(QStringLiteral("openScenarioMenu"));
    connect(m_openMenu, &QMenu::aboutToShow, this, &ScenarioActions::fillOpenMenu);
    fillOpenMenu(); // so the menu is not empty before its first showing (and for keyboard users)
}

void ScenarioActions::fillOpenMenu()
{
    m_openMenu->clear();
    const QStringList names = savedNames();
    for (const QString &name : names) {
        m_openMenu->addAction(
            name, this, [this, name] { report(tr("Open scenario"), open(pathFor(name), InputFile::Origin::Own)); });
    }
    if (names.isEmpty())
        m_openMenu->addAction(tr("No saved scenarios yet"))->setEnabled(false);
    m_openMenu->addSeparator();
    QAction *file = m_openMenu->addAction(tr("Open a scenario &file…"), this, [this] {
        const QString path = m_askPath(tr("Open scenario"), UserData::scenariosFolder(), tr("Scenarios (*.json)"));
        if (!path.isEmpty())
            report(tr("Open scenario"), open(path, InputFile::Origin::Named));
    });
    file->setObjectName(QStringLiteral("openScenarioFileAction"));
    file->setShortcut(QKeySequence::Open);
}

void ScenarioActions::report(const QString &title, const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(m_window, title, error);
}

QStringList ScenarioActions::savedNames() const
{
    QStringList names;
    const QDir folder(UserData::scenariosFolder());
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names << file.completeBaseName();
    return names;
}

QString ScenarioActions::pathFor(const QString &name) const
{
    return UserData::scenariosFolder() + QLatin1Char('/') + ScenarioFile::fileNameFor(name);
}

QString ScenarioActions::save(const QString &name)
{
    QDir().mkpath(UserData::scenariosFolder());
    const QString path = pathFor(name);
    const QByteArray json = QJsonDocument(ScenarioFile::toJson(*m_session, name)).toJson(QJsonDocument::Indented);
    SafeWrite::Options options;
    options.mayReplaceInput = true; // saving a scenario over the one it was opened from
    const SafeWrite::Result written = SafeWrite::bytesToFile(path, json, options);
    if (!written.ok)
        return tr("Could not save the scenario to %1: %2").arg(path, written.reason);
    Q_EMIT message(tr("Saved scenario “%1” (%2)").arg(name, QDir::toNativeSeparators(path)));
    return {};
}

QString ScenarioActions::open(const QString &path, InputFile::Origin origin)
{
    const ScenarioFile::Opened opened = ScenarioFile::read(path, origin);
    if (!opened.errors.isEmpty())
        return tr("Could not open the scenario: %1").arg(opened.errors.first());
    CatalogStore &store = m_session->store();
    // Entries that are missing here or say something else come in as the user's own, so the
    // scenario shows the numbers it was saved with; the rest of the catalog is untouched.
    Catalog differing;
    for (const ModelSpec &m : opened.entries.models) {
        const ModelSpec *here = store.catalog().findModel(m.id);
        if (!here || !sameEntry(*here, m))
            differing.models.append(m);
    }
    for (const HardwareSpec &h : opened.entries.hardware) {
        const HardwareSpec *here = store.catalog().findHardware(h.id);
        if (!here || !sameEntry(*here, h))
            differing.hardware.append(h);
    }
    for (const HostSpec &h : opened.entries.hosts) {
        const HostSpec *here = store.catalog().findHost(h.id);
        if (!here || !sameEntry(*here, h))
            differing.hosts.append(h);
    }
    const QString title = opened.name.isEmpty() ? QFileInfo(path).completeBaseName() : opened.name;
    const int brought = int(differing.models.size() + differing.hardware.size() + differing.hosts.size());
    m_undo->beginMacro(tr("open scenario %1").arg(title));
    if (brought > 0)
        m_undo->push(new UserCatalogEdit(&store, mergeCatalogs(store.userCatalog(), differing),
                                         tr("entries of scenario %1").arg(title)));
    m_undo->endMacro();
    QStringList problems;
    m_session->fromJson(opened.session, &problems);
    Q_EMIT message(brought > 0 ? tr("Opened “%1”; %n catalog entry(s) it was saved with differ from yours and were "
                                    "added as your own (Ctrl+Z removes them)",
                                    nullptr, brought)
                                     .arg(title)
                               : tr("Opened “%1”").arg(title));
    return problems.isEmpty()
               ? QString()
               : tr("Opened, but some values were out of range and kept: %1").arg(problems.join(QStringLiteral("; ")));
}

} // namespace Headroom
