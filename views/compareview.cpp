#include "compareview.h"

#include "bandwidthchart.h"
#include "comparemodel.h"
#include "format.h"
#include "memorybar.h"
#include "sideeditor.h"
#include "verdictstyle.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Headroom {

namespace {
// Tints the better of the two values in a row.
class BetterDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.data(CompareModel::BetterRole).toBool())
            painter->fillRect(option.rect, verdictTint(Verdict::Comfortable, option.palette));
        QStyledItemDelegate::paint(painter, option, index);
    }
};
} // namespace

CompareView::CompareView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_context(new QSpinBox(this))
    , m_linked(new QCheckBox(tr("Same context for both"), this))
    , m_prompt(new QSpinBox(this))
    , m_batch(new QSpinBox(this))
    , m_electricity(new QDoubleSpinBox(this))
    , m_tokensPerDay(new QDoubleSpinBox(this))
    , m_apiPrice(new QDoubleSpinBox(this))
    , m_model(new CompareModel(this))
    , m_table(new QTableView(this))
    , m_chart(new BandwidthChart(this))
{
    setObjectName(QStringLiteral("compareView"));
    m_sides[0] = new SideEditor(tr("Box A"), QStringLiteral("a"), catalog, this);
    m_sides[1] = new SideEditor(tr("Box B"), QStringLiteral("b"), catalog, this);
    m_context->setObjectName(QStringLiteral("compareContextSpin"));
    m_context->setRange(1, int(Scenario::kMaxContextTokens));
    m_context->setValue(32768);
    m_context->setGroupSeparatorShown(true);
    m_context->setSuffix(tr(" tokens"));
    m_linked->setObjectName(QStringLiteral("linkContextCheck"));
    m_linked->setChecked(true);

    m_prompt->setObjectName(QStringLiteral("comparePromptSpin"));
    m_prompt->setRange(0, int(Scenario::kMaxContextTokens));
    m_prompt->setValue(4096);
    m_prompt->setGroupSeparatorShown(true);
    m_prompt->setSuffix(tr(" tokens"));
    m_prompt->setToolTip(tr("Tokens read before answering (a file, a diff): fills the prefill-time row where the "
                            "box's compute is known"));

    m_batch->setObjectName(QStringLiteral("compareBatchSpin"));
    m_batch->setRange(1, 256);
    m_batch->setToolTip(tr("Sequences served at once: more of them raise the tokens a box makes per day "
                           "(and its KV cache), which decides whether it can replace the API"));

    const Costs::Assumptions defaults;
    m_electricity->setObjectName(QStringLiteral("electricitySpin"));
    m_electricity->setRange(0, 10);
    m_electricity->setDecimals(3);
    m_electricity->setSingleStep(0.01);
    m_electricity->setPrefix(QStringLiteral("$"));
    m_electricity->setSuffix(tr(" per kWh"));
    m_electricity->setValue(defaults.electricityUsdPerKwh);
    m_tokensPerDay->setObjectName(QStringLiteral("tokensPerDaySpin"));
    m_tokensPerDay->setRange(0, 1e10);
    m_tokensPerDay->setDecimals(0);
    m_tokensPerDay->setSingleStep(100000);
    m_tokensPerDay->setGroupSeparatorShown(true);
    m_tokensPerDay->setSuffix(tr(" tokens/day"));
    m_tokensPerDay->setValue(defaults.tokensPerDay);
    m_apiPrice->setObjectName(QStringLiteral("apiPriceSpin"));
    m_apiPrice->setRange(0, 1000);
    m_apiPrice->setDecimals(2);
    m_apiPrice->setPrefix(QStringLiteral("$"));
    m_apiPrice->setSuffix(tr(" per M tokens"));
    m_apiPrice->setValue(defaults.apiUsdPerMillionTokens);
    m_apiPrice->setToolTip(tr("Default: DeepSeek V4-Pro API output price (catalog cloud row)"));

    auto *swapButton = new QPushButton(tr("&Swap A ↔ B"), this);
    swapButton->setObjectName(QStringLiteral("swapButton"));
    auto *cheapestA = new QPushButton(tr("Cheapest box for &A"), this);
    cheapestA->setObjectName(QStringLiteral("cheapestAButton"));
    cheapestA->setToolTip(tr("The lowest-priced box that runs A's model comfortably at this context"));
    auto *cheapestB = new QPushButton(tr("Cheapest box for &B"), this);
    cheapestB->setObjectName(QStringLiteral("cheapestBButton"));

    auto *shared = new QFormLayout;
    auto *contextRow = new QHBoxLayout;
    contextRow->addWidget(m_context, 1);
    contextRow->addWidget(m_linked);
    shared->addRow(tr("Context:"), contextRow);
    auto *promptRow = new QHBoxLayout;
    promptRow->addWidget(m_prompt, 1);
    auto *batchLabel = new QLabel(tr("Se&quences:"), this);
    batchLabel->setBuddy(m_batch);
    promptRow->addWidget(batchLabel);
    promptRow->addWidget(m_batch);
    shared->addRow(tr("Prompt:"), promptRow);
    shared->addRow(tr("Electricity:"), m_electricity);
    shared->addRow(tr("Workload:"), m_tokensPerDay);
    shared->addRow(tr("Cloud API:"), m_apiPrice);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(swapButton);
    buttons->addWidget(cheapestA);
    buttons->addWidget(cheapestB);
    buttons->addStretch(1);
    shared->addRow(buttons);

    auto *top = new QHBoxLayout;
    top->addWidget(m_sides[0]);
    top->addWidget(m_sides[1]);
    top->addLayout(shared, 1);

    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new BetterDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_table->horizontalHeader()->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 2 + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    auto *barsBox = new QWidget(this);
    auto *barsLayout = new QVBoxLayout(barsBox);
    for (int i = 0; i < 2; ++i) {
        m_barLabels[i] = new QLabel(this);
        m_bars[i] = new MemoryBar(this);
        m_bars[i]->setObjectName(i == 0 ? QStringLiteral("aMemoryBar") : QStringLiteral("bMemoryBar"));
        barsLayout->addWidget(m_barLabels[i]);
        barsLayout->addWidget(m_bars[i]);
    }
    barsLayout->addWidget(m_chart, 1);
    m_chart->setObjectName(QStringLiteral("compareBandwidthChart"));
    m_chart->setCatalog(&catalog);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(barsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    for (SideEditor *side : m_sides)
        connect(side, &SideEditor::changed, this, &CompareView::recompute);
    for (QSpinBox *spin : {m_context, m_prompt, m_batch})
        connect(spin, &QSpinBox::valueChanged, this, &CompareView::recompute);
    connect(m_linked, &QCheckBox::toggled, this, [this](bool linked) {
        for (SideEditor *side : m_sides)
            side->setContextEditable(!linked);
        recompute();
    });
    for (QDoubleSpinBox *spin : {m_electricity, m_tokensPerDay, m_apiPrice})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &CompareView::recompute);
    connect(swapButton, &QPushButton::clicked, this, &CompareView::swap);
    connect(cheapestA, &QPushButton::clicked, this, [this] { findCheapest(0); });
    connect(cheapestB, &QPushButton::clicked, this, [this] { findCheapest(1); });

    Scenario s;
    m_sides[0]->setSide(QStringLiteral("devstral-2"), QStringLiteral("rtx-pro-6000"), s);
    m_sides[1]->setSide(QStringLiteral("devstral-2"), QStringLiteral("dgx-spark"), s);
}

Costs::Side CompareView::side(int index) const
{
    Costs::Side s = m_sides[index]->side(m_context->value(), m_linked->isChecked());
    s.scenario.promptTokens = std::min<double>(m_prompt->value(), s.scenario.contextTokens);
    s.scenario.batch = m_batch->value();
    return s;
}

Costs::Assumptions CompareView::assumptions() const
{
    Costs::Assumptions a;
    a.electricityUsdPerKwh = m_electricity->value();
    a.tokensPerDay = m_tokensPerDay->value();
    a.apiUsdPerMillionTokens = m_apiPrice->value();
    return a;
}

void CompareView::setSide(int index, const QString &modelId, const QString &hardwareId, const Scenario &scenario)
{
    m_sides[index]->setSide(modelId, hardwareId, scenario);
}

void CompareView::swap()
{
    const Costs::Side a = side(0);
    const Costs::Side b = side(1);
    m_sides[0]->setSide(b.model.id, b.hardware.id, b.scenario);
    m_sides[1]->setSide(a.model.id, a.hardware.id, a.scenario);
}

bool CompareView::findCheapest(int index)
{
    const Costs::Side s = side(index);
    const auto found = Costs::cheapestComfortable(m_catalog, s.model, s.scenario);
    if (!found) {
        Q_EMIT message(tr("No priced box in the catalog runs %1 comfortably at %2 tokens.")
                           .arg(s.model.name, Format::tokens(s.scenario.contextTokens)));
        return false;
    }
    m_sides[index]->setHardware(m_catalog.hardware.at(*found).id);
    Q_EMIT message(tr("Cheapest comfortable box for %1: %2").arg(s.model.name, m_catalog.hardware.at(*found).name));
    return true;
}

void CompareView::recompute()
{
    const Costs::Assumptions a = assumptions();
    Costs::Side sides[2] = {side(0), side(1)};
    Costs::SideCosts costs[2];
    for (int i = 0; i < 2; ++i) {
        costs[i] = Costs::evaluate(sides[i], m_catalog.calibrationFor(sides[i].hardware.backend), a);
        m_bars[i]->setEstimate(costs[i].estimate);
        m_barLabels[i]->setText(
            tr("%1: %2 on %3")
                .arg(i == 0 ? QStringLiteral("A") : QStringLiteral("B"), sides[i].model.name, sides[i].hardware.name));
    }
    m_model->setSides(sides[0], costs[0], sides[1], costs[1]);
    m_chart->update(sides[0].model, sides[0].scenario, {sides[0].hardware.id, sides[1].hardware.id});
}

} // namespace Headroom
