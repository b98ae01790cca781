#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableView;
class QTimer;

namespace Headroom {

class AdvisorModel;
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
    [[nodiscard]] const AdvisorModel *model() const { return m_model; }

Q_SIGNALS:
    // A pick went to compare side 0 (A) or 1 (B), with the advisor's whole scenario.
    void handedOver(int side);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showInputs();
    void commit();
    void recompute();
    void scheduleRecompute();
    void useAs(int side);

    Session *m_session;
    QDoubleSpinBox *m_low;
    QDoubleSpinBox *m_high;
    QDoubleSpinBox *m_minSpeed;
    TokenSpinBox *m_context;
    QComboBox *m_quant;
    QCheckBox *m_singleBox;
    QCheckBox *m_comfortableOnly;
    AdvisorModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QTimer *m_debounce;
    bool m_updating = false;
    bool m_stale = true;
};

} // namespace Headroom
