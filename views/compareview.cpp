// The compare page: two boxes side by side, the table, the charts and the sentence.
#include "compareview.h"

#include "bandwidthchart.h"
#include "catalogstore.h"
#include "comparemodel.h"
#include "costchart.h"
#include "estimategrid.h"
#include "fitdelegate.h"
#include "fitmatrixmodel.h"
#include "format.h"
#include "memorybar.h"
#include "optionsmodel.h"
#include "palette.h"
#include "problemlabel.h"
#include "roles.h"
#include "session.h"
#include "sideeditor.h"
#include "tokenspinbox.h"

#include <QCheckBox>
#include <QComboBox>
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
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Headroom {

namespace {
// Marks the better of the two values in a row: a tint and a ✓, so print and colour-blind eyes
// see it too. The verdict row is painted as a verdict.
class BetterDelegate final : public QStyledItemDelegate
{
public:
    explicit BetterDelegate(QObject *parent)
        : QStyledItemDelegate(parent)
        , m_verdict(VerdictRole, this)
    {}
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.data(VerdictRole).isValid()) {
            m_verdict.paint(painter, option, index);
            return;
        }
        if (!index.data(BetterRole).toBool()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        painter->save();
        painter->fillRect(option.rect, Palette::verdictTint(Verdict::Comfortable, option.palette));
        painter->restore();
        QStyleOptionViewItem better = option;
        initStyleOption(&better, index);
        better.text = QStringLiteral("✓ ") + better.text;
        better.features &= ~QStyleOptionViewItem::Alternate;
        better.backgroundBrush = Qt::NoBrush;
        if (const QWidget *w = option.widget)
            w->style()->drawControl(QStyle::CE_ItemViewItem, &better, painter, w);
    }

private:
    FitDelegate m_verdict;
};

QDoubleSpinBox *moneySpin(const QString &objectName, const Limits::Limit &limit, int decimals, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(limit.min, limit.max);
    spin->setDecimals(decimals);
    spin->setGroupSeparatorShown(true);
    return spin;
}
} // namespace

CompareView::CompareView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_context(new TokenSpinBox(Limits::kContext, this))
    , m_linked(new QCheckBox(tr("Same context for both"), this))
    , m_prompt(new TokenSpinBox(Limits::kPrompt, this))
    , m_batch(new QSpinBox(this))
    , m_electricity(moneySpin(QStringLiteral("electricitySpin"), Limits::kElectricity, 3, this))
    , m_tokensPerDay(moneySpin(QStringLiteral("tokensPerDaySpin"), Limits::kTokensPerDay, 0, this))
    , m_apiPrice(moneySpin(QStringLiteral("apiPriceSpin"), Limits::kApiUsdPerM, 2, this))
    , m_horizon(new QSpinBox(this))
    , m_inputPerOutput(moneySpin(QStringLiteral("inputPerOutputSpin"), Limits::kInputOutputRatio, 1, this))
    , m_cacheShare(moneySpin(QStringLiteral("cacheShareSpin"), Limits::kShare, 0, this))
    , m_answerWithin(moneySpin(QStringLiteral("answerWithinSpin"), Limits::kAnswerWithin, 0, this))
    , m_speedFloor(moneySpin(QStringLiteral("speedFloorSpin"), Limits::kSpeedFloor, 1, this))
    , m_rentalPattern(new QComboBox(this))
    , m_hostPrice(moneySpin(QStringLiteral("hostPriceSpin"), Limits::kHostUsd, 0, this))
    , m_recommendation(new QLabel(this))
    , m_model(new CompareModel(session, this))
    , m_table(new QTableView(this))
    , m_options(new QTableView(this))
    , m_chartGrid(new EstimateGrid(&session->store(), this))
    , m_chartMatrix(new FitMatrixModel(m_chartGrid, this))
    , m_chart(new BandwidthChart(this))
    , m_costChart(new CostChart(this))
{
    setObjectName(QStringLiteral("compareView"));
    m_sides[0] = new SideEditor(0, session, this);
    m_sides[1] = new SideEditor(1, session, this);
    m_context->setObjectName(QStringLiteral("compareContextSpin"));
    m_linked->setObjectName(QStringLiteral("linkContextCheck"));
    m_prompt->setObjectName(QStringLiteral("comparePromptSpin"));
    m_prompt->setToolTip(tr("Tokens read before answering (a file, a diff): fills the prefill-time row where the "
                            "box's compute is known"));
    m_batch->setObjectName(QStringLiteral("compareBatchSpin"));
    m_batch->setRange(int(Limits::kBatch.min), int(Limits::kBatch.max));
    m_batch->setToolTip(tr("Sequences served at once: more of them raise the tokens a box makes per day "
                           "(and its KV cache), which decides whether it can replace the API"));
    m_electricity->setSingleStep(0.01);
    m_electricity->setPrefix(QStringLiteral("$"));
    m_electricity->setSuffix(tr(" per kWh"));
    m_tokensPerDay->setSingleStep(100000);
    m_tokensPerDay->setSuffix(tr(" tokens/day"));
    m_apiPrice->setPrefix(QStringLiteral("$"));
    m_apiPrice->setSuffix(tr(" per M tokens"));
    // One step below zero reads "each model's own API prices": zero stays a known free API.
    m_apiPrice->setMinimum(-0.01);
    m_apiPrice->setSpecialValueText(tr("each model's own API prices"));
    m_apiPrice->setToolTip(tr("An all-in price per million output tokens; below zero, each model's own API offer in "
                              "the catalog (input, cached input and output prices, with the workload's %1 input tokens "
                              "per output token, %2 cached)")
                               .arg(Costs::kDefaultInputPerOutput)
                               .arg(Format::percent(Costs::kDefaultCacheHitShare * 100)));
    m_horizon->setObjectName(QStringLiteral("horizonSpin"));
    m_horizon->setRange(int(Limits::kHorizonMonths.min), int(Limits::kHorizonMonths.max));
    m_horizon->setSuffix(tr(" months"));
    m_horizon->setToolTip(tr("The cost of ownership covers this long: purchase, and electricity at the workload"));
    m_inputPerOutput->setSuffix(tr(" input per output token"));
    m_inputPerOutput->setToolTip(tr("A coding agent reads far more than it writes: each answer brings the files, the "
                                    "diff and the conversation again. Prefill and API input prices follow from it."));
    // Shown in percent, stored as a share.
    m_cacheShare->setRange(Limits::kShare.min * 100, Limits::kShare.max * 100);
    m_cacheShare->setSuffix(tr("% cached"));
    m_cacheShare->setToolTip(tr("Input seen before (the same context again): APIs bill it at the cached-input price "
                                "and a box does not prefill it again"));
    m_answerWithin->setSuffix(tr(" s for an answer"));
    m_answerWithin->setToolTip(tr("The floor a box must meet: the prompt's prefill plus the answer (each side's answer "
                                  "tokens) within this many seconds. Default %1 s.")
                                   .arg(Costs::kDefaultAnswerWithinSeconds));
    m_speedFloor->setSuffix(tr(" tok/s decode at least"));
    m_speedFloor->setSpecialValueText(tr("no decode floor"));
    m_speedFloor->setToolTip(tr("An extra floor on decode speed alone, on top of the answer time; at zero, none"));
    m_rentalPattern->setObjectName(QStringLiteral("rentalPatternCombo"));
    m_rentalPattern->addItem(tr("Rent on demand"), int(Costs::RentalPattern::OnDemand));
    m_rentalPattern->addItem(tr("Rent reserved"), int(Costs::RentalPattern::Reserved));
    m_rentalPattern->setToolTip(tr("How a rented box is billed: on demand for the hours the workload needs, rounded "
                                   "up to whole hours a day (at least one); reserved around the clock"));
    m_hostPrice->setPrefix(QStringLiteral("$"));
    // One step below zero reads "each box's own host": zero stays a host that costs nothing.
    m_hostPrice->setMinimum(-1);
    m_hostPrice->setSingleStep(100);
    m_hostPrice->setSpecialValueText(tr("catalog host per card"));
    m_hostPrice->setToolTip(tr("A bare card needs a computer around it; its price counts in the cost of ownership. Set "
                               "a price to replace the catalog's host price for both sides."));
    // Long suffixes (German) must not widen the window past the screen: the fields may shrink.
    for (QDoubleSpinBox *spin : {m_inputPerOutput, m_cacheShare, m_answerWithin, m_speedFloor, m_hostPrice})
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    m_recommendation->setObjectName(QStringLiteral("recommendationLabel"));
    m_problem = new ProblemLabel(QStringLiteral("compareProblem"), this);
    m_recommendation->setWordWrap(true);
    m_recommendation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont recommendationFont = m_recommendation->font();
    recommendationFont.setBold(true);
    m_recommendation->setFont(recommendationFont);

    auto *swapButton = new QPushButton(tr("&Swap A ↔ B"), this);
    swapButton->setObjectName(QStringLiteral("swapButton"));
    auto *cheapestA = new QPushButton(tr("Cheapest box for &A"), this);
    cheapestA->setObjectName(QStringLiteral("cheapestAButton"));
    cheapestA->setToolTip(tr(
        "The lowest-priced box (host included), other than B's, that runs A's model comfortably at the speed floor or faster"));
    auto *cheapestB = new QPushButton(tr("Cheapest box for &B"), this);
    cheapestB->setObjectName(QStringLiteral("cheapestBButton"));
    cheapestB->setToolTip(tr(
        "The lowest-priced box (host included), other than A's, that runs B's model comfortably at the speed floor or faster"));

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
    auto *powerRow = new QHBoxLayout;
    powerRow->addWidget(m_electricity, 1);
    powerRow->addWidget(m_hostPrice, 1);
    shared->addRow(tr("Electricity, host:"), powerRow);
    auto *workloadRow = new QHBoxLayout;
    workloadRow->addWidget(m_tokensPerDay, 1);
    auto *horizonLabel = new QLabel(tr("&over"), this);
    horizonLabel->setBuddy(m_horizon);
    workloadRow->addWidget(horizonLabel);
    workloadRow->addWidget(m_horizon);
    shared->addRow(tr("Workload:"), workloadRow);
    auto *trafficRow = new QHBoxLayout;
    trafficRow->addWidget(m_inputPerOutput, 2);
    trafficRow->addWidget(m_cacheShare, 1);
    shared->addRow(tr("Agent traffic:"), trafficRow);
    auto *floorRow = new QHBoxLayout;
    floorRow->addWidget(m_answerWithin, 1);
    floorRow->addWidget(m_speedFloor, 1);
    shared->addRow(tr("Floor:"), floorRow);

    m_commercial = new QCheckBox(tr("Co&mmercial use"), this);
    m_commercial->setObjectName(QStringLiteral("compareCommercialCheck"));
    m_commercial->setToolTip(tr("The tokens are for a business: buying or renting a box for a model whose weights' "
                                "licence says no, or sets conditions, does not qualify (its API may)"));
    auto *elsewhereRow = new QHBoxLayout;
    elsewhereRow->addWidget(m_apiPrice, 1);
    elsewhereRow->addWidget(m_rentalPattern, 1);
    shared->addRow(tr("API, renting:"), elsewhereRow);
    shared->addRow(QString(), m_commercial);
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
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CompareModel::RelativeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_table->horizontalHeader()->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 2 + 10);
    // Fixed row heights: rows sized to contents before the first layout came out very tall.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    // Every way to get the tokens, one row each, under the sentence that chose among them.
    m_options->setObjectName(QStringLiteral("compareOptionsTable"));
    m_options->setModel(new OptionsModel(m_model, this));
    m_options->setItemDelegate(new BetterDelegate(m_options));
    m_options->setWordWrap(false);
    m_options->setSelectionMode(QAbstractItemView::NoSelection);
    m_options->verticalHeader()->hide();
    m_options->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_options->verticalHeader()->setDefaultSectionSize(m_options->fontMetrics().height() + 8);
    m_options->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_options->horizontalHeader()->setSectionResizeMode(OptionsModel::OptionColumn, QHeaderView::Stretch);
    m_options->setTextElideMode(Qt::ElideMiddle); // a long box name keeps its start and its size
    m_options->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_options->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    auto *barsBox = new QWidget(this);
    auto *barsLayout = new QVBoxLayout(barsBox);
    // The splitter's handle already separates the columns; every pixel here is the chart's.
    barsLayout->setContentsMargins(4, 0, 0, 0);
    for (int i = 0; i < 2; ++i) {
        m_barLabels[i] = new QLabel(this);
        m_barLabels[i]->setWordWrap(true);
        m_bars[i] = new MemoryBar(this);
        m_bars[i]->setObjectName(i == 0 ? QStringLiteral("aMemoryBar") : QStringLiteral("bMemoryBar"));
        barsLayout->addWidget(m_barLabels[i]);
        barsLayout->addWidget(m_bars[i]);
    }
    m_chart->setObjectName(QStringLiteral("compareBandwidthChart"));
    m_chart->setSource(m_chartMatrix);
    m_costChart->setObjectName(QStringLiteral("compareCostChart"));
    m_costChart->setSource(m_model);
    auto *charts = new QTabWidget(this);
    charts->setObjectName(QStringLiteral("compareChartTabs"));
    charts->setDocumentMode(true);
    charts->addTab(m_chart, tr("Speed against bandwidth"));
    charts->addTab(m_costChart, tr("Cost over time"));
    barsLayout->addWidget(charts, 1);

    auto *tables = new QSplitter(Qt::Vertical, this);
    tables->setObjectName(QStringLiteral("compareTablesSplitter"));
    tables->addWidget(m_options);
    tables->addWidget(m_table);
    tables->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("compareSplitter"));
    splitter->addWidget(tables);
    splitter->addWidget(barsBox);
    // The table is where the numbers are: it gets the larger share.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 480});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_recommendation);
    layout->addWidget(splitter, 1);

    showShared();
    refreshFigures();
    for (QSpinBox *spin : {static_cast<QSpinBox *>(m_context), static_cast<QSpinBox *>(m_prompt), m_batch, m_horizon})
        connect(spin, &QSpinBox::valueChanged, this, &CompareView::commitShared);
    for (QDoubleSpinBox *spin : {m_electricity, m_tokensPerDay, m_apiPrice, m_inputPerOutput, m_cacheShare,
                                 m_answerWithin, m_speedFloor, m_hostPrice})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &CompareView::commitShared);
    connect(m_rentalPattern, &QComboBox::currentIndexChanged, this, &CompareView::commitShared);
    for (QCheckBox *check : {m_linked, m_commercial})
        connect(check, &QCheckBox::toggled, this, &CompareView::commitShared);
    for (TokenSpinBox *field : {m_context, m_prompt})
        connect(field, &TokenSpinBox::refused, m_problem, &ProblemLabel::say);
    for (SideEditor *side : m_sides)
        connect(side, &SideEditor::refused, m_problem, &ProblemLabel::say);
    connect(swapButton, &QPushButton::clicked, session, &Session::swapSides);
    connect(cheapestA, &QPushButton::clicked, this, [this] { findCheapest(0); });
    connect(cheapestB, &QPushButton::clicked, this, [this] { findCheapest(1); });
    connect(session, &Session::compareChanged, this, &CompareView::showShared);
    connect(m_model, &CompareModel::recomputed, this, &CompareView::refreshFigures);
}

void CompareView::showShared()
{
    const CompareState &c = m_session->compare();
    m_updating = true;
    m_context->setValue(int(c.sharedContext));
    m_context->setEnabled(c.linkedContext);
    m_linked->setChecked(c.linkedContext);
    m_prompt->setValue(int(c.promptTokens));
    m_batch->setValue(c.batch);
    m_electricity->setValue(c.assumptions.electricityUsdPerKwh);
    m_tokensPerDay->setValue(c.assumptions.tokensPerDay);
    m_apiPrice->setValue(c.assumptions.apiUsdPerMillionTokens.value_or(m_apiPrice->minimum()));
    m_horizon->setValue(c.assumptions.horizonMonths);
    m_inputPerOutput->setValue(c.assumptions.inputPerOutput);
    m_cacheShare->setValue(c.assumptions.cacheHitShare * 100);
    m_answerWithin->setValue(c.assumptions.answerWithinSeconds);
    m_speedFloor->setValue(c.assumptions.speedFloorTokS);
    m_rentalPattern->setCurrentIndex(m_rentalPattern->findData(int(c.assumptions.rentalPattern)));
    m_hostPrice->setValue(c.assumptions.hostUsd.value_or(m_hostPrice->minimum()));
    m_commercial->setChecked(c.assumptions.commercialUse);
    m_updating = false;
}

void CompareView::commitShared()
{
    if (m_updating)
        return;
    CompareState c = m_session->compare();
    const bool unlinking = c.linkedContext && !m_linked->isChecked();
    c.linkedContext = m_linked->isChecked();
    c.sharedContext = m_context->value();
    if (unlinking) {
        // Unlinked sides start from the context that was in force, never from a hidden value.
        for (CompareSide &side : c.sides)
            side.scenario.contextTokens = c.sharedContext;
    }
    c.promptTokens = m_prompt->value();
    c.batch = m_batch->value();
    c.assumptions.electricityUsdPerKwh = m_electricity->value();
    c.assumptions.tokensPerDay = m_tokensPerDay->value();
    c.assumptions.apiUsdPerMillionTokens =
        m_apiPrice->value() <= m_apiPrice->minimum() ? std::nullopt : std::optional<double>(m_apiPrice->value());
    c.assumptions.horizonMonths = m_horizon->value();
    c.assumptions.inputPerOutput = m_inputPerOutput->value();
    c.assumptions.cacheHitShare = m_cacheShare->value() / 100;
    c.assumptions.answerWithinSeconds = m_answerWithin->value();
    c.assumptions.speedFloorTokS = m_speedFloor->value();
    c.assumptions.rentalPattern = Costs::RentalPattern(m_rentalPattern->currentData().toInt());
    c.assumptions.commercialUse = m_commercial->isChecked();
    c.assumptions.hostUsd =
        m_hostPrice->value() <= m_hostPrice->minimum() ? std::nullopt : std::optional<double>(m_hostPrice->value());
    // Each side's context holds the shared prompt and its answer, or nothing is taken.
    for (int i = 0; i < 2; ++i) {
        const double context = c.contextFor(i);
        const double answer = c.sides[i].scenario.answerTokens;
        if (context < smallestContextTokens(c.promptTokens, answer)) {
            m_problem->say(ProblemLabel::contextTooShort(context, c.promptTokens, answer));
            showShared();
            return;
        }
    }
    m_problem->clear();
    m_session->setCompare(c);
}

void CompareView::refreshFigures()
{
    m_recommendation->setText(m_model->recommendation().text);
    for (int i = 0; i < 2; ++i) {
        const Costs::Side &side = m_model->side(i);
        m_bars[i]->setEstimate(m_model->costs(i).estimate);
        m_barLabels[i]->setText(
            tr("%1: %2 on %3")
                .arg(i == 0 ? QStringLiteral("A") : QStringLiteral("B"), side.model.name, side.hardware.name));
    }
    const CatalogStore &store = m_session->store();
    const CompareState &c = m_session->compare();
    m_chartGrid->setScenario(c.scenarioFor(0));
    m_chart->plotModel(store.modelRow(c.sides[0].modelId),
                       {store.hardwareRow(c.sides[0].hardwareId), store.hardwareRow(c.sides[1].hardwareId)});
}

bool CompareView::findCheapest(int index)
{
    const CompareState &c = m_session->compare();
    const Costs::Side &s = m_model->side(index);
    const double floor = Costs::decodeFloorTokS(c.assumptions, m_model->side(index).scenario.answerTokens);
    const auto found = m_model->cheapestBoxFor(index);
    if (!found) {
        Q_EMIT message(tr("No priced box other than the other side's runs %1 comfortably at %2 tokens and %3.")
                           .arg(s.model.name, Format::tokens(s.scenario.contextTokens), Format::rate(floor)));
        return false;
    }
    CompareSide side = c.sides[index];
    side.hardwareId = m_session->store().hardware(*found).id;
    side.scenario.gpus = 0;
    m_session->setCompareSide(index, side);
    Q_EMIT message(tr("Lowest purchase price (host included) among the boxes other than the other side's that run "
                      "%1 comfortably at %2 or faster: %3")
                       .arg(s.model.name, Format::rate(floor), m_session->store().hardware(*found).name));
    return true;
}

void CompareView::setDark(bool dark)
{
    m_chart->setDark(dark);
    m_costChart->setDark(dark);
}

} // namespace Headroom
