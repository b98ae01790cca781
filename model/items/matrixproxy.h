// The fit matrix as the catalog lists filter and order it.
#pragma once

#include <QAbstractProxyModel>

namespace Headroom {

class FitMatrixModel;

// The fit matrix as the catalog lists show it: exactly the boxes the hardware list shows (rows)
// and the models the model list shows (columns), in their order. One filter per list feeds both
// the list and the matrix, so the two never disagree. A change in a list is followed from the event
// loop, once the list's own change is over: reading a filter proxy from inside its rowsRemoved can
// meet its mapping half rebuilt. Until then the matrix keeps its last layout, which stays
// consistent with the views over it.
class MatrixProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixProxy)

public:
    // `rows` and `columns` are proxies over the hardware and model tables whose source rows are
    // the matrix's rows and columns.
    MatrixProxy(FitMatrixModel *matrix, const QAbstractProxyModel *rows, const QAbstractProxyModel *columns,
                QObject *parent = nullptr);

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The matrix rows (boxes) and columns (models) shown, in their order; empty when none is.
    [[nodiscard]] QList<int> shownRows() const;
    [[nodiscard]] QList<int> shownColumns() const;

private:
    void relayout();
    void scheduleRelayout();
    void ensureMapped() const;
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    const QAbstractProxyModel *m_rows;
    const QAbstractProxyModel *m_columns;
    mutable bool m_dirty = true;
    bool m_relayoutScheduled = false;
    mutable QList<int> m_sourceRow;    // proxy row → matrix row
    mutable QList<int> m_sourceColumn; // proxy column → matrix column
    mutable QList<int> m_proxyRow;     // matrix row → proxy row, or -1
    mutable QList<int> m_proxyColumn;  // matrix column → proxy column, or -1
};

} // namespace Headroom
