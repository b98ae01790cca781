#include "mainwindow.h"

#include "bandwidthchart.h"
#include "budgetadvisor.h"
#include "catalogfilter.h"
#include "compareview.h"
#include "contextchart.h"
#include "engine.h"
#include "figure.h"
#include "fitdelegate.h"
#include "fitmatrixmodel.h"
#include "format.h"
#include "hardwaretablemodel.h"
#include "matrixexport.h"
#include "modeltablemodel.h"
#include "qualitychart.h"
#include "report.h"
#include "resultpanel.h"
#include "roles.h"
#include "scenariocontrols.h"
#include "units.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Headroom {

namespace {
QTableView *makeTable(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}
} // namespace

namespace {
// One usable-memory override, with what it replaced, so Ctrl+Z puts it back.
class SetUsableCommand final : public QUndoCommand
{
public:
    SetUsableCommand(std::function<void(double, const QString &)> apply, double before, QString beforeRule,
                     double after, const QString &boxName)
        : m_apply(std::move(apply))
        , m_before(before)
        , m_beforeRule(std::move(beforeRule))
        , m_after(after)
    {
        setText(QCoreApplication::translate("Headroom::MainWindow", "usable memory of %1").arg(boxName));
    }
    void undo() override { m_apply(m_before, m_beforeRule); }
    void redo() override { m_apply(m_after, QCoreApplication::translate("Headroom::MainWindow", "your value")); }

private:
    std::function<void(double, const QString &)> m_apply;
    double m_before;
    QString m_beforeRule;
    double m_after;
};
} // namespace

MainWindow::MainWindow(const Catalog &catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_undo(new QUndoStack(this))
    , m_models(new ModelTableModel(this))
    , m_hardware(new HardwareTableModel(this))
    , m_matrix(new FitMatrixModel(this))
    , m_modelFilter(new CatalogFilter(this))
    , m_hardwareFilter(new CatalogFilter(this))
    , m_controls(new ScenarioControls(this))
    , m_result(new ResultPanel(this))
    , m_chart(new BandwidthChart(this))
    , m_contextChart(new ContextChart(this))
    , m_qualityChart(new QualityChart(this))
    , m_compare(new CompareView(m_catalog, this))
    , m_advisor(new BudgetAdvisor(m_catalog, this))
    , m_modes(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Headroom"));
    m_models->setModels(m_catalog.models);
    m_hardware->setHardware(m_catalog.hardware);
    m_matrix->setCatalog(&m_catalog);
    m_chart->setCatalog(&m_catalog);
    m_qualityChart->setCatalog(&m_catalog);
    // A catalog without the usual defaults (a user's own, a benchmark's) starts at its first rows.
    if (!catalog.findModel(m_modelId) && !catalog.models.isEmpty())
        m_modelId = catalog.models.first().id;
    if (!catalog.findHardware(m_hardwareId) && !catalog.hardware.isEmpty())
        m_hardwareId = catalog.hardware.first().id;
    m_modelFilter->setSourceModel(m_models);
    m_hardwareFilter->setSourceModel(m_hardware);

    m_matrixView = makeTable(QStringLiteral("fitMatrix"), this);
    m_matrixView->setModel(m_matrix);
    m_matrixView->setSortingEnabled(false);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixView->setItemDelegate(new FitDelegate(VerdictRole, m_matrixView));
    m_matrixView->setAlternatingRowColors(false);
    m_matrixView->verticalHeader()->show();
    m_matrixView->horizontalHeader()->setStretchLastSection(false);
    // Fixed, interactive widths: sizing columns to their contents would compute every cell
    // of a large catalog on each slider step, where the view should compute only what it shows.
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_matrixView->horizontalHeader()->setDefaultSectionSize(
        m_matrixView->fontMetrics().horizontalAdvance(QStringLiteral("needs 16 GPUs")) + 24);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Model names wrap onto two lines rather than being cut off.
    m_matrixView->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_matrixView->horizontalHeader()->setMinimumHeight(m_matrixView->fontMetrics().lineSpacing() * 2 + 10);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->addTab(m_matrixView, tr("Fit &matrix"));
    m_tabs->addTab(m_chart, tr("&Bandwidth"));
    m_tabs->addTab(m_contextChart, tr("&Context sweep"));
    m_tabs->addTab(m_qualityChart, tr("&Quality vs speed"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateVisibleChart);

    auto *scenarioBox = new QGroupBox(tr("Scenario"), this);
    auto *scenarioLayout = new QVBoxLayout(scenarioBox);
    scenarioLayout->addWidget(m_controls);
    auto *resultBox = new QGroupBox(tr("Selected pair"), this);
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->addWidget(m_result);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(buildCatalogPane());
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->addWidget(resultBox);
    // The matrix is where the answers are: give it the most room by default.
    m_mainSplitter->setSizes({280, 680, 320});
    m_mainSplitter->setStretchFactor(1, 1);
    auto *explore = new QWidget(this);
    auto *exploreLayout = new QVBoxLayout(explore);
    exploreLayout->setContentsMargins(4, 4, 4, 4);
    exploreLayout->addWidget(scenarioBox);
    exploreLayout->addWidget(m_mainSplitter, 1);
    m_modes->setObjectName(QStringLiteral("modeTabs"));
    m_modes->setDocumentMode(true);
    m_modes->addTab(explore, tr("&Explore"));
    m_modes->addTab(m_compare, tr("Com&pare two boxes"));
    m_modes->addTab(m_advisor, tr("Budget &advisor"));
    QWidget *central = m_modes;
    connect(m_compare, &CompareView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_advisor, &BudgetAdvisor::useAs, this,
            [this](int side, const QString &modelId, const QString &hardwareId, const Scenario &scenario) {
                m_compare->setSide(side, modelId, hardwareId, scenario);
                showMode(1);
            });
    setCentralWidget(central);
    buildMenus();
    statusBar()->showMessage(tr("Catalog as of %1 · %2 models · %3 boxes")
                                 .arg(catalog.asOf)
                                 .arg(catalog.models.size())
                                 .arg(catalog.hardware.size()));

    connect(m_controls, &ScenarioControls::scenarioChanged, this, &MainWindow::recompute);
    connect(m_modelView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectPair(current.data(IdRole).toString(), m_hardwareId);
            });
    connect(m_hardwareView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectPair(m_modelId, current.data(IdRole).toString());
            });
    connect(m_hardware, &HardwareTableModel::usableEditRequested, this,
            [this](int row, double bytes) { setUsableMemory(m_catalog.hardware.at(row).id, bytes); });
    connect(m_matrixView, &QTableView::clicked, this, [this](const QModelIndex &cell) {
        selectPair(m_catalog.models.at(cell.column()).id, m_catalog.hardware.at(cell.row()).id);
    });

    restoreState();
    recompute();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildCatalogPane()
{
    auto *pane = new QWidget(this);
    m_search = new QLineEdit(pane);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_fitsOnly = new QCheckBox(tr("&Fits selected box"), pane);
    m_fitsOnly->setObjectName(QStringLiteral("fitsOnlyCheck"));
    m_singleBoxOnly = new QCheckBox(tr("Single box &only"), pane);
    m_singleBoxOnly->setObjectName(QStringLiteral("singleBoxCheck"));
    m_vendor = new QComboBox(pane);
    m_vendor->setObjectName(QStringLiteral("vendorCombo"));
    m_vendor->addItem(tr("Any vendor"), QString());
    for (const char *v : {"nvidia", "amd", "apple", "intel"})
        m_vendor->addItem(QString::fromLatin1(v), QString::fromLatin1(v));

    m_modelView = makeTable(QStringLiteral("modelTable"), pane);
    m_modelView->setModel(m_modelFilter);
    m_hardwareView = makeTable(QStringLiteral("hardwareTable"), pane);
    m_hardwareView->setModel(m_hardwareFilter);
    for (QTableView *view : {m_modelView, m_hardwareView}) {
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->sortByColumn(0, Qt::AscendingOrder);
    }

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_vendor);
    m_minMemory = new QSpinBox(pane);
    m_minMemory->setObjectName(QStringLiteral("minMemorySpin"));
    m_maxMemory = new QSpinBox(pane);
    m_maxMemory->setObjectName(QStringLiteral("maxMemorySpin"));
    for (QSpinBox *spin : {m_minMemory, m_maxMemory}) {
        spin->setRange(0, 4096);
        spin->setSuffix(tr(" GiB"));
        spin->setToolTip(tr("Show boxes whose memory lies in this range (0 = no limit)"));
    }
    m_maxMemory->setSpecialValueText(tr("any"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_fitsOnly);
    filters->addWidget(m_singleBoxOnly);
    filters->addStretch(1);
    auto *memoryRow = new QHBoxLayout;
    auto *memoryLabel = new QLabel(tr("Memor&y:"), pane);
    memoryLabel->setBuddy(m_minMemory);
    memoryRow->addWidget(memoryLabel);
    memoryRow->addWidget(m_minMemory);
    memoryRow->addWidget(new QLabel(tr("to"), pane));
    memoryRow->addWidget(m_maxMemory);
    memoryRow->addStretch(1);
    m_catalogSplitter = new QSplitter(Qt::Vertical, pane);
    m_catalogSplitter->setObjectName(QStringLiteral("catalogSplitter"));
    m_catalogSplitter->addWidget(m_modelView);
    m_catalogSplitter->addWidget(m_hardwareView);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addLayout(memoryRow);
    layout->addWidget(m_catalogSplitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_modelFilter->setFilterFixedString(text);
        m_hardwareFilter->setFilterFixedString(text);
    });
    connect(m_singleBoxOnly, &QCheckBox::toggled, m_modelFilter, &CatalogFilter::setSingleBoxOnly);
    connect(m_fitsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_modelFilter->setFitsHardware(on ? m_matrix : nullptr, m_hardware->rowOf(m_hardwareId));
    });
    for (QSpinBox *spin : {m_minMemory, m_maxMemory}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            m_hardwareFilter->setMemoryRange(m_minMemory->value() * Units::kGiB, m_maxMemory->value() * Units::kGiB);
        });
    }
    connect(m_vendor, &QComboBox::currentIndexChanged, this,
            [this] { m_hardwareFilter->setVendor(m_vendor->currentData().toString()); });
    return pane;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    buildFileMenu(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Reset usable memory of the selected box"), this, [this] {
        const HardwareSpec *original = CatalogLoader::embedded().findHardware(m_hardwareId);
        if (original)
            setUsableMemory(m_hardwareId, original->usableBytesPerGpu);
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *search = view->addAction(tr("&Find"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    search->setShortcut(QKeySequence::Find);
    view->addSeparator();
    auto *units = new QActionGroup(this);
    QAction *gib = view->addAction(tr("Memory in &GiB (2^30 bytes, like llama.cpp)"));
    QAction *gb = view->addAction(tr("Memory in G&B (10^9 bytes, like Hugging Face)"));
    for (QAction *a : {gib, gb}) {
        a->setCheckable(true);
        units->addAction(a);
    }
    (Format::byteUnit() == Format::ByteUnit::GiB ? gib : gb)->setChecked(true);
    connect(units, &QActionGroup::triggered, this, [this, gib](QAction *chosen) {
        Format::setByteUnit(chosen == gib ? Format::ByteUnit::GiB : Format::ByteUnit::GB);
        m_hardware->refreshUnits();
        recompute();
    });
    view->addSeparator();
    QAction *matrix = view->addAction(tr("Fit &matrix"), this, [this] { m_tabs->setCurrentIndex(0); });
    matrix->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    const QStringList tabNames = {tr("&Bandwidth chart"), tr("&Context sweep"), tr("&Quality vs speed")};
    for (int i = 0; i < tabNames.size(); ++i) {
        QAction *tab = view->addAction(tabNames.at(i), this, [this, i] { m_tabs->setCurrentIndex(i + 1); });
        tab->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_2 + i)));
    }
    view->addSeparator();
    m_darkAction = view->addAction(tr("&Dark palette"));
    m_darkAction->setCheckable(true);
    connect(m_darkAction, &QAction::toggled, this, &MainWindow::applyPalette);

    view->addSeparator();
    const QStringList modes = {tr("E&xplore"), tr("Compare &two boxes"), tr("Budget a&dvisor")};
    for (int i = 0; i < modes.size(); ++i) {
        QAction *mode = view->addAction(modes.at(i), this, [this, i] { showMode(i); });
        mode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | (Qt::Key_1 + i)));
    }
    QAction *compareSelected = view->addAction(tr("Compare the selected pair as box &A"), this, [this] {
        m_compare->setSide(0, m_modelId, m_hardwareId, m_controls->scenario());
        showMode(1);
    });
    compareSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Headroom"), this, [this] {
        QMessageBox::about(this, tr("About Headroom"),
                           tr("<h3>Headroom %1</h3><p>Which open-weight coding model fits the box you can buy, "
                              "and how fast it will feel.</p><p>Catalog as of %2. Every value carries its source "
                              "and date: hover a cell to see it. Decode speed is calibrated on %3 (%4).</p>"
                              "<p>Licensed under the GPL-3.0-or-later.</p>")
                               .arg(QStringLiteral(HEADROOM_VERSION), m_catalog.asOf,
                                    m_catalog.calibrationSource.source.toHtmlEscaped(),
                                    m_catalog.calibrationSource.asOf));
    });
}

void MainWindow::showMode(int mode)
{
    m_modes->setCurrentIndex(std::clamp(mode, 0, m_modes->count() - 1));
}

void MainWindow::setUsableMemory(const QString &hardwareId, double bytesPerDevice)
{
    const HardwareSpec *box = m_catalog.findHardware(hardwareId);
    if (!box || box->isCloud() || !(bytesPerDevice > 0) || bytesPerDevice > box->memoryBytesPerGpu ||
        bytesPerDevice == box->usableBytesPerGpu)
        return;
    const QString id = hardwareId;
    m_undo->push(new SetUsableCommand([this, id](double bytes, const QString &rule) { applyUsable(id, bytes, rule); },
                                      box->usableBytesPerGpu, box->usableRule, bytesPerDevice, box->name));
}

void MainWindow::applyUsable(const QString &hardwareId, double bytesPerDevice, const QString &rule)
{
    const int row = m_hardware->rowOf(hardwareId);
    if (row < 0)
        return;
    m_catalog.hardware[row].usableBytesPerGpu = bytesPerDevice;
    m_catalog.hardware[row].usableRule = rule;
    m_hardware->setUsable(row, bytesPerDevice, rule);
    QSettings settings;
    const HardwareSpec *original = CatalogLoader::embedded().findHardware(hardwareId);
    if (original && original->usableBytesPerGpu == bytesPerDevice)
        settings.remove(QStringLiteral("usable/") + hardwareId);
    else
        settings.setValue(QStringLiteral("usable/") + hardwareId, bytesPerDevice);
    m_matrix->setCatalog(&m_catalog); // cached cells are stale
    recompute();
    m_compare->recompute();
    m_advisor->recompute();
    statusBar()->showMessage(
        tr("Usable memory of %1: %2 (%3)").arg(m_catalog.hardware.at(row).name, Format::bytes(bytesPerDevice), rule),
        6000);
}

void MainWindow::setDarkPalette(bool dark)
{
    m_darkAction->setChecked(dark);
}

void MainWindow::buildFileMenu(QMenu *file)
{
    const auto report = [this](const QString &error, const QString &path) {
        if (error.isEmpty())
            statusBar()->showMessage(tr("Saved %1").arg(path), 8000);
        else
            QMessageBox::warning(this, tr("Export failed"), error);
    };
    QAction *chart = file->addAction(tr("&Export chart…"), this, [this, report] {
        const QString path =
            askSavePath(tr("Export chart"), tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"),
                        chartKindName(currentChartRequest().kind) + QStringLiteral(".png"));
        if (path.isEmpty())
            return;
        int scale = 2;
        if (Figure::formatFor(path) == Figure::Format::Png) {
            bool ok = false;
            const QString choice = QInputDialog::getItem(
                this, tr("PNG size"), tr("Pixel scale (1× is 1200 × 800):"),
                {QStringLiteral("1×"), QStringLiteral("2×"), QStringLiteral("3×")}, 1, false, &ok);
            if (!ok)
                return;
            scale = choice.left(1).toInt();
        }
        report(exportChart(path, scale), path);
    });
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *copy = file->addAction(tr("&Copy chart"), this, [this] {
        const ChartRequest request = currentChartRequest();
        auto view = buildChart(m_catalog, request);
        const FigureText text = figureText(m_catalog, request);
        auto *mime = new QMimeData;
        mime->setImageData(Figure::image(*view, text, 2));
        QApplication::clipboard()->setMimeData(mime);
        statusBar()->showMessage(tr("Chart copied to the clipboard"), 5000);
    });
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    file->addAction(tr("Export fit &matrix…"), this, [this, report] {
        const QString path = askSavePath(tr("Export fit matrix"), tr("CSV spreadsheet (*.csv);;Markdown table (*.md)"),
                                         QStringLiteral("fit-matrix.csv"));
        if (!path.isEmpty())
            report(exportMatrix(path), path);
    });
    file->addSeparator();
    QAction *budget = file->addAction(tr("Budget &report (PDF)…"), this, [this, report] {
        const QString path =
            askSavePath(tr("Budget report"), tr("PDF document (*.pdf)"), QStringLiteral("budget-proposal.pdf"));
        if (path.isEmpty())
            return;
        bool ok = false;
        const QString page = QInputDialog::getItem(
            this, tr("Paper size"), tr("Paper:"), {QStringLiteral("A4"), QStringLiteral("Letter")},
            QLocale().measurementSystem() == QLocale::ImperialUSSystem ? 1 : 0, false, &ok);
        if (ok)
            report(exportReport(path, page == QLatin1String("Letter") ? QPageSize::Letter : QPageSize::A4), path);
    });
    budget->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction *print = file->addAction(tr("&Print budget report…"), this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        ReportInputs inputs{m_compare->side(0), m_compare->side(1), m_compare->assumptions()};
        QPainter painter(&printer);
        Report::paint(printer, painter, m_catalog, inputs);
    });
    print->setShortcut(QKeySequence::Print);
}

QString MainWindow::askSavePath(const QString &title, const QString &filters, const QString &suggested)
{
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("export/folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = QFileDialog::getSaveFileName(this, title, folder + QLatin1Char('/') + suggested, filters);
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    return path;
}

ChartRequest MainWindow::currentChartRequest() const
{
    ChartRequest r;
    if (m_modes->currentWidget() == m_compare) {
        const Costs::Side a = m_compare->side(0);
        const Costs::Side b = m_compare->side(1);
        r.kind = ChartKind::Compare;
        r.model = a.model;
        r.boxes = {a.hardware, b.hardware};
        r.scenario = a.scenario;
        return r;
    }
    r.model = *m_catalog.findModel(m_modelId);
    r.boxes = {*m_catalog.findHardware(m_hardwareId)};
    r.scenario = m_controls->scenario();
    QWidget *visible = m_tabs->currentWidget();
    r.kind = visible == m_contextChart   ? ChartKind::Context
             : visible == m_qualityChart ? ChartKind::Quality
                                         : ChartKind::Bandwidth;
    return r;
}

QString MainWindow::exportChart(const QString &path, int scale)
{
    const ChartRequest request = currentChartRequest();
    auto view = buildChart(m_catalog, request);
    return Figure::save(*view, figureText(m_catalog, request), path, scale);
}

QString MainWindow::exportMatrix(const QString &path)
{
    const QString text = path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
                             ? MatrixExport::markdown(m_catalog, m_controls->scenario())
                             : MatrixExport::csv(m_catalog, m_controls->scenario());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString MainWindow::exportReport(const QString &path, int pageSizeId)
{
    QProgressDialog progress(tr("Writing the budget report…"), tr("Cancel"), 0, Report::kSteps, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const ReportInputs inputs{m_compare->side(0), m_compare->side(1), m_compare->assumptions()};
    return Report::write(m_catalog, inputs, path, QPageSize::PageSizeId(pageSizeId), [&progress](int step, int) {
        progress.setValue(step);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
}

void MainWindow::selectPair(const QString &modelId, const QString &hardwareId)
{
    if (!m_catalog.findModel(modelId) || !m_catalog.findHardware(hardwareId))
        return;
    const bool changed = modelId != m_modelId || hardwareId != m_hardwareId;
    m_modelId = modelId;
    m_hardwareId = hardwareId;
    if (changed)
        updateSelectionViews();
}

void MainWindow::setScenario(const Scenario &scenario)
{
    m_controls->setScenario(scenario);
    recompute();
}

void MainWindow::recompute()
{
    m_matrix->setScenario(m_controls->scenario());
    if (m_fitsOnly->isChecked())
        m_modelFilter->refilter();
    updateSelectionViews();
}

void MainWindow::updateSelectionViews()
{
    const ModelSpec &model = *m_catalog.findModel(m_modelId);
    const HardwareSpec &hardware = *m_catalog.findHardware(m_hardwareId);
    const Scenario scenario = m_controls->scenario();
    m_controls->setMaxGpus(std::max(hardware.maxGpus, 1));
    m_result->show(model, hardware, scenario,
                   Engine::estimate(model, hardware, scenario, m_catalog.calibrationFor(hardware.backend)));
    updateVisibleChart();
    if (m_fitsOnly->isChecked())
        m_modelFilter->setFitsHardware(m_matrix, m_hardware->rowOf(m_hardwareId));
    const QModelIndex cell = m_matrix->index(m_hardware->rowOf(m_hardwareId), m_models->rowOf(m_modelId));
    if (m_matrixView->currentIndex() != cell)
        m_matrixView->setCurrentIndex(cell);
}

void MainWindow::updateVisibleChart()
{
    // Only the chart on screen is recomputed; switching tabs brings another up to date.
    const ModelSpec &model = *m_catalog.findModel(m_modelId);
    const HardwareSpec &hardware = *m_catalog.findHardware(m_hardwareId);
    const Scenario scenario = m_controls->scenario();
    QWidget *visible = m_tabs->currentWidget();
    if (visible == m_chart)
        m_chart->update(model, scenario, {m_hardwareId});
    else if (visible == m_contextChart)
        m_contextChart->update(model, hardware, scenario, m_catalog.calibrationFor(hardware.backend));
    else if (visible == m_qualityChart)
        m_qualityChart->update(hardware, scenario);
}

void MainWindow::applyPalette(bool dark)
{
    // Fusion draws the same on every platform, so the dark palette looks as designed.
    static const QPalette original = QApplication::palette();
    if (!dark) {
        QApplication::setPalette(original);
    } else {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
        QApplication::setPalette(p);
    }
    m_chart->setDark(dark);
    m_contextChart->setDark(dark);
    m_qualityChart->setDark(dark);
    recompute();
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_catalogSplitter->restoreState(settings.value(QStringLiteral("window/catalogSplitter")).toByteArray());
    m_tabs->setCurrentIndex(
        std::clamp(settings.value(QStringLiteral("window/tab"), 0).toInt(), 0, m_tabs->count() - 1));
    if (settings.value(QStringLiteral("darkPalette"), false).toBool())
        m_darkAction->setChecked(true);
    Scenario s;
    if (const auto quant =
            Quantization::parse(settings.value(QStringLiteral("scenario/quant"), s.quant.name).toString()))
        s.quant = *quant;
    if (const auto kv = parseKvType(settings.value(QStringLiteral("scenario/kv"), kvTypeName(s.kvType)).toString()))
        s.kvType = *kv;
    // Remembered values are checked like any input: a corrupt file falls back to defaults.
    const double context = settings.value(QStringLiteral("scenario/context"), s.contextTokens).toDouble();
    if (context >= 1 && context <= Scenario::kMaxContextTokens)
        s.contextTokens = context;
    s.batch = std::clamp(settings.value(QStringLiteral("scenario/batch"), 1).toInt(), 1, 256);
    s.gpus = std::clamp(settings.value(QStringLiteral("scenario/gpus"), 0).toInt(), 0, 8);
    m_controls->setScenario(s);
    // Remembered usable-memory overrides, checked like any input: a bad value is ignored.
    settings.beginGroup(QStringLiteral("usable"));
    for (const QString &id : settings.childKeys()) {
        bool ok = false;
        const double bytes = settings.value(id).toDouble(&ok);
        const int row = m_hardware->rowOf(id);
        if (ok && row >= 0 && bytes > 0 && bytes <= m_catalog.hardware.at(row).memoryBytesPerGpu) {
            m_catalog.hardware[row].usableBytesPerGpu = bytes;
            m_catalog.hardware[row].usableRule = tr("your value");
            m_hardware->setUsable(row, bytes, tr("your value"));
        }
    }
    settings.endGroup();
    m_matrix->setCatalog(&m_catalog);
    if (settings.value(QStringLiteral("byteUnit")).toString() == QLatin1String("GB"))
        Format::setByteUnit(Format::ByteUnit::GB);
    selectPair(settings.value(QStringLiteral("selection/model"), m_modelId).toString(),
               settings.value(QStringLiteral("selection/hardware"), m_hardwareId).toString());
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/catalogSplitter"), m_catalogSplitter->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    const Scenario s = m_controls->scenario();
    settings.setValue(QStringLiteral("scenario/quant"), s.quant.name);
    settings.setValue(QStringLiteral("scenario/kv"), kvTypeName(s.kvType));
    settings.setValue(QStringLiteral("scenario/context"), s.contextTokens);
    settings.setValue(QStringLiteral("scenario/batch"), s.batch);
    settings.setValue(QStringLiteral("scenario/gpus"), s.gpus);
    settings.setValue(QStringLiteral("byteUnit"), Format::byteUnitName());
    settings.setValue(QStringLiteral("darkPalette"), m_darkAction->isChecked());
    settings.setValue(QStringLiteral("selection/model"), m_modelId);
    settings.setValue(QStringLiteral("selection/hardware"), m_hardwareId);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

} // namespace Headroom
