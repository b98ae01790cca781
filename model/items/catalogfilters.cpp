// The catalog lists' filters: search text, single box, fits the selected box, vendor, memory.
#include "catalogfilters.h"

#include "catalogstore.h"
#include "estimategrid.h"
#include "hardwaretablemodel.h"
#include "modeltablemodel.h"
#include "roles.h"
#include "session.h"

#include <QRegularExpression>
#include <QTimer>

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

void GuardedFilter::setText(const QString &text)
{
    if (filterRegularExpression().pattern() == QRegularExpression::escape(text))
        return;
    if (m_refiltering) {
        QTimer::singleShot(0, this, [this, text] { setText(text); });
        return;
    }
    m_refiltering = true;
    setFilterFixedString(text);
    m_refiltering = false;
}

void GuardedFilter::refilter()
{
    if (m_refiltering) {
        if (!m_refilterQueued) {
            m_refilterQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_refilterQueued = false;
                refilter();
            });
        }
        return;
    }
    m_refiltering = true;
    invalidateFilter();
    m_refiltering = false;
}

ModelFilter::ModelFilter(const Session *session, QObject *parent)
    : GuardedFilter(parent)
    , m_session(session)
    , m_box(session->hardwareId())
{
    configure(*this);
    // "Fits the selected box" depends on the scenario, the selected box (not the model) and the catalog.
    const auto refit = [this] {
        if (m_fitsSelectedBox)
            refilter();
    };
    connect(session, &Session::scenarioChanged, this, refit);
    connect(session, &Session::selectionChanged, this, [this, refit] {
        if (m_session->hardwareId() == m_box)
            return;
        m_box = m_session->hardwareId();
        refit();
    });
    connect(&session->grid(), &EstimateGrid::hardwareChanged, this, refit);
}

void ModelFilter::setSingleBoxOnly(bool on)
{
    if (on == m_singleBoxOnly)
        return;
    m_singleBoxOnly = on;
    refilter();
}

void ModelFilter::setCommercialOnly(bool on)
{
    if (on == m_commercialOnly)
        return;
    m_commercialOnly = on;
    refilter();
}

void ModelFilter::setFitsSelectedBox(bool on)
{
    if (on == m_fitsSelectedBox)
        return;
    m_fitsSelectedBox = on;
    m_box = m_session->hardwareId();
    refilter();
}

bool ModelFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    const CatalogStore &store = m_session->store();
    if (m_singleBoxOnly && !store.selfHost(sourceRow).singleBox)
        return false;
    if (m_commercialOnly && !store.model(sourceRow).commercialUseAllowed())
        return false;
    if (m_fitsSelectedBox) {
        const int box = m_session->hardwareRow();
        if (box >= 0 && !m_session->grid().at(box, sourceRow).runs())
            return false;
    }
    return true;
}

HardwareFilter::HardwareFilter(QObject *parent)
    : GuardedFilter(parent)
{
    configure(*this);
}

void HardwareFilter::setVendor(const QString &vendor)
{
    m_vendor = vendor;
    refilter();
}

void HardwareFilter::setMemoryRange(double minBytes, double maxBytes)
{
    m_minMemory = minBytes;
    m_maxMemory = maxBytes;
    refilter();
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
