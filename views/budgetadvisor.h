#pragma once

#include "costs.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace Headroom {

class AdvisorModel;

// The article's "how to choose by hardware budget", live: a budget range, a speed floor and
// a context give every box-and-model pair that fits, ranked and explained in one line.
class BudgetAdvisor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetAdvisor)

public:
    explicit BudgetAdvisor(const Catalog &catalog, QWidget *parent = nullptr);
    [[nodiscard]] const AdvisorModel *model() const { return m_model; }
    void setInputs(const Costs::AdvisorInputs &inputs);

Q_SIGNALS:
    // The user picked a row for box A (side 0) or B (side 1).
    void useAs(int side, const QString &modelId, const QString &hardwareId, const Scenario &scenario);

public:
    // Recomputes from the catalog (after the user changed a box's usable memory).
    void recompute();

private:
    void emitUse(int side);
    [[nodiscard]] Costs::AdvisorInputs inputs() const;

    const Catalog &m_catalog;
    QDoubleSpinBox *m_low;
    QDoubleSpinBox *m_high;
    QDoubleSpinBox *m_minSpeed;
    QSpinBox *m_context;
    QComboBox *m_quant;
    QCheckBox *m_singleBox;
    AdvisorModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace Headroom
