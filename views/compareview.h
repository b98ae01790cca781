#pragma once

#include "costs.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace Headroom {

class BandwidthChart;
class CompareModel;
class MemoryBar;
class SideEditor;

// "Should we buy A or B?": two boxes side by side with what each really delivers and costs,
// the better value in each row highlighted, and both on one bandwidth chart.
class CompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    explicit CompareView(const Catalog &catalog, QWidget *parent = nullptr);

    void setSide(int side, const QString &modelId, const QString &hardwareId, const Scenario &scenario);
    void swap();
    // Puts the cheapest box that runs this side's model comfortably into the side; false if none.
    bool findCheapest(int side);
    [[nodiscard]] Costs::Side side(int index) const;
    [[nodiscard]] Costs::Assumptions assumptions() const;
    [[nodiscard]] const CompareModel *model() const { return m_model; }

Q_SIGNALS:
    void message(const QString &text);

public:
    // Recomputes from the catalog (after the user changed a box's usable memory).
    void recompute();

private:
    const Catalog &m_catalog;
    SideEditor *m_sides[2];
    QSpinBox *m_context;
    QCheckBox *m_linked;
    QSpinBox *m_prompt;
    QSpinBox *m_batch;
    QDoubleSpinBox *m_electricity;
    QDoubleSpinBox *m_tokensPerDay;
    QDoubleSpinBox *m_apiPrice;
    CompareModel *m_model;
    QTableView *m_table;
    MemoryBar *m_bars[2];
    QLabel *m_barLabels[2];
    BandwidthChart *m_chart;
};

} // namespace Headroom
