// The fit matrix as the catalog lists filter and order it.
#include "matrixproxy.h"

#include "fitmatrixmodel.h"

#include <QTimer>

#include <algorithm>
#include <climits>

namespace Headroom {

namespace {
// The proxy's source rows in its order, and the inverse.
void mapOf(const QAbstractProxyModel *proxy, int sourceCount, QList<int> *toSource, QList<int> *fromSource)
{
    toSource->clear();
    fromSource->fill(-1, sourceCount);
    const int count = proxy->rowCount();
    for (int r = 0; r < count; ++r) {
        const int source = proxy->mapToSource(proxy->index(r, 0)).row();
        if (source < 0 || source >= sourceCount)
            continue;
        (*fromSource)[source] = int(toSource->size());
        toSource->append(source);
    }
}
} // namespace

MatrixProxy::MatrixProxy(FitMatrixModel *matrix, const QAbstractProxyModel *rows, const QAbstractProxyModel *columns,
                         QObject *parent)
    : QAbstractProxyModel(parent)
    , m_rows(rows)
    , m_columns(columns)
{
    setSourceModel(matrix);
    connect(matrix, &QAbstractItemModel::dataChanged, this, &MatrixProxy::forwardDataChanged);
    connect(matrix, &QAbstractItemModel::headerDataChanged, this,
            [this](Qt::Orientation orientation, int first, int last) {
                ensureMapped();
                const QList<int> &map = orientation == Qt::Vertical ? m_proxyRow : m_proxyColumn;
                for (int s = first; s <= last && s < map.size(); ++s) {
                    if (map.at(s) >= 0)
                        Q_EMIT headerDataChanged(orientation, map.at(s), map.at(s));
                }
            });
    // The matrix itself was reset (the catalog changed): the old layout may name rows it no longer
    // has, and the lists are being reset too. Empty until they are done, then laid out again.
    connect(matrix, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(matrix, &QAbstractItemModel::modelReset, this, [this] {
        m_sourceRow.clear();
        m_sourceColumn.clear();
        m_proxyRow.fill(-1, sourceModel()->rowCount());
        m_proxyColumn.fill(-1, sourceModel()->columnCount());
        m_dirty = false;
        endResetModel();
        scheduleRelayout();
    });
    // Any change in what a list shows, or its order, is a new layout of the matrix.
    for (const QAbstractProxyModel *list : {rows, columns}) {
        connect(list, &QAbstractItemModel::rowsInserted, this, &MatrixProxy::scheduleRelayout);
        connect(list, &QAbstractItemModel::rowsRemoved, this, &MatrixProxy::scheduleRelayout);
        connect(list, &QAbstractItemModel::layoutChanged, this, &MatrixProxy::scheduleRelayout);
        connect(list, &QAbstractItemModel::modelReset, this, &MatrixProxy::scheduleRelayout);
    }
}

void MatrixProxy::scheduleRelayout()
{
    if (m_relayoutScheduled)
        return;
    m_relayoutScheduled = true;
    QTimer::singleShot(0, this, &MatrixProxy::relayout);
}

void MatrixProxy::relayout()
{
    m_relayoutScheduled = false;
    beginResetModel();
    m_dirty = true;
    endResetModel();
}

void MatrixProxy::ensureMapped() const
{
    if (!m_dirty)
        return;
    mapOf(m_rows, sourceModel()->rowCount(), &m_sourceRow, &m_proxyRow);
    mapOf(m_columns, sourceModel()->columnCount(), &m_sourceColumn, &m_proxyColumn);
    m_dirty = false;
}

void MatrixProxy::forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                     const QList<int> &roles)
{
    ensureMapped();
    if (m_sourceRow.isEmpty() || m_sourceColumn.isEmpty())
        return;
    // One signal for the whole visible block a change touches: a slider step is one dataChanged.
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        if (r < m_proxyRow.size() && m_proxyRow.at(r) >= 0) {
            top = std::min(top, m_proxyRow.at(r));
            bottom = std::max(bottom, m_proxyRow.at(r));
        }
    }
    for (int c = topLeft.column(); c <= bottomRight.column(); ++c) {
        if (c < m_proxyColumn.size() && m_proxyColumn.at(c) >= 0) {
            left = std::min(left, m_proxyColumn.at(c));
            right = std::max(right, m_proxyColumn.at(c));
        }
    }
    if (bottom >= 0 && right >= 0)
        Q_EMIT dataChanged(index(top, left), index(bottom, right), roles);
}

QModelIndex MatrixProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid())
        return {};
    ensureMapped();
    if (proxyIndex.row() >= m_sourceRow.size() || proxyIndex.column() >= m_sourceColumn.size())
        return {};
    return sourceModel()->index(m_sourceRow.at(proxyIndex.row()), m_sourceColumn.at(proxyIndex.column()));
}

QModelIndex MatrixProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    ensureMapped();
    const int row = sourceIndex.row() < m_proxyRow.size() ? m_proxyRow.at(sourceIndex.row()) : -1;
    const int column = sourceIndex.column() < m_proxyColumn.size() ? m_proxyColumn.at(sourceIndex.column()) : -1;
    return row >= 0 && column >= 0 ? index(row, column) : QModelIndex();
}

QModelIndex MatrixProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex MatrixProxy::parent(const QModelIndex &) const
{
    return {};
}

int MatrixProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    ensureMapped();
    return int(m_sourceRow.size());
}

int MatrixProxy::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    ensureMapped();
    return int(m_sourceColumn.size());
}

QList<int> MatrixProxy::shownRows() const
{
    ensureMapped();
    return m_sourceRow;
}

QList<int> MatrixProxy::shownColumns() const
{
    ensureMapped();
    return m_sourceColumn;
}

QVariant MatrixProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    ensureMapped();
    const QList<int> &map = orientation == Qt::Vertical ? m_sourceRow : m_sourceColumn;
    if (section < 0 || section >= map.size())
        return {};
    return sourceModel()->headerData(map.at(section), orientation, role);
}

} // namespace Headroom
