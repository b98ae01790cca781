#pragma once

#include "catalog.h"

#include <QObject>

namespace Headroom {

// The one owner of the catalog the window shows: the built-in catalog with the user's edits.
// Item models and estimate grids read it and subscribe to what changed; nothing keeps a copy.
class CatalogStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogStore)

public:
    explicit CatalogStore(Catalog catalog, QObject *parent = nullptr);

    [[nodiscard]] const Catalog &catalog() const noexcept { return m_catalog; }
    [[nodiscard]] int modelCount() const noexcept { return int(m_catalog.models.size()); }
    [[nodiscard]] int hardwareCount() const noexcept { return int(m_catalog.hardware.size()); }
    [[nodiscard]] const ModelSpec &model(int row) const { return m_catalog.models.at(row); }
    [[nodiscard]] const HardwareSpec &hardware(int row) const { return m_catalog.hardware.at(row); }
    [[nodiscard]] int modelRow(const QString &id) const noexcept { return m_catalog.modelRow(id); }
    [[nodiscard]] int hardwareRow(const QString &id) const noexcept { return m_catalog.hardwareRow(id); }
    // The decode calibration of box `row`'s backend, looked up once per box.
    [[nodiscard]] const DecodeCalibration &calibration(int hardwareRow) const { return m_calibrations.at(hardwareRow); }

    // Usable memory per device of box `row` (a value the user typed, or its undo).
    void setUsable(int row, double bytesPerDevice, const QString &rule);
    // Replaces the whole catalog (a user catalog loaded, entries added or removed).
    void setCatalog(Catalog catalog);

Q_SIGNALS:
    void hardwareChanged(int row);
    void modelChanged(int row);
    void aboutToReset();
    void reset();

private:
    void indexCalibrations();

    Catalog m_catalog;
    QList<DecodeCalibration> m_calibrations; // per hardware row
};

} // namespace Headroom
