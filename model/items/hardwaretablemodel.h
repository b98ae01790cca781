// The catalog's boxes as an item model, one per row, every value with its source.
#pragma once

#include <QAbstractTableModel>

namespace Headroom {

class CatalogStore;
struct HardwareSpec;

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

    explicit HardwareTableModel(const CatalogStore *store, QObject *parent = nullptr);

    [[nodiscard]] const HardwareSpec *hardwareAt(int row) const noexcept;
    [[nodiscard]] int rowOf(const QString &id) const noexcept;
    // Redisplay byte figures after the GB/GiB preference changed.
    void refreshUnits();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Usable memory is editable (in the display unit). The model does not apply the edit
    // itself: it asks, so the window can make it undoable and the store can propagate it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void usableEditRequested(int row, double bytesPerDevice);

private:
    const CatalogStore *m_store;
};

} // namespace Headroom
