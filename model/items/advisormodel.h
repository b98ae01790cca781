// The budget advisor's ranked picks as an item model, each explained in one line.
#pragma once

#include "costs.h"

#include <QAbstractTableModel>

namespace Headroom {

// The budget advisor's ranked picks, one per row, each explained in one line.
class AdvisorModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvisorModel)

public:
    enum Column {
        RankColumn,
        ModelColumn,
        HardwareColumn,
        ScoreColumn,
        VerdictColumn,
        SpeedColumn,
        FirstTokenColumn,
        PriceColumn,
        WhyColumn,
        ColumnCount
    };

    explicit AdvisorModel(QObject *parent = nullptr);
    // `catalog` is the one the advice's indices point into: the model keeps it (implicitly shared,
    // so cheap), so an edit to the live catalog before the next ranking arrives cannot leave a row
    // pointing past its end.
    void setAdvice(const Catalog &catalog, const Costs::AdvisorInputs &inputs, QList<Costs::Advice> advice);
    [[nodiscard]] const Catalog &catalog() const noexcept { return m_catalog; }
    [[nodiscard]] const Costs::Advice *adviceAt(int row) const noexcept;
    [[nodiscard]] const Costs::AdvisorInputs &inputs() const noexcept { return m_inputs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString why(const Costs::Advice &advice) const;

    Catalog m_catalog;
    Costs::AdvisorInputs m_inputs;
    QList<Costs::Advice> m_advice;
};

} // namespace Headroom
