#include "catalogstore.h"

namespace Headroom {

CatalogStore::CatalogStore(Catalog catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
{
    indexCalibrations();
}

void CatalogStore::indexCalibrations()
{
    m_calibrations.clear();
    m_calibrations.reserve(m_catalog.hardware.size());
    for (const HardwareSpec &h : std::as_const(m_catalog.hardware))
        m_calibrations.append(m_catalog.calibrationFor(h.backend));
}

void CatalogStore::setUsable(int row, double bytesPerDevice, const QString &rule)
{
    if (row < 0 || row >= hardwareCount())
        return;
    HardwareSpec &h = m_catalog.hardware[row];
    if (h.usableBytesPerGpu == bytesPerDevice && h.usableRule == rule)
        return;
    h.usableBytesPerGpu = bytesPerDevice;
    h.usableRule = rule;
    Q_EMIT hardwareChanged(row);
}

void CatalogStore::setCatalog(Catalog catalog)
{
    Q_EMIT aboutToReset();
    m_catalog = std::move(catalog);
    indexCalibrations();
    Q_EMIT reset();
}

} // namespace Headroom
