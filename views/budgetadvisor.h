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
    [[nodiscard]] bool isBusy() const noexcept { return m_worker != nullptr; }

    // The most picks the table lists; the summary still counts every pair that runs.
    static constexpr qsizetype kMaxPicks = 1000;

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
    void stopWorker();
    void showRanking(const Costs::AdvisorInputs &in, const Costs::AdviceRun &run);
    void useAs(int side);

    Session *m_session;
    QDoubleSpinBox *m_low;
    QDoubleSpinBox *m_high;
    QDoubleSpinBox *m_minSpeed;
    TokenSpinBox *m_context;
    TokenSpinBox *m_prompt;
    ProblemLabel *m_problem;
    QComboBox *m_quant;
    QCheckBox *m_singleBox;
    QCheckBox *m_comfortableOnly;
    AdvisorModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QTimer *m_debounce;
    QProgressBar *m_busy;
    bool m_updating = false;
    bool m_stale = true;
    // The ranking runs on a snapshot of the catalog in a worker thread; a newer request cancels
    // it, and a result whose generation is not the latest is dropped.
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
};

} // namespace Headroom
