// The explore page: scenario controls, catalog lists, the fit matrix, its charts and the panel.
#include "explorepage.h"

#include "bandwidthchart.h"
#include "catalogfilters.h"
#include "catalogpane.h"
#include "catalogstore.h"
#include "contextchart.h"
#include "contextsweepmodel.h"
#include "estimategrid.h"
#include "fitdelegate.h"
#include "fitmatrixmodel.h"
#include "format.h"
#include "hardwaretablemodel.h"
#include "matrixheader.h"
#include "matrixproxy.h"
#include "modeltablemodel.h"
#include "qualitychart.h"
#include "resultpanel.h"
#include "roles.h"
#include "rowheader.h"
#include "scenariocontrols.h"
#include "session.h"
#include "userchoice.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTransposeProxyModel>
#include <QVBoxLayout>

namespace Headroom {

ExplorePage::ExplorePage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_models(new ModelTableModel(&session->store(), this))
    , m_hardware(new HardwareTableModel(&session->store(), this))
    , m_matrix(new FitMatrixModel(&session->grid(), this))
    , m_modelFilter(new ModelFilter(session, this))
    , m_hardwareFilter(new HardwareFilter(this))
    , m_proxy(nullptr)
    , m_transpose(new QTransposeProxyModel(this))
    , m_sweep(new ContextSweepModel(session, this))
    , m_controls(new ScenarioControls(session, this))
    , m_catalog(nullptr)
    , m_matrixView(new QTableView(this))
    , m_matrixChoice(new UserChoice(m_matrixView))
    , m_bandwidth(new BandwidthChart(this))
    , m_context(new ContextChart(this))
    , m_quality(new QualityChart(this))
    , m_result(new ResultPanel(session, this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("explorePage"));
    m_modelFilter->setSourceModel(m_models);
    m_hardwareFilter->setSourceModel(m_hardware);
    // One filter per list feeds both the list and the matrix.
    m_proxy = new MatrixProxy(m_matrix, m_hardwareFilter, m_modelFilter, this);
    m_transpose->setSourceModel(m_proxy);
    m_catalog = new CatalogPane(session, m_models, m_hardware, m_modelFilter, m_hardwareFilter, this);

    m_bandwidth->setSource(m_matrix);
    m_quality->setSource(m_matrix);
    m_context->setSource(m_sweep, QString());

    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->addTab(buildMatrixTab(), tr("Fit &matrix"));
    m_tabs->addTab(m_bandwidth, tr("&Bandwidth"));
    m_tabs->addTab(m_context, tr("&Context sweep"));
    m_tabs->addTab(m_quality, tr("&Quality vs speed"));

    auto *scenarioBox = new QGroupBox(tr("Scenario"), this);
    auto *scenarioLayout = new QVBoxLayout(scenarioBox);
    scenarioLayout->addWidget(m_controls);
    auto *resultBox = new QGroupBox(tr("Selected pair"), this);
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->setContentsMargins(2, 2, 2, 2);
    // A narrow panel scrolls rather than cutting its figures or the "what would change it" list.
    auto *scroll = new QScrollArea(resultBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_result);
    resultLayout->addWidget(scroll);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_catalog);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(resultBox);
    // The matrix is where the answers are: give it the most room by default.
    m_splitter->setSizes({250, 700, 300});
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(scenarioBox);
    layout->addWidget(m_splitter, 1);

    connect(session, &Session::selectionChanged, this, [this] {
        showSelectionInMatrix();
        m_bandwidth->plotModel(m_session->modelRow(), {m_session->hardwareRow()});
        m_quality->plotHardware(m_session->hardwareRow());
        refreshTitles();
    });
    connect(session, &Session::scenarioChanged, this, &ExplorePage::refreshTitles);
    // A cell the user moves to (a click, the arrow keys) selects its pair; a cell the matrix moved
    // to because a filter or a reset changed it does not.
    connect(m_matrixChoice, &UserChoice::chosen, this, &ExplorePage::selectCell);
    connect(m_matrixView, &QTableView::clicked, this, &ExplorePage::selectCell);
    connect(m_matrixChoice, &UserChoice::settled, this, &ExplorePage::showSelectionInMatrix);
    m_bandwidth->plotModel(session->modelRow(), {session->hardwareRow()});
    m_quality->plotHardware(session->hardwareRow());
    refreshTitles();
    showSelectionInMatrix();
}

QWidget *ExplorePage::buildMatrixTab()
{
    auto *tab = new QWidget(this);
    auto *caption = new QLabel(tr("Each cell: ✓ comfortable, ! tight, ↧ fits with CPU offload, ✗ does not fit (or the "
                                  "GPUs it needs), » beyond the model's context, ⊘ format not supported, “max N” "
                                  "the box holds fewer GPUs than asked; where the model runs, decode tok/s with the "
                                  "context full."),
                               tab);
    caption->setObjectName(QStringLiteral("matrixCaption"));
    caption->setWordWrap(true);
    QFont small = caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    caption->setFont(small);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(m_matrixView, 1);
    QTableView *view = m_matrixView;
    view->setObjectName(QStringLiteral("fitMatrix"));
    view->setHorizontalHeader(new MatrixHeader(view));
    view->setVerticalHeader(new RowHeader(view));
    m_matrixChoice->setModel(m_proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setItemDelegate(new FitDelegate(VerdictRole, view));
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(false);
    // Fixed, interactive widths: sizing columns to their contents would compute every cell
    // of a large catalog on each slider step, where the view should compute only what it shows.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setDefaultSectionSize(view->fontMetrics().horizontalAdvance(QStringLiteral("✓ 8 GPUs")) +
                                                    14);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(rowHeight());
    // Room for a typical box name with its memory, in bold when it is the selected row ("Mac Studio M5
    // Ultra 512GB"); longer names are elided (the full name is the tooltip) so the cells keep the room.
    QFont bold = view->font();
    bold.setBold(true);
    view->verticalHeader()->setMaximumWidth(
        QFontMetrics(bold).horizontalAdvance(QStringLiteral("Mac Studio M5 Ultra 512GB")) + 12);
    view->verticalHeader()->setTextElideMode(Qt::ElideRight);
    // Names wrap rather than being cut off (fitHeaderToNames).
    view->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ExplorePage::fitHeaderToNames);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ExplorePage::fitHeaderToNames);
    for (const auto signal : {&QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
        connect(m_proxy, signal, this, &ExplorePage::fitHeaderToNames);
    fitHeaderToNames();
    return tab;
}

void ExplorePage::refreshTitles()
{
    const int model = m_session->modelRow();
    const int box = m_session->hardwareRow();
    if (model < 0 || box < 0)
        return;
    const Scenario &s = m_session->scenario();
    const Estimate e = m_session->selectedEstimate();
    m_context->setTitleText(tr("%1 on %2 · %3 · %4 KV cache")
                                .arg(m_session->store().model(model).name, m_session->store().hardware(box).name,
                                     e.format.name, kvTypeName(s.kvType)));
}

void ExplorePage::selectCell(const QModelIndex &cell)
{
    if (!cell.isValid())
        return;
    const QAbstractItemModel *shown = m_matrixView->model();
    const QString columnId = shown->headerData(cell.column(), Qt::Horizontal, IdRole).toString();
    const QString rowId = shown->headerData(cell.row(), Qt::Vertical, IdRole).toString();
    if (m_transposed)
        m_session->select(rowId, columnId);
    else
        m_session->select(columnId, rowId);
}

void ExplorePage::showSelectionInMatrix()
{
    // The selected pair's cell, or none when a filter hides its model or box.
    QModelIndex at = m_proxy->mapFromSource(m_matrix->index(m_session->hardwareRow(), m_session->modelRow()));
    if (m_transposed)
        at = m_transpose->mapFromSource(at);
    m_matrixChoice->show(at);
}

// One line of text per row; two when the matrix is fitted to the window, where a narrow cell
// shows its verdict's sign over its speed.
int ExplorePage::rowHeight() const
{
    const int line = m_matrixView->fontMetrics().height();
    return m_fitToWidth ? 2 * line + 6 : line + 8;
}

// The header is as tall as the longest name needs at the default column width (three lines at
// least, five at most): a CJK font's taller lines, or a long name, must not clip a name. Fitted
// to the window, names run vertically and the header is as tall as the longest.
void ExplorePage::fitHeaderToNames()
{
    auto *header = static_cast<MatrixHeader *>(m_matrixView->horizontalHeader());
    const QAbstractItemModel *model = m_matrixView->model();
    if (header->isVertical()) {
        QStringList names;
        for (int c = 0; model && c < model->columnCount(); ++c)
            names << model->headerData(c, Qt::Horizontal).toString();
        header->setMinimumHeight(header->verticalHeightFor(names));
        header->setMaximumHeight(header->minimumHeight());
        return;
    }
    header->setMaximumHeight(QWIDGETSIZE_MAX);
    QFont bold = header->font();
    bold.setBold(true); // the selected model's name is bold
    const QFontMetrics metrics(bold);
    const int width = header->defaultSectionSize() - 8;
    const int most = metrics.lineSpacing() * 5;
    int height = metrics.lineSpacing() * 3;
    // A filter resets the matrix on a slider step: each name is measured once per window.
    for (int c = 0; model && c < model->columnCount() && height < most; ++c) {
        const QString name = model->headerData(c, Qt::Horizontal).toString();
        auto known = m_nameHeights.constFind(name);
        if (known == m_nameHeights.constEnd())
            known = m_nameHeights.insert(
                name, metrics.boundingRect(QRect(0, 0, width, 1 << 16), Qt::TextWordWrap, name).height());
        height = std::max(height, *known);
    }
    header->setMinimumHeight(std::min(height, most) + 10);
}

void ExplorePage::setFitToWidth(bool on)
{
    if (on == m_fitToWidth)
        return;
    m_fitToWidth = on;
    auto *header = static_cast<MatrixHeader *>(m_matrixView->horizontalHeader());
    header->setVertical(on);
    // Fitted, a column need only be as wide as a line of text (the vertical name) or a figure.
    header->setMinimumSectionSize(on ? m_matrixView->fontMetrics().height() + 4 : -1);
    header->setSectionResizeMode(on ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (!on) {
        // Back to the widths the matrix had before: stretched sizes would otherwise stay.
        for (int section = 0; section < header->count(); ++section)
            header->resizeSection(section, header->defaultSectionSize());
    }
    m_matrixView->verticalHeader()->setDefaultSectionSize(rowHeight());
    // Two lines a row when fitted: a long box name wraps instead of being cut.
    m_matrixView->verticalHeader()->setDefaultAlignment(
        on ? Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap)
           : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    fitHeaderToNames();
}

void ExplorePage::setModelsAsRows(bool on)
{
    if (on == m_transposed)
        return;
    m_transposed = on;
    m_matrixChoice->setModel(on ? static_cast<QAbstractItemModel *>(m_transpose) : m_proxy);
    fitHeaderToNames();
    showSelectionInMatrix();
}

ExplorePage::View ExplorePage::currentView() const
{
    return View(std::clamp(m_tabs->currentIndex(), 0, 3));
}

void ExplorePage::showView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

void ExplorePage::setDark(bool dark)
{
    m_bandwidth->setDark(dark);
    m_context->setDark(dark);
    m_quality->setDark(dark);
}

} // namespace Headroom
