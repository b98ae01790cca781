// Two boxes side by side as an item model: one row per figure, A, B and B against A.
#pragma once

#include "costs.h"
#include "recommendation.h"

#include <QAbstractTableModel>

namespace Headroom {

class Session;

// Two boxes side by side: one row per figure, columns A, B and B relative to A. It computes
// each side once per change of the session's compare state and every view of the comparison
// (table, memory bars, chart, report) reads these results.
class CompareModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareModel)

public:
    enum Row {
        ModelRow,
        UsableRow,
        BandwidthRow,
        MsrpRow,
        StreetRow,
        HostRow,
        PowerRow,
        WeightsRow,
        KvRow,
        HeadroomRow,
        VerdictRow,
        MaxContextRow,
        DecodeRow,
        DecodeRangeRow,
        PrefillRow,
        AnswerRow, // the prompt's prefill plus the answer: what the floor reads
        UsdPerTokSRow,
        UsdPerMemoryRow,
        EnergyRow,
        CapacityRow,
        TcoRow,
        ApiTcoRow,
        RentRow,
        BreakevenRow,
        RowCount
    };
    enum Column { AColumn, BColumn, RelativeColumn, ColumnCount };

    // Follows `session`'s compare state (the window).
    explicit CompareModel(const Session *session, QObject *parent = nullptr);
    // Fixed sides (the report and headless exports).
    CompareModel(const Costs::Side &a, const Costs::Side &b, const Costs::Assumptions &assumptions,
                 const Catalog &catalog, QObject *parent = nullptr);

    [[nodiscard]] const Costs::Side &side(int index) const { return m_sides[index]; }
    [[nodiscard]] const Costs::SideCosts &costs(int index) const { return m_costs[index]; }
    [[nodiscard]] const Costs::Assumptions &assumptions() const noexcept { return m_assumptions; }
    // What side `index` has cost after `months` if bought (or rented, for a box that is only
    // rented), and what the API would have charged for the same tokens: the cost chart's lines.
    [[nodiscard]] std::optional<double> ownedCostAfter(int index, double months) const;
    [[nodiscard]] std::optional<double> apiCostAfter(int index, double months) const;
    // The lowest-priced box (host included), other than the other side's, that runs side
    // `index`'s model comfortably at the speed floor or faster: its catalog row, or nullopt.
    // Needs the session (the window's compare view).
    [[nodiscard]] std::optional<int> cheapestBoxFor(int index) const;
    [[nodiscard]] std::optional<double> value(int row, int column) const;
    // Which box to buy and why, from the same figures the table shows.
    [[nodiscard]] const Recommendation::Result &recommendation() const noexcept { return m_recommendation; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void recomputed();

private:
    void recompute();
    void evaluate(const Catalog &catalog);
    [[nodiscard]] QString text(int row, int column) const;
    [[nodiscard]] QString tip(int row, int column) const;
    [[nodiscard]] int better(int row) const; // AColumn, BColumn or -1

    const Session *m_session = nullptr;
    std::array<Costs::Side, 2> m_sides;
    std::array<Costs::SideCosts, 2> m_costs;
    Costs::Assumptions m_assumptions;
    Recommendation::Result m_recommendation;
};

} // namespace Headroom
