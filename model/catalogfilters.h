#pragma once

#include <QSortFilterProxyModel>

namespace Headroom {

class Session;

// The model list's own filters: its search text, "single box only", and "fits the selected box"
// (read from the session's estimate grid, the same cells the fit matrix shows). The fit matrix
// shows exactly the models this proxy shows, in its order (MatrixProxy).
class ModelFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelFilter)

public:
    explicit ModelFilter(const Session *session, QObject *parent = nullptr);

    void setText(const QString &text);
    void setSingleBoxOnly(bool on);
    void setFitsSelectedBox(bool on);
    [[nodiscard]] bool fitsSelectedBox() const noexcept { return m_fitsSelectedBox; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const Session *m_session;
    bool m_singleBoxOnly = false;
    bool m_fitsSelectedBox = false;
};

// The hardware list's own filters: its search text, vendor and total-memory range.
class HardwareFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardwareFilter)

public:
    explicit HardwareFilter(QObject *parent = nullptr);

    void setText(const QString &text);
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
