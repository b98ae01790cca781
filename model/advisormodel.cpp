#include "advisormodel.h"

#include "format.h"
#include "roles.h"

namespace Headroom {

AdvisorModel::AdvisorModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AdvisorModel::setAdvice(const Catalog *catalog, QList<Costs::Advice> advice)
{
    beginResetModel();
    m_catalog = catalog;
    m_advice = std::move(advice);
    endResetModel();
}

const Costs::Advice *AdvisorModel::adviceAt(int row) const noexcept
{
    return row >= 0 && row < m_advice.size() ? &m_advice.at(row) : nullptr;
}

int AdvisorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_advice.size());
}

int AdvisorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdvisorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_catalog)
        return {};
    const Costs::Advice &a = m_advice.at(index.row());
    const ModelSpec &m = m_catalog->models.at(a.modelIndex);
    const HardwareSpec &h = m_catalog->hardware.at(a.hardwareIndex);
    const BenchmarkScore &score = a.proOnly ? *m.swePro : *m.sweVerified;
    if (role == IdRole)
        return QStringList{m.id, h.id};
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case RankColumn: return index.row() + 1;
        case ScoreColumn: return score.percent;
        case SpeedColumn: return *a.estimate.decodeTokS;
        case PriceColumn: return a.priceLowUsd;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case RankColumn: return index.row() + 1;
        case ModelColumn: return m.name;
        case HardwareColumn: return h.name;
        case ScoreColumn:
            return a.proOnly ? tr("%1 (Pro)").arg(Format::percent(score.percent)) : Format::percent(score.percent);
        case SpeedColumn: return Format::rate(a.estimate.decodeTokS);
        case PriceColumn: return tr("%1 %2").arg(Format::usd(a.priceLowUsd), a.priceKind);
        case WhyColumn: return a.explanation;
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ScoreColumn)
        return a.proOnly ? tr("SWE-bench Pro only: ranked apart, never against Verified scores.")
                         : tr("SWE-bench Verified%1").arg(score.vendorReported ? tr(", vendor-reported") : QString());
    return {};
}

QVariant AdvisorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RankColumn: return tr("#");
    case ModelColumn: return tr("Model");
    case HardwareColumn: return tr("Hardware");
    case ScoreColumn: return tr("SWE-bench");
    case SpeedColumn: return tr("Decode");
    case PriceColumn: return tr("Price");
    case WhyColumn: return tr("Why");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Headroom
