#include "catalogfilters.h"

#include "catalogstore.h"
#include "estimategrid.h"
#include "hardwaretablemodel.h"
#include "modeltablemodel.h"
#include "roles.h"
#include "session.h"

namespace Headroom {

namespace {
void configure(QSortFilterProxyModel &proxy)
{
    proxy.setSortRole(RawValueRole);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
}
} // namespace

ModelFilter::ModelFilter(const Session *session, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_session(session)
{
    configure(*this);
    // "Fits the selected box" depends on the scenario, the selection and the catalog.
    const auto refit = [this] {
        if (m_fitsSelectedBox)
            invalidateFilter();
    };
    connect(session, &Session::scenarioChanged, this, refit);
    connect(session, &Session::selectionChanged, this, refit);
    connect(&session->grid(), &EstimateGrid::hardwareChanged, this, refit);
}

void ModelFilter::setText(const QString &text)
{
    setFilterFixedString(text);
}

void ModelFilter::setSingleBoxOnly(bool on)
{
    m_singleBoxOnly = on;
    invalidateFilter();
}

void ModelFilter::setFitsSelectedBox(bool on)
{
    m_fitsSelectedBox = on;
    invalidateFilter();
}

bool ModelFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    const CatalogStore &store = m_session->store();
    if (m_singleBoxOnly && !store.model(sourceRow).singleBox)
        return false;
    if (m_fitsSelectedBox) {
        const int box = m_session->hardwareRow();
        if (box >= 0 && !m_session->grid().at(box, sourceRow).runs())
            return false;
    }
    return true;
}

HardwareFilter::HardwareFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    configure(*this);
}

void HardwareFilter::setText(const QString &text)
{
    setFilterFixedString(text);
}

void HardwareFilter::setVendor(const QString &vendor)
{
    m_vendor = vendor;
    invalidateFilter();
}

void HardwareFilter::setMemoryRange(double minBytes, double maxBytes)
{
    m_minMemory = minBytes;
    m_maxMemory = maxBytes;
    invalidateFilter();
}

bool HardwareFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    const auto *boxes = qobject_cast<const HardwareTableModel *>(sourceModel());
    const HardwareSpec *h = boxes ? boxes->hardwareAt(sourceRow) : nullptr;
    if (!h)
        return true;
    if (!m_vendor.isEmpty() && vendorName(h->vendor) != m_vendor)
        return false;
    const double total = h->totalMemoryBytes();
    return total >= m_minMemory && (m_maxMemory <= 0 || total <= m_maxMemory);
}

} // namespace Headroom
