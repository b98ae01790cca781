// The catalog's models as an item model, one per row, every value with its source.
#pragma once

#include <QAbstractTableModel>

namespace Headroom {

class CatalogStore;
struct ModelSpec;

// The catalog's models, one per row. DisplayRole is formatted text with units,
// RawValueRole the number behind it, ToolTipRole the source and as-of date.
class ModelTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelTableModel)

public:
    enum Column {
        NameColumn,
        LabColumn,
        TotalParamsColumn,
        ActiveParamsColumn,
        MaxContextColumn,
        SweVerifiedColumn,
        SweProColumn,
        LicenceColumn,
        SelfHostColumn,
        ColumnCount
    };

    explicit ModelTableModel(const CatalogStore *store, QObject *parent = nullptr);

    [[nodiscard]] const ModelSpec *modelAt(int row) const noexcept;
    [[nodiscard]] int rowOf(const QString &id) const noexcept;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const CatalogStore *m_store;
};

} // namespace Headroom
