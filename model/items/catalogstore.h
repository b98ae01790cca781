// The one owner of the catalog the window shows: built-in entries with the user's merged over them.
#pragma once

#include "catalog.h"
#include "hints.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace Headroom {

// The one owner of the catalog the window shows: the built-in catalog with the user's own
// catalog merged over it (their boxes, models and hosts, and their overrides of built-in
// entries). Item models and estimate grids read it and subscribe to what changed; nothing keeps
// a copy. Edits go through setUserModel/setUserHardware/setUserHost, one entry at a time, so an
// undo command can hold the entry before and after.
class CatalogStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogStore)

public:
    // Where an entry of the merged catalog comes from.
    enum class Origin { BuiltIn, Overridden, Own };

    explicit CatalogStore(Catalog builtin, Catalog user = {}, QObject *parent = nullptr);

    [[nodiscard]] const Catalog &catalog() const noexcept { return m_catalog; }
    [[nodiscard]] const Catalog &builtin() const noexcept { return m_builtin; }
    [[nodiscard]] const Catalog &userCatalog() const noexcept { return m_user; }
    [[nodiscard]] int modelCount() const noexcept { return int(m_catalog.models.size()); }
    [[nodiscard]] int hardwareCount() const noexcept { return int(m_catalog.hardware.size()); }
    [[nodiscard]] const ModelSpec &model(int row) const { return m_catalog.models.at(row); }
    [[nodiscard]] const HardwareSpec &hardware(int row) const { return m_catalog.hardware.at(row); }
    // Where the model of `row` runs, computed over every box (cached until the catalog changes).
    [[nodiscard]] const Hints::SelfHost &selfHost(int row) const;
    [[nodiscard]] int modelRow(const QString &id) const noexcept { return m_catalog.modelRow(id); }
    [[nodiscard]] int hardwareRow(const QString &id) const noexcept { return m_catalog.hardwareRow(id); }
    // The decode calibration of box `row`'s backend, looked up once per box.
    [[nodiscard]] const DecodeCalibration &calibration(int hardwareRow) const { return m_calibrations.at(hardwareRow); }
    [[nodiscard]] const HostSpec *host(int hardwareRow) const { return m_catalog.hostFor(hardware(hardwareRow)); }

    [[nodiscard]] Origin modelOrigin(const QString &id) const;
    [[nodiscard]] Origin hardwareOrigin(const QString &id) const;
    [[nodiscard]] Origin hostOrigin(const QString &id) const;
    // The user's entry of that id, if they have one (their own or an override).
    [[nodiscard]] std::optional<ModelSpec> userModel(const QString &id) const;
    [[nodiscard]] std::optional<HardwareSpec> userHardware(const QString &id) const;
    [[nodiscard]] std::optional<HostSpec> userHost(const QString &id) const;
    // An id not used by any entry of that kind: `base`, or `base-2`, `base-3`, …
    [[nodiscard]] QString freeModelId(const QString &base) const;
    [[nodiscard]] QString freeHardwareId(const QString &base) const;
    [[nodiscard]] QString freeHostId(const QString &base) const;

    // Puts (or with nullopt removes) the user's entry of `id`. Removing an override brings the
    // built-in entry back; removing an own entry deletes it. Entries are marked `user`.
    void setUserModel(const QString &id, const std::optional<ModelSpec> &model);
    void setUserHardware(const QString &id, const std::optional<HardwareSpec> &hardware);
    void setUserHost(const QString &id, const std::optional<HostSpec> &host);
    // Replaces the whole user catalog (loaded at start, imported).
    void setUserCatalog(Catalog user);
    // The user's own llama-bench calibrations per box id (calibration.json): every estimate on
    // those boxes is scaled by them.
    [[nodiscard]] const QMap<QString, MeasuredCalibration> &measured() const noexcept { return m_measured; }
    void setMeasured(QMap<QString, MeasuredCalibration> measured);

    // Usable memory per device of box `row` (a value the user typed, or its undo): an override.
    void setUsable(int row, double bytesPerDevice, const QString &rule);

Q_SIGNALS:
    void hardwareChanged(int row);
    void modelChanged(int row);
    void aboutToReset();
    void reset();
    // The user's part changed: time to save it.
    void userCatalogChanged();
    // The user's calibrations changed: time to save them.
    void measuredChanged();

private:
    void remerge();
    void indexCalibrations();

    Catalog m_builtin;
    Catalog m_user;
    Catalog m_catalog; // m_user merged over m_builtin, with m_measured
    QMap<QString, MeasuredCalibration> m_measured;
    QList<DecodeCalibration> m_calibrations;        // per hardware row
    mutable QHash<int, Hints::SelfHost> m_selfHost; // per model row; any box change clears it
};

// For a tooltip: a new line saying the entry is the user's own or a changed built-in one, with
// how to undo that; empty for a built-in entry.
[[nodiscard]] QString originTip(CatalogStore::Origin origin, const QString &noun);

} // namespace Headroom
