#include "budgetadvisor.h"

#include "advisormodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Headroom {

BudgetAdvisor::BudgetAdvisor(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_low(new QDoubleSpinBox(this))
    , m_high(new QDoubleSpinBox(this))
    , m_minSpeed(new QDoubleSpinBox(this))
    , m_context(new QSpinBox(this))
    , m_quant(new QComboBox(this))
    , m_singleBox(new QCheckBox(tr("Single box only"), this))
    , m_model(new AdvisorModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("budgetAdvisor"));
    m_low->setObjectName(QStringLiteral("budgetLowSpin"));
    m_high->setObjectName(QStringLiteral("budgetHighSpin"));
    for (QDoubleSpinBox *spin : {m_low, m_high}) {
        spin->setRange(0, 1e7);
        spin->setDecimals(0);
        spin->setSingleStep(500);
        spin->setPrefix(QStringLiteral("$"));
        spin->setGroupSeparatorShown(true);
    }
    m_high->setValue(10000);
    m_minSpeed->setObjectName(QStringLiteral("minSpeedSpin"));
    m_minSpeed->setRange(0, 10000);
    m_minSpeed->setValue(20);
    m_minSpeed->setSuffix(tr(" tok/s"));
    m_context->setObjectName(QStringLiteral("advisorContextSpin"));
    m_context->setRange(1, int(Scenario::kMaxContextTokens));
    m_context->setValue(32768);
    m_context->setGroupSeparatorShown(true);
    m_context->setSuffix(tr(" tokens"));
    m_quant->setObjectName(QStringLiteral("advisorQuantCombo"));
    for (const QuantFormat &q : Quantization::namedFormats())
        m_quant->addItem(q.name, q.name);
    m_quant->setCurrentIndex(m_quant->findData(QStringLiteral("Q4_K_M")));
    m_singleBox->setObjectName(QStringLiteral("advisorSingleBoxCheck"));

    m_table->setObjectName(QStringLiteral("advisorTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_summary->setObjectName(QStringLiteral("advisorSummary"));

    auto *useA = new QPushButton(tr("Use as box &A"), this);
    useA->setObjectName(QStringLiteral("useAsAButton"));
    auto *useB = new QPushButton(tr("Use as box &B"), this);
    useB->setObjectName(QStringLiteral("useAsBButton"));

    auto *inputs = new QHBoxLayout;
    const auto add = [this, inputs](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        inputs->addWidget(l);
        inputs->addWidget(field);
    };
    add(tr("Budget from"), m_low);
    add(tr("to"), m_high);
    add(tr("at least"), m_minSpeed);
    add(tr("context"), m_context);
    add(tr("weights"), m_quant);
    inputs->addWidget(m_singleBox);
    inputs->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(useA);
    actions->addWidget(useB);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    for (QDoubleSpinBox *spin : {m_low, m_high, m_minSpeed})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &BudgetAdvisor::recompute);
    connect(m_context, &QSpinBox::valueChanged, this, &BudgetAdvisor::recompute);
    connect(m_quant, &QComboBox::currentIndexChanged, this, &BudgetAdvisor::recompute);
    connect(m_singleBox, &QCheckBox::toggled, this, &BudgetAdvisor::recompute);
    connect(useA, &QPushButton::clicked, this, [this] { emitUse(0); });
    connect(useB, &QPushButton::clicked, this, [this] { emitUse(1); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { emitUse(0); });
    recompute();
}

Costs::AdvisorInputs BudgetAdvisor::inputs() const
{
    Costs::AdvisorInputs in;
    in.budgetLowUsd = m_low->value();
    in.budgetHighUsd = m_high->value();
    in.minTokS = m_minSpeed->value();
    in.contextTokens = m_context->value();
    in.singleBoxOnly = m_singleBox->isChecked();
    in.scenario.quant = *Quantization::parse(m_quant->currentData().toString());
    in.scenario.contextTokens = in.contextTokens;
    return in;
}

void BudgetAdvisor::setInputs(const Costs::AdvisorInputs &in)
{
    m_low->setValue(in.budgetLowUsd);
    m_high->setValue(in.budgetHighUsd);
    m_minSpeed->setValue(in.minTokS);
    m_context->setValue(int(in.contextTokens));
    m_singleBox->setChecked(in.singleBoxOnly);
    m_quant->setCurrentIndex(std::max(0, m_quant->findData(in.scenario.quant.name)));
    recompute();
}

void BudgetAdvisor::recompute()
{
    const Costs::AdvisorInputs in = inputs();
    if (in.budgetHighUsd < in.budgetLowUsd) {
        m_model->setAdvice(&m_catalog, {});
        m_summary->setText(tr("The budget's upper end is below its lower end."));
        return;
    }
    m_model->setAdvice(&m_catalog, Costs::advise(m_catalog, in));
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("Nothing in the catalog fits this budget, speed and context. Try a longer budget "
                                "range, a lower speed floor or a shorter context.")
                           : tr("%n pair(s) fit, best first. Boxes without a known price are left out.", nullptr,
                                m_model->rowCount()));
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void BudgetAdvisor::emitUse(int side)
{
    const Costs::Advice *advice = m_model->adviceAt(m_table->currentIndex().row());
    if (!advice)
        return;
    Q_EMIT useAs(side, m_catalog.models.at(advice->modelIndex).id, m_catalog.hardware.at(advice->hardwareIndex).id,
                 inputs().scenario);
}

} // namespace Headroom
