// The budget advisor page: a budget, a speed floor and a context give every pair that runs, ranked.
#pragma once

#include "costs.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QThread;
class QTableView;
class QTimer;

namespace Headroom {

class AdvisorModel;
class AdvisorRanking;
class ProblemLabel;
class Session;
class TokenSpinBox;

// The article's "how to choose by hardware budget", live: a budget range, a speed floor and a
// context give every box-and-model pair that runs, with its verdict, ranked and explained.
class BudgetAdvisor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetAdvisor)

public:
    explicit BudgetAdvisor(Session *session, QWidget *parent = nullptr);
    ~BudgetAdvisor() override;
    [[nodiscard]] const AdvisorModel *model() const { return m_model; }
    // True while a ranking is being computed (off the GUI thread).
    [[nodiscard]] bool isBusy() const noexcept;

Q_SIGNALS:
    // A pick went to compare side 0 (A) or 1 (B), with the advisor's whole scenario.
    void handedOver(int side);
    // A ranking finished and the table shows it.
    void ranked();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showInputs();
    void commit();
    void recompute();
    void scheduleRecompute();
    void showRanking(const Costs::AdvisorInputs &in, qsizetype passing);
    void useAs(int side);

    Session *m_session;
    QDoubleSpinBox *m_low;
    QDoubleSpinBox *m_high;
    QDoubleSpinBox *m_minSpeed;
    QDoubleSpinBox *m_answerWithin; // the compare view's floor: prefill and answer within so many seconds
    TokenSpinBox *m_context;
    TokenSpinBox *m_prompt;
    ProblemLabel *m_problem;
    QComboBox *m_quant;
    QCheckBox *m_singleBox;
    QCheckBox *m_comfortableOnly;
    QCheckBox *m_commercialOnly;
    AdvisorModel *m_model;
    AdvisorRanking *m_ranking;
    QTableView *m_table;
    QLabel *m_summary;
    QTimer *m_debounce;
    QProgressBar *m_busy;
    bool m_updating = false;
    bool m_stale = true;
};

} // namespace Headroom
