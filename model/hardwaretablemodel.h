#pragma once

#include "catalog.h"

#include <QAbstractTableModel>

namespace Headroom {

// The catalog's boxes, one per row; same role conventions as ModelTableModel.
class HardwareTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardwareTableModel)

public:
    enum Column {
        NameColumn,
        VendorColumn,
        MemoryColumn,
        UsableColumn,
        BandwidthColumn,
        PriceColumn,
        PowerColumn,
        ColumnCount
    };

    explicit HardwareTableModel(QObject *parent = nullptr);

    void setHardware(QList<HardwareSpec> hardware);
    [[nodiscard]] const QList<HardwareSpec> &hardware() const noexcept { return m_hardware; }
    [[nodiscard]] const HardwareSpec *hardwareAt(int row) const noexcept;
    [[nodiscard]] int rowOf(const QString &id) const noexcept;
    // Redisplay byte figures after the GB/GiB preference changed.
    void refreshUnits();
    // Replaces a box's usable memory (an override the user typed, or its undo).
    void setUsable(int row, double bytes, const QString &rule);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Usable memory is editable (in the display unit). The model does not apply the edit
    // itself: it asks, so the owner can make it undoable and propagate it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void usableEditRequested(int row, double bytes);

public:
    // The price a buyer would pay now: the street quote if there is one, else MSRP.
    [[nodiscard]] static std::optional<PriceQuote> purchasePrice(const HardwareSpec &hardware);

private:
    QList<HardwareSpec> m_hardware;
};

} // namespace Headroom
