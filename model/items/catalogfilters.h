// The catalog lists' filters: search text, single box, fits the selected box, vendor, memory.
#pragma once

#include <QSortFilterProxyModel>

namespace Headroom {

class Session;

// A filter proxy that re-filters once at a time. A filter changed from a slot that runs inside its
// own change (a view reacting to the rows it removes) would re-enter QSortFilterProxyModel while
// its mapping is half rebuilt: such a request waits for the event loop instead.
class GuardedFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedFilter)

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);

protected:
    // Use instead of invalidateFilter().
    void refilter();

private:
    bool m_refiltering = false;
    bool m_refilterQueued = false;
};

// The model list's own filters: its search text, "single box only", "commercial use allowed" and
// "fits the selected box"
// (read from the session's estimate grid, the same cells the fit matrix shows). The fit matrix
// shows exactly the models this proxy shows, in its order (MatrixProxy).
class ModelFilter final : public GuardedFilter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelFilter)

public:
    explicit ModelFilter(const Session *session, QObject *parent = nullptr);

    void setSingleBoxOnly(bool on);
    void setFitsSelectedBox(bool on);
    void setCommercialOnly(bool on); // "commercial use allowed": the licence says yes
    [[nodiscard]] bool fitsSelectedBox() const noexcept { return m_fitsSelectedBox; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const Session *m_session;
    QString m_box; // the box "fits the selected box" was last filtered for
    bool m_singleBoxOnly = false;
    bool m_fitsSelectedBox = false;
    bool m_commercialOnly = false;
};

// The hardware list's own filters: its search text, vendor and total-memory range.
class HardwareFilter final : public GuardedFilter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardwareFilter)

public:
    explicit HardwareFilter(QObject *parent = nullptr);

    void setVendor(const QString &vendor); // empty = any
    // Keep boxes whose total memory lies in [minBytes, maxBytes]; maxBytes 0 = no upper bound.
    void setMemoryRange(double minBytes, double maxBytes);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_vendor;
    double m_minMemory = 0;
    double m_maxMemory = 0;
};

} // namespace Headroom
