#include "catalogfilter.h"

#include "fitmatrixmodel.h"
#include "hardwaretablemodel.h"
#include "modeltablemodel.h"
#include "roles.h"

namespace Headroom {

CatalogFilter::CatalogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void CatalogFilter::setSingleBoxOnly(bool on)
{
    m_singleBoxOnly = on;
    invalidateFilter();
}

void CatalogFilter::setFitsHardware(const FitMatrixModel *matrix, int hardwareRow)
{
    m_matrix = matrix;
    m_hardwareRow = hardwareRow;
    invalidateFilter();
}

void CatalogFilter::setVendor(const QString &vendor)
{
    m_vendor = vendor;
    invalidateFilter();
}

void CatalogFilter::setMemoryRange(double minBytes, double maxBytes)
{
    m_minMemory = minBytes;
    m_maxMemory = maxBytes;
    invalidateFilter();
}

bool CatalogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    if (const auto *models = qobject_cast<const ModelTableModel *>(sourceModel())) {
        const ModelSpec *m = models->modelAt(sourceRow);
        if (m_singleBoxOnly && !m->singleBox)
            return false;
        if (m_matrix && m_hardwareRow >= 0 && m_hardwareRow < m_matrix->rowCount()) {
            const Verdict v = m_matrix->estimateAt(m_hardwareRow, sourceRow).verdict;
            if (v == Verdict::NoFit)
                return false;
        }
    }
    if (const auto *hardware = qobject_cast<const HardwareTableModel *>(sourceModel())) {
        const HardwareSpec *h = hardware->hardwareAt(sourceRow);
        if (!m_vendor.isEmpty() && vendorName(h->vendor) != m_vendor)
            return false;
        const double total = h->memoryBytesPerGpu * std::max(1, h->gpus);
        if (!h->isCloud() && (total < m_minMemory || (m_maxMemory > 0 && total > m_maxMemory)))
            return false;
    }
    return true;
}

} // namespace Headroom
