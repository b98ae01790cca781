// The window shell: the three pages, the menus, the undo stack and the remembered state.
#include "mainwindow.h"

#include "budgetadvisor.h"
#include "catalogactions.h"
#include "catalogedits.h"
#include "catalogmerge.h"
#include "catalogpane.h"
#include "catalogstore.h"
#include "compareview.h"
#include "explorepage.h"
#include "exportactions.h"
#include "format.h"
#include "formfields.h"
#include "hardwaretablemodel.h"
#include "language.h"
#include "modelimport.h"
#include "palette.h"
#include "scenarioactions.h"
#include "session.h"
#include "speedactions.h"
#include "userdatasaver.h"
#include "windowstate.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <utility>

namespace Headroom {

MainWindow::MainWindow(const Catalog &builtin, const QString &userCatalogPath, QWidget *parent)
    : QMainWindow(parent)
    , m_store(new CatalogStore(builtin, {}, this))
    , m_session(new Session(m_store, this))
    , m_undo(new QUndoStack(this))
    , m_userCatalogPath(userCatalogPath)
{
    QString problem, keptAside;
    bool fromBackup = false;
    if (!userCatalogPath.isEmpty()) {
        const UserCatalogFile file(userCatalogPath);
        UserCatalogFile::Loaded loaded = file.openForWindow();
        m_store->setUserCatalog(std::move(loaded.part));
        // A bad file that could not be moved aside must not be written over.
        const bool mayWrite = loaded.problem.isEmpty() || !loaded.keptAsidePath.isEmpty();
        // What the file held: the base of this window's changes (nothing when it was moved aside).
        const Catalog onDisk = loaded.problem.isEmpty() ? m_store->userCatalog() : Catalog{};
        m_saver = new UserDataSaver(m_store, file, mayWrite, onDisk, this);
        problem = loaded.problem;
        keptAside = loaded.keptAsidePath;
        fromBackup = loaded.fromBackup;
    }
    buildWindow();
    if (!problem.isEmpty())
        reportUserCatalog(problem, keptAside, fromBackup);
    showCatalogSummary();
    WindowState::restore(*this);
}

MainWindow::MainWindow(MainWindow &replaced, QWidget *parent)
    : QMainWindow(parent)
    , m_store(replaced.m_store)
    , m_session(replaced.m_session)
    , m_undo(replaced.m_undo)
    , m_saver(std::exchange(replaced.m_saver, nullptr))
    , m_userCatalogPath(replaced.m_userCatalogPath)
{
    // The document moves over whole: the catalog, the session, the undo history and the saver.
    for (QObject *document : std::initializer_list<QObject *>{m_store, m_session, m_undo, m_saver}) {
        if (document)
            document->setParent(this);
    }
    buildWindow();
    showCatalogSummary();
    WindowState::restore(*this);
}

void MainWindow::buildWindow()
{
    m_explore = new ExplorePage(m_session, this);
    m_compare = new CompareView(m_session, this);
    m_advisor = new BudgetAdvisor(m_session, this);
    m_pages = new QTabWidget(this);
    m_exports = new ExportActions(this);
    m_catalogActions = new CatalogActions(m_session, m_undo, this);
    m_modelImport = new ModelImport(m_catalogActions, this);
    m_scenarios = new ScenarioActions(m_session, m_undo, this);
    m_speed = new SpeedActions(m_session, m_undo, this,
                               m_userCatalogPath.isEmpty()
                                   ? QString()
                                   : QFileInfo(m_userCatalogPath).absolutePath() + QStringLiteral("/calibration.json"));
    if (m_saver) {
        connect(m_saver, &UserDataSaver::problem, this, [this](const QString &text) {
            statusBar()->showMessage(text, 15000);
            QMessageBox::warning(this, tr("Your catalog"), text);
        });
        connect(m_saver, &UserDataSaver::busy, this,
                [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    }
    // The session is remembered a second after it changes, not only on closing: a crash, a kill
    // or a power cut must not send the user back to the defaults.
    auto *sessionSaver = new QTimer(this);
    sessionSaver->setSingleShot(true);
    sessionSaver->setInterval(1000);
    connect(sessionSaver, &QTimer::timeout, this, [this] { WindowState::saveSession(*this); });
    for (const auto signal :
         {&Session::scenarioChanged, &Session::selectionChanged, &Session::compareChanged, &Session::advisorChanged})
        connect(m_session, signal, sessionSaver, qOverload<>(&QTimer::start));
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Headroom"));
    m_pages->setObjectName(QStringLiteral("modeTabs"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_explore, tr("&Explore"));
    m_pages->addTab(m_compare, tr("Com&pare two boxes"));
    m_pages->addTab(m_advisor, tr("Budget &advisor"));
    setCentralWidget(m_pages);

    connect(m_compare, &CompareView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_advisor, &BudgetAdvisor::handedOver, this, [this] { showPage(Page::Compare); });
    connect(m_explore->hardwareModel(), &HardwareTableModel::usableEditRequested, this,
            [this](int row, double bytes) { setUsableMemory(m_store->hardware(row).id, bytes); });
    connect(m_scenarios, &ScenarioActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_catalogActions, &CatalogActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_modelImport, &ModelImport::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    setAcceptDrops(true);
    connect(m_speed, &SpeedActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    // Read again by a replacing window too: it knows whether the file may be written over.
    m_speed->load();
    m_explore->catalogPane()->setRowActions(m_catalogActions->modelActions(), m_catalogActions->boxActions());
    buildMenus();
}

void MainWindow::showCatalogSummary()
{
    if (statusBar()->currentMessage().isEmpty())
        statusBar()->showMessage(tr("Catalog as of %1", "status bar").arg(m_store->builtin().asOf) +
                                 tr(" · %n model(s)", nullptr, m_store->modelCount()) +
                                 tr(" · %n box(es)", nullptr, m_store->hardwareCount()));
}

MainWindow::~MainWindow() = default;

MainWindow::Page MainWindow::currentPage() const
{
    return Page(std::clamp(m_pages->currentIndex(), 0, 2));
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

void MainWindow::compareSelectedAsA()
{
    m_session->handOver(0, m_session->modelId(), m_session->hardwareId(), m_session->scenario());
    showPage(Page::Compare);
    if (m_session->compare().linkedContext)
        statusBar()->showMessage(tr("Box A is the explored pair; both sides now use its %1-token context.")
                                     .arg(QLocale().toString(qint64(m_session->scenario().contextTokens))),
                                 8000);
}

void MainWindow::setDarkPalette(bool dark)
{
    m_darkAction->setChecked(dark);
}

bool MainWindow::darkPalette() const
{
    return m_darkAction->isChecked();
}

void MainWindow::setModelsAsRows(bool on)
{
    m_modelsAsRows->setChecked(on);
}

void MainWindow::setFitToWidth(bool on)
{
    m_fitToWidth->setChecked(on);
}

void MainWindow::setUsableMemory(const QString &hardwareId, double bytesPerDevice)
{
    const int row = m_store->hardwareRow(hardwareId);
    if (row < 0)
        return;
    HardwareSpec box = m_store->hardware(row);
    if (!(bytesPerDevice > 0) || bytesPerDevice > box.memoryBytesPerGpu || bytesPerDevice == box.usableBytesPerGpu)
        return;
    box.usableBytesPerGpu = bytesPerDevice;
    box.usableRule = tr("your value");
    box.usableSource = userProvenance({});
    // Typing the built-in value back is a reset, not an override that equals the original.
    std::optional<HardwareSpec> after = box;
    if (const HardwareSpec *original = m_store->builtin().findHardware(hardwareId);
        original && bytesPerDevice == original->usableBytesPerGpu) {
        HardwareSpec reset = box;
        reset.usableRule = original->usableRule;
        reset.usableSource = original->usableSource;
        reset.user = false;
        after = sameEntry(reset, *original) ? std::nullopt : std::optional<HardwareSpec>(reset);
    }
    m_undo->push(new EntryEdit<HardwareSpec>(m_store, hardwareId, after, tr("usable memory of %1").arg(box.name)));
    statusBar()->showMessage(
        tr("Usable memory of %1: %2 (%3)").arg(box.name, Format::bytes(bytesPerDevice), box.usableRule), 6000);
}

void MainWindow::reportUserCatalog(const QString &problem, const QString &keptAside, bool fromBackup)
{
    QString text = tr("Your catalog could not be read: %1.").arg(problem);
    if (!keptAside.isEmpty())
        text += QLatin1Char(' ') + tr("The file was kept, unchanged, as %1.").arg(keptAside);
    else
        text += QLatin1Char(' ') + tr("Headroom will not save over it until you move or repair it.");
    text += QLatin1Char(' ') + (fromBackup ? tr("Headroom started with the built-in catalog and your last good backup.")
                                           : tr("Headroom started with the built-in catalog."));
    reportProblem(tr("Your catalog"), text, QStringLiteral("userCatalogProblem"));
}

void MainWindow::reportProblem(const QString &title, const QString &text, const QString &objectName)
{
    statusBar()->showMessage(text, 30000);
    // Shown once the window is up, without blocking start-up (or a test).
    QTimer::singleShot(0, this, [this, title, text, objectName] {
        auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
        box->setObjectName(objectName);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ModelImport::ggufIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = ModelImport::ggufIn(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_modelImport->importGguf(path);
}

void MainWindow::saveState()
{
    if (m_saver)
        m_saver->flush();
    m_speed->flush();
    WindowState::save(*this);
}

bool MainWindow::hasWorkInFlight() const
{
    return m_catalogActions->detecting();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

} // namespace Headroom
