// Every way to get the tokens as rows: buy A, buy B, rent either, the API; read from one CompareModel.
#pragma once

#include <QAbstractTableModel>

namespace Headroom {

class CompareModel;

// The decision's options as a table (the compare view shows it under the recommendation): each
// option's cost of ownership over the horizon and its range, its speed, and whether it qualifies or
// why not. It reads the compare model's one decision, so the sentence and the rows cannot differ.
class OptionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsModel)

public:
    enum Column { OptionColumn, StatusColumn, CostColumn, RangeColumn, SpeedColumn, ColumnCount };

    explicit OptionsModel(const CompareModel *compare, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString costTip(int row) const;
    [[nodiscard]] QString status(int row) const; // a few words; the whole reason is its tooltip

    const CompareModel *m_compare;
};

} // namespace Headroom
