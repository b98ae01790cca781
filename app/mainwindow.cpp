#include "mainwindow.h"

#include "bandwidthchart.h"
#include "catalogfilter.h"
#include "engine.h"
#include "fitdelegate.h"
#include "fitmatrixmodel.h"
#include "format.h"
#include "hardwaretablemodel.h"
#include "modeltablemodel.h"
#include "resultpanel.h"
#include "roles.h"
#include "scenariocontrols.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
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

MainWindow::MainWindow(const Catalog &catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_models(new ModelTableModel(this))
    , m_hardware(new HardwareTableModel(this))
    , m_matrix(new FitMatrixModel(this))
    , m_modelFilter(new CatalogFilter(this))
    , m_hardwareFilter(new CatalogFilter(this))
    , m_controls(new ScenarioControls(this))
    , m_result(new ResultPanel(this))
    , m_chart(new BandwidthChart(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Headroom"));
    m_models->setModels(catalog.models);
    m_hardware->setHardware(catalog.hardware);
    m_matrix->setCatalog(&m_catalog);
    m_chart->setCatalog(&m_catalog);
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
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->addTab(m_matrixView, tr("Fit &matrix"));
    m_tabs->addTab(m_chart, tr("&Bandwidth chart"));

    auto *scenarioBox = new QGroupBox(tr("Scenario"), this);
    auto *scenarioLayout = new QVBoxLayout(scenarioBox);
    scenarioLayout->addWidget(m_controls);
    auto *resultBox = new QGroupBox(tr("Selected pair"), this);
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->addWidget(m_result);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(scenarioBox);
    rightLayout->addWidget(resultBox, 1);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(buildCatalogPane());
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->addWidget(right);
    // The matrix is where the answers are: give it the most room by default.
    m_mainSplitter->setSizes({330, 560, 390});
    setCentralWidget(m_mainSplitter);
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
    m_search->setPlaceholderText(tr("Search models and hardware"));
    m_search->setClearButtonEnabled(true);
    m_fitsOnly = new QCheckBox(tr("&Fits the selected box"), pane);
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

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_fitsOnly);
    filters->addWidget(m_singleBoxOnly);
    filters->addStretch(1);
    filters->addWidget(m_vendor);
    m_catalogSplitter = new QSplitter(Qt::Vertical, pane);
    m_catalogSplitter->setObjectName(QStringLiteral("catalogSplitter"));
    m_catalogSplitter->addWidget(m_modelView);
    m_catalogSplitter->addWidget(m_hardwareView);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_catalogSplitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_modelFilter->setFilterFixedString(text);
        m_hardwareFilter->setFilterFixedString(text);
    });
    connect(m_singleBoxOnly, &QCheckBox::toggled, m_modelFilter, &CatalogFilter::setSingleBoxOnly);
    connect(m_fitsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_modelFilter->setFitsHardware(on ? m_matrix : nullptr, m_hardware->rowOf(m_hardwareId));
    });
    connect(m_vendor, &QComboBox::currentIndexChanged, this,
            [this] { m_hardwareFilter->setVendor(m_vendor->currentData().toString()); });
    return pane;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *search = view->addAction(tr("&Find"), this, [this] { m_search->setFocus(); m_search->selectAll(); });
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
    QAction *chart = view->addAction(tr("&Bandwidth chart"), this, [this] { m_tabs->setCurrentIndex(1); });
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Headroom"), this, [this] {
        QMessageBox::about(this, tr("About Headroom"),
                           tr("<h3>Headroom %1</h3><p>Which open-weight coding model fits the box you can buy, "
                              "and how fast it will feel.</p><p>Catalog as of %2. Every value carries its source "
                              "and date: hover a cell to see it. Decode speed is calibrated on %3 (%4).</p>"
                              "<p>Licensed under the GPL-3.0-or-later.</p>")
                               .arg(QStringLiteral(HEADROOM_VERSION), m_catalog.asOf,
                                    m_catalog.calibrationSource.source.toHtmlEscaped(), m_catalog.calibrationSource.asOf));
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
    m_chart->update(model, scenario, m_hardwareId);
    if (m_fitsOnly->isChecked())
        m_modelFilter->setFitsHardware(m_matrix, m_hardware->rowOf(m_hardwareId));
    const QModelIndex cell = m_matrix->index(m_hardware->rowOf(m_hardwareId), m_models->rowOf(m_modelId));
    if (m_matrixView->currentIndex() != cell)
        m_matrixView->setCurrentIndex(cell);
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_catalogSplitter->restoreState(settings.value(QStringLiteral("window/catalogSplitter")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    Scenario s;
    if (const auto quant = Quantization::parse(settings.value(QStringLiteral("scenario/quant"), s.quant.name).toString()))
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
    settings.setValue(QStringLiteral("selection/model"), m_modelId);
    settings.setValue(QStringLiteral("selection/hardware"), m_hardwareId);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

} // namespace Headroom
