// The budget advisor page: a budget, a speed floor and a context give every pair that runs, ranked.
#include "budgetadvisor.h"

#include "advisormodel.h"
#include "advisorranking.h"
#include "catalogstore.h"
#include "fitdelegate.h"
#include "problemlabel.h"
#include "roles.h"
#include "session.h"
#include "tableutil.h"
#include "tokenspinbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Headroom {

BudgetAdvisor::BudgetAdvisor(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_low(new QDoubleSpinBox(this))
    , m_high(new QDoubleSpinBox(this))
    , m_minSpeed(new QDoubleSpinBox(this))
    , m_answerWithin(new QDoubleSpinBox(this))
    , m_context(new TokenSpinBox(Limits::kContext, this))
    , m_prompt(new TokenSpinBox(Limits::kPrompt, this))
    , m_problem(new ProblemLabel(QStringLiteral("advisorProblem"), this))
    , m_quant(new QComboBox(this))
    , m_singleBox(new QCheckBox(tr("Single box only"), this))
    , m_comfortableOnly(new QCheckBox(tr("Comfortable only"), this))
    , m_commercialOnly(new QCheckBox(tr("Commercial use allowed"), this))
    , m_model(new AdvisorModel(this))
    , m_ranking(new AdvisorRanking(session, m_model, this))
    , m_table(makeTable(QStringLiteral("advisorTable"), this))
    , m_summary(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("budgetAdvisor"));
    m_low->setObjectName(QStringLiteral("budgetLowSpin"));
    m_high->setObjectName(QStringLiteral("budgetHighSpin"));
    for (QDoubleSpinBox *spin : {m_low, m_high}) {
        spin->setRange(Limits::kBudgetUsd.min, Limits::kBudgetUsd.max);
        spin->setDecimals(0);
        spin->setSingleStep(500);
        spin->setPrefix(QStringLiteral("$"));
        spin->setGroupSeparatorShown(true);
    }
    m_minSpeed->setObjectName(QStringLiteral("minSpeedSpin"));
    m_minSpeed->setRange(Limits::kSpeedFloor.min, 10000);
    m_minSpeed->setDecimals(1);
    m_minSpeed->setSuffix(tr(" tok/s"));
    m_minSpeed->setToolTip(tr("Default 8.3 tok/s: a 500-token answer within 60 seconds"));
    m_answerWithin->setObjectName(QStringLiteral("advisorAnswerWithinSpin"));
    m_answerWithin->setRange(Limits::kAnswerWithin.min, Limits::kAnswerWithin.max);
    m_answerWithin->setDecimals(0);
    m_answerWithin->setSuffix(tr(" s")); // the label before it says "answer within"
    m_answerWithin->setToolTip(tr("The floor the compare view holds a box to: the prompt's prefill plus the answer "
                                  "within this many seconds. A box whose prompt speed is unknown cannot show it, and "
                                  "is left out."));
    m_context->setObjectName(QStringLiteral("advisorContextSpin"));
    m_prompt->setObjectName(QStringLiteral("advisorPromptSpin"));
    m_prompt->setToolTip(tr("Prompt tokens before the answer: sets the time to first token column"));
    m_quant->setObjectName(QStringLiteral("advisorQuantCombo"));
    m_quant->addItem(tr("As released"), QString());
    for (const QuantFormat &q : Quantization::namedFormats())
        m_quant->addItem(q.name, q.name);
    m_singleBox->setObjectName(QStringLiteral("advisorSingleBoxCheck"));
    m_singleBox->setToolTip(tr("Leave out boxes joined over a network (2× DGX Spark); a multi-GPU node is one box"));
    m_comfortableOnly->setObjectName(QStringLiteral("advisorComfortableCheck"));
    m_commercialOnly->setObjectName(QStringLiteral("advisorCommercialCheck"));
    m_commercialOnly->setToolTip(tr("Leave out models whose weights' licence does not allow commercial use "
                                    "without conditions"));
    m_comfortableOnly->setToolTip(tr("Leave out pairs that fit only tightly (less than the comfortable margin free)"));

    m_table->setModel(m_model);
    m_table->setSortingEnabled(false); // the rank is the order
    m_table->setItemDelegateForColumn(AdvisorModel::VerdictColumn, new FitDelegate(VerdictRole, m_table));
    m_summary->setObjectName(QStringLiteral("advisorSummary"));
    m_summary->setWordWrap(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(60);

    auto *useA = new QPushButton(tr("Use as box &A"), this);
    useA->setObjectName(QStringLiteral("useAsAButton"));
    auto *useB = new QPushButton(tr("Use as box &B"), this);
    useB->setObjectName(QStringLiteral("useAsBButton"));
    for (QPushButton *button : {useA, useB})
        button->setToolTip(tr("Compare this pick with its context, weights and KV cache"));

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
    add(tr("prompt"), m_prompt);
    add(tr("weights"), m_quant);
    inputs->addStretch(1);
    // The filters on a row of their own: in one row with the fields they set the window's
    // narrowest width past a 1366-pixel laptop screen (1,507 px in English).
    auto *filters = new QHBoxLayout;
    auto *floorLabel = new QLabel(tr("answer within"), this);
    floorLabel->setBuddy(m_answerWithin);
    filters->addWidget(floorLabel);
    filters->addWidget(m_answerWithin);
    filters->addWidget(m_singleBox);
    filters->addWidget(m_comfortableOnly);
    filters->addWidget(m_commercialOnly);
    filters->addStretch(1);
    m_busy->setObjectName(QStringLiteral("advisorBusy"));
    m_busy->setRange(0, 0); // busy: the ranking's length is not known in advance
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_busy);
    actions->addWidget(m_summary, 1);
    actions->addWidget(useA);
    actions->addWidget(useB);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addLayout(filters);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    showInputs();
    for (QDoubleSpinBox *spin : {m_low, m_high, m_minSpeed, m_answerWithin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &BudgetAdvisor::commit);
    for (TokenSpinBox *field : {m_context, m_prompt})
        connect(field, &TokenSpinBox::refused, m_problem, &ProblemLabel::say);
    for (QSpinBox *spin : {static_cast<QSpinBox *>(m_context), static_cast<QSpinBox *>(m_prompt)})
        connect(spin, &QSpinBox::valueChanged, this, &BudgetAdvisor::commit);
    connect(m_quant, &QComboBox::currentIndexChanged, this, &BudgetAdvisor::commit);
    connect(m_singleBox, &QCheckBox::toggled, this, &BudgetAdvisor::commit);
    connect(m_comfortableOnly, &QCheckBox::toggled, this, &BudgetAdvisor::commit);
    connect(m_commercialOnly, &QCheckBox::toggled, this, &BudgetAdvisor::commit);
    connect(useA, &QPushButton::clicked, this, [this] { useAs(0); });
    connect(useB, &QPushButton::clicked, this, [this] { useAs(1); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { useAs(0); });
    connect(session, &Session::advisorChanged, this, [this] {
        showInputs();
        scheduleRecompute();
    });
    connect(m_debounce, &QTimer::timeout, this, &BudgetAdvisor::recompute);
    connect(m_ranking, &AdvisorRanking::startedRanking, this, [this](qsizetype pairs) {
        m_summary->setText(tr("Ranking %1 pairs…").arg(QLocale().toString(pairs)));
        m_busy->show();
    });
    connect(m_ranking, &AdvisorRanking::ranked, this, &BudgetAdvisor::showRanking);
    connect(m_ranking, &AdvisorRanking::refused, this, [this](const QString &reason) {
        m_busy->hide();
        m_summary->setText(reason);
    });
}

void BudgetAdvisor::showInputs()
{
    const Costs::AdvisorInputs &in = m_session->advisor();
    m_updating = true;
    m_low->setValue(in.budgetLowUsd);
    m_high->setValue(in.budgetHighUsd);
    m_minSpeed->setValue(in.minTokS);
    m_answerWithin->setValue(in.answerWithinSeconds);
    m_context->setValue(int(in.scenario.contextTokens));
    m_prompt->setValue(int(in.scenario.promptTokens));
    m_quant->setCurrentIndex(std::max(0, m_quant->findData(in.scenario.quant ? in.scenario.quant->name : QString())));
    m_singleBox->setChecked(in.singleBoxOnly);
    m_comfortableOnly->setChecked(in.comfortableOnly);
    m_commercialOnly->setChecked(in.commercialOnly);
    m_updating = false;
}

void BudgetAdvisor::commit()
{
    if (m_updating)
        return;
    Costs::AdvisorInputs in = m_session->advisor();
    in.budgetLowUsd = m_low->value();
    in.budgetHighUsd = m_high->value();
    in.minTokS = m_minSpeed->value();
    in.answerWithinSeconds = m_answerWithin->value();
    in.scenario.contextTokens = m_context->value();
    in.scenario.promptTokens = m_prompt->value();
    in.scenario.quant = Quantization::parse(m_quant->currentData().toString());
    in.singleBoxOnly = m_singleBox->isChecked();
    in.comfortableOnly = m_comfortableOnly->isChecked();
    in.commercialOnly = m_commercialOnly->isChecked();
    if (!contextHoldsPromptAndAnswer(in.scenario)) {
        m_problem->say(ProblemLabel::contextTooShort(in.scenario.contextTokens, in.scenario.promptTokens,
                                                     in.scenario.answerTokens));
        showInputs();
        return;
    }
    m_problem->clear();
    m_session->setAdvisor(in);
}

void BudgetAdvisor::scheduleRecompute()
{
    // Every pair of the catalog is a lot of work for a page nobody looks at: only when shown.
    m_stale = true;
    m_ranking->invalidate(); // whatever is being ranked now is for the old inputs
    if (isVisible())
        m_debounce->start();
}

void BudgetAdvisor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        recompute();
}

BudgetAdvisor::~BudgetAdvisor() = default;

bool BudgetAdvisor::isBusy() const noexcept
{
    return m_ranking->running();
}

void BudgetAdvisor::recompute()
{
    m_stale = false;
    m_ranking->start();
}

void BudgetAdvisor::showRanking(const Costs::AdvisorInputs &in, qsizetype passing)
{
    m_busy->hide();
    fitColumnsToHeaderAndSample(m_table);
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("Nothing in the catalog runs within this budget, speed, answer time and context%1. "
                              "Try a wider budget, a lower floor or a shorter context.")
                               .arg(in.comfortableOnly ? tr(" comfortably") : QString()));
    else if (passing > m_model->rowCount())
        m_summary->setText(tr("%1 pairs run; the best %2 are listed, best first. Boxes without a known price are "
                              "left out.")
                               .arg(QLocale().toString(passing), QLocale().toString(m_model->rowCount())));
    else
        m_summary->setText(
            tr("%n pair(s) run, best first. Boxes without a known price are left out.", nullptr, m_model->rowCount()));
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    Q_EMIT ranked();
}

void BudgetAdvisor::useAs(int side)
{
    const Costs::Advice *advice = m_model->adviceAt(m_table->currentIndex().row());
    if (!advice)
        return;
    // The pick's ids from the catalog it was ranked in; one removed since is not handed over.
    const Catalog &ranked = m_model->catalog();
    const QString modelId = ranked.models.at(advice->modelIndex).id;
    const QString hardwareId = ranked.hardware.at(advice->hardwareIndex).id;
    const Catalog &now = m_session->store().catalog();
    if (!now.findModel(modelId) || !now.findHardware(hardwareId))
        return;
    m_session->handOver(side, modelId, hardwareId, m_model->inputs().scenario);
    Q_EMIT handedOver(side);
}

} // namespace Headroom
