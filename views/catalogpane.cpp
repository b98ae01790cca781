// The two catalog lists with their search fields and filters.
#include "catalogpane.h"

#include "catalogfilters.h"
#include "catalogstore.h"
#include "format.h"
#include "hardwaretablemodel.h"
#include "modeltablemodel.h"
#include "roles.h"
#include "session.h"
#include "tableutil.h"
#include "userchoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Headroom {

namespace {
QLineEdit *searchField(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(true);
    return field;
}
} // namespace

CatalogPane::CatalogPane(Session *session, ModelTableModel *models, HardwareTableModel *hardware,
                         ModelFilter *modelFilter, HardwareFilter *hardwareFilter, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_models(models)
    , m_hardware(hardware)
    , m_modelFilter(modelFilter)
    , m_hardwareFilter(hardwareFilter)
    , m_modelSearch(searchField(QStringLiteral("modelSearchField"), tr("Search models (Ctrl+F)"), this))
    , m_hardwareSearch(searchField(QStringLiteral("hardwareSearchField"), tr("Search hardware"), this))
    , m_modelView(makeTable(QStringLiteral("modelTable"), this))
    , m_hardwareView(makeTable(QStringLiteral("hardwareTable"), this))
    , m_modelChoice(new UserChoice(m_modelView))
    , m_hardwareChoice(new UserChoice(m_hardwareView))
    , m_modelHidden(new QLabel(this))
    , m_hardwareHidden(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    auto *fitsOnly = new QCheckBox(tr("&Fits selected box"), this);
    fitsOnly->setObjectName(QStringLiteral("fitsOnlyCheck"));
    fitsOnly->setToolTip(tr("Only models that run on the selected box in this scenario"));
    auto *singleBoxOnly = new QCheckBox(tr("Single box &only"), this);
    singleBoxOnly->setObjectName(QStringLiteral("singleBoxCheck"));
    auto *commercialOnly = new QCheckBox(tr("Co&mmercial use allowed"), this);
    commercialOnly->setObjectName(QStringLiteral("commercialCheck"));
    commercialOnly->setToolTip(tr("Only models whose weights' licence allows commercial use without conditions; "
                                  "a model's hosted API is a separate contract"));
    auto *vendor = new QComboBox(this);
    vendor->setObjectName(QStringLiteral("vendorCombo"));
    vendor->addItem(tr("Any vendor"), QString());
    for (const Vendor v : {Vendor::Nvidia, Vendor::Amd, Vendor::Apple, Vendor::Intel})
        vendor->addItem(vendorName(v), vendorName(v));
    auto *minMemory = new QSpinBox(this);
    minMemory->setObjectName(QStringLiteral("minMemorySpin"));
    auto *maxMemory = new QSpinBox(this);
    maxMemory->setObjectName(QStringLiteral("maxMemorySpin"));
    for (QSpinBox *spin : {minMemory, maxMemory}) {
        spin->setRange(0, 4096);
        spin->setSuffix(tr(" GiB"));
        spin->setToolTip(tr("Show boxes whose total memory lies in this range (0 = no limit)"));
    }
    maxMemory->setSpecialValueText(tr("any"));

    m_modelChoice->setModel(modelFilter);
    m_hardwareChoice->setModel(hardwareFilter);
    m_modelHidden->setObjectName(QStringLiteral("modelHiddenNote"));
    m_hardwareHidden->setObjectName(QStringLiteral("hardwareHiddenNote"));
    for (QLabel *note : {m_modelHidden, m_hardwareHidden}) {
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        note->hide();
    }
    for (QTableView *view : {m_modelView, m_hardwareView}) {
        view->sortByColumn(0, Qt::AscendingOrder);
        fitColumnsToHeaderAndSample(view);
    }
    m_hardwareView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // A narrow pane starts with the columns that decide a purchase; the header's menu adds the rest.
    enableColumnChooser(m_modelView, QStringLiteral("models"),
                        {ModelTableModel::LabColumn, ModelTableModel::LicenceColumn, ModelTableModel::SelfHostColumn});
    enableColumnChooser(m_hardwareView, QStringLiteral("hardware"),
                        {HardwareTableModel::VendorColumn, HardwareTableModel::PowerColumn});

    auto *modelBox = new QWidget(this);
    auto *modelLayout = new QVBoxLayout(modelBox);
    modelLayout->setContentsMargins(0, 0, 0, 0);
    // Two filters a row: three side by side widened the pane past what a 1280-pixel window can give it,
    // squeezing the matrix to a handful of columns.
    auto *modelChecks = new QGridLayout;
    modelChecks->addWidget(fitsOnly, 0, 0);
    modelChecks->addWidget(singleBoxOnly, 0, 1);
    modelChecks->addWidget(commercialOnly, 1, 0, 1, 2);
    modelChecks->setColumnStretch(2, 1);
    modelLayout->addWidget(m_modelSearch);
    modelLayout->addLayout(modelChecks);
    modelLayout->addWidget(m_modelView, 1);
    modelLayout->addWidget(m_modelHidden);

    auto *hardwareBox = new QWidget(this);
    auto *hardwareLayout = new QVBoxLayout(hardwareBox);
    hardwareLayout->setContentsMargins(0, 0, 0, 0);
    auto *hardwareFilters = new QHBoxLayout;
    hardwareFilters->addWidget(m_hardwareSearch, 1);
    hardwareFilters->addWidget(vendor);
    auto *memoryRow = new QHBoxLayout;
    auto *memoryLabel = new QLabel(tr("Memor&y:"), this);
    memoryLabel->setBuddy(minMemory);
    memoryRow->addWidget(memoryLabel);
    memoryRow->addWidget(minMemory);
    memoryRow->addWidget(new QLabel(tr("to"), this));
    memoryRow->addWidget(maxMemory);
    memoryRow->addStretch(1);
    hardwareLayout->addLayout(hardwareFilters);
    hardwareLayout->addLayout(memoryRow);
    hardwareLayout->addWidget(m_hardwareView, 1);
    hardwareLayout->addWidget(m_hardwareHidden);

    m_splitter->setObjectName(QStringLiteral("catalogSplitter"));
    m_splitter->addWidget(modelBox);
    m_splitter->addWidget(hardwareBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_modelSearch, &QLineEdit::textChanged, modelFilter, &ModelFilter::setText);
    connect(m_hardwareSearch, &QLineEdit::textChanged, hardwareFilter, &HardwareFilter::setText);
    connect(fitsOnly, &QCheckBox::toggled, modelFilter, &ModelFilter::setFitsSelectedBox);
    connect(singleBoxOnly, &QCheckBox::toggled, modelFilter, &ModelFilter::setSingleBoxOnly);
    connect(commercialOnly, &QCheckBox::toggled, modelFilter, &ModelFilter::setCommercialOnly);
    connect(vendor, &QComboBox::currentIndexChanged, this,
            [hardwareFilter, vendor] { hardwareFilter->setVendor(vendor->currentData().toString()); });
    const auto range = [hardwareFilter, minMemory, maxMemory] {
        hardwareFilter->setMemoryRange(Format::bytesFromGiB(minMemory->value()),
                                       Format::bytesFromGiB(maxMemory->value()));
    };
    connect(minMemory, &QSpinBox::valueChanged, this, range);
    connect(maxMemory, &QSpinBox::valueChanged, this, range);

    // Only the user's own picks select; a row that moved because a filter hid another is no pick.
    connect(m_modelChoice, &UserChoice::chosen, this, [this](const QModelIndex &current) {
        m_session->select(current.siblingAtColumn(0).data(IdRole).toString(), m_session->hardwareId());
    });
    connect(m_hardwareChoice, &UserChoice::chosen, this, [this](const QModelIndex &current) {
        m_session->select(m_session->modelId(), current.siblingAtColumn(0).data(IdRole).toString());
    });
    for (UserChoice *choice : {m_modelChoice, m_hardwareChoice})
        connect(choice, &UserChoice::settled, this, &CatalogPane::showSelection);
    connect(session, &Session::selectionChanged, this, &CatalogPane::showSelection);
    showSelection();
}

void CatalogPane::setRowActions(const QList<QAction *> &modelActions, const QList<QAction *> &boxActions)
{
    // A right-click selects the row first (the views select on press), so the actions, which
    // work on the session's selection, act on the row under the pointer.
    m_modelView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_modelView->addActions(modelActions);
    m_hardwareView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_hardwareView->addActions(boxActions);
}

void CatalogPane::focusSearch()
{
    m_modelSearch->setFocus();
    m_modelSearch->selectAll();
}

void CatalogPane::showSelection()
{
    // The session's row where the list shows it; else no current row, and a note that says why.
    const auto show = [](UserChoice *choice, QTableView *view, QAbstractProxyModel *proxy, int sourceRow, QLabel *note,
                         const QString &hiddenText) {
        const QModelIndex at =
            sourceRow >= 0 ? proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0)) : QModelIndex();
        if (!at.isValid() || view->currentIndex().row() != at.row())
            choice->show(at);
        note->setText(hiddenText);
        note->setVisible(sourceRow >= 0 && !at.isValid());
    };
    const int model = m_session->modelRow();
    const int box = m_session->hardwareRow();
    const CatalogStore &store = m_session->store();
    show(m_modelChoice, m_modelView, m_modelFilter, model, m_modelHidden,
         model >= 0 ? tr("%1 stays selected; the filters above hide it.").arg(store.model(model).name) : QString());
    show(m_hardwareChoice, m_hardwareView, m_hardwareFilter, box, m_hardwareHidden,
         box >= 0 ? tr("%1 stays selected; the filters above hide it.").arg(store.hardware(box).name) : QString());
}

} // namespace Headroom
