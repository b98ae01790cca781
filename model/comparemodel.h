#pragma once

#include "costs.h"

#include <QAbstractTableModel>

namespace Headroom {

// Two boxes side by side: one row per figure, columns A, B and B relative to A.
// RawValueRole holds the number (or nothing when unknown); BetterRole marks the better cell.
class CompareModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareModel)

public:
    enum Row {
        UsableRow,
        BandwidthRow,
        MsrpRow,
        StreetRow,
        PowerRow,
        WeightsRow,
        KvRow,
        HeadroomRow,
        VerdictRow,
        MaxContextRow,
        DecodeRow,
        DecodeRangeRow,
        PrefillRow,
        UsdPerTokSRow,
        UsdPerGBRow,
        EnergyRow,
        BreakevenRow,
        RowCount
    };
    enum Column { AColumn, BColumn, RelativeColumn, ColumnCount };
    static constexpr int BetterRole = Qt::UserRole + 40;

    explicit CompareModel(QObject *parent = nullptr);

    void setSides(const Costs::Side &a, const Costs::SideCosts &aCosts, const Costs::Side &b,
                  const Costs::SideCosts &bCosts);
    [[nodiscard]] std::optional<double> value(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(int row, int column) const;
    [[nodiscard]] QString tip(int row, int column) const;
    [[nodiscard]] int better(int row) const; // AColumn, BColumn or -1

    Costs::Side m_sides[2];
    Costs::SideCosts m_costs[2];
    bool m_ready = false;
};

} // namespace Headroom
