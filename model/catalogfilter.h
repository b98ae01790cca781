#pragma once

#include <QSortFilterProxyModel>

namespace Headroom {

class FitMatrixModel;

// Sorts by RawValueRole and filters rows by text in any column, plus optional predicates:
// "single box only" for models, "fits the selected box" (via the fit matrix), and vendor.
class CatalogFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFilter)

public:
    explicit CatalogFilter(QObject *parent = nullptr);

    void setSingleBoxOnly(bool on);
    // Keep only models that fit hardware row `hardwareRow` of `matrix`; -1 turns it off.
    void setFitsHardware(const FitMatrixModel *matrix, int hardwareRow);
    void setVendor(const QString &vendor); // empty = any
    // Keep boxes whose total memory lies in [minBytes, maxBytes]; maxBytes 0 = no upper bound.
    void setMemoryRange(double minBytes, double maxBytes);
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_singleBoxOnly = false;
    const FitMatrixModel *m_matrix = nullptr;
    int m_hardwareRow = -1;
    QString m_vendor;
    double m_minMemory = 0;
    double m_maxMemory = 0;
};

} // namespace Headroom
