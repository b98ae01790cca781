// The budget advisor's ranked picks as an item model, each explained in one line.
#include "advisormodel.h"

#include "recommendation.h"

#include "format.h"
#include "roles.h"

namespace Headroom {

AdvisorModel::AdvisorModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AdvisorModel::setAdvice(const Catalog &catalog, const Costs::AdvisorInputs &inputs, QList<Costs::Advice> advice)
{
    beginResetModel();
    m_catalog = catalog;
    m_inputs = inputs;
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

// Explains the pick rather than repeating its columns: what limits it and what it leaves.
QString AdvisorModel::why(const Costs::Advice &a) const
{
    const ModelSpec &m = m_catalog.models.at(a.modelIndex);
    const Estimate &e = a.estimate;
    QStringList parts;
    if (const QString warning = Recommendation::commercialUseWarning(m); !warning.isEmpty())
        parts << warning;
    parts << tr("%1 free at %2").arg(Format::bytes(e.headroomBytes), Format::tokens(m_inputs.scenario.contextTokens));
    if (e.maxContextTokens > m_inputs.scenario.contextTokens)
        parts << tr("room to %1").arg(Format::tokens(e.maxContextTokens));
    if (e.answerSeconds)
        parts << tr("%1 tokens in %2")
                     .arg(Format::tokens(m_inputs.scenario.answerTokens), Format::seconds(*e.answerSeconds));
    if (m.isMoe())
        parts << tr("MoE reads %1 of %2").arg(Format::params(m.paramsActive), Format::params(m.paramsTotal));
    return parts.join(QStringLiteral("; "));
}

QVariant AdvisorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Costs::Advice &a = m_advice.at(index.row());
    const ModelSpec &m = m_catalog.models.at(a.modelIndex);
    const HardwareSpec &h = m_catalog.hardware.at(a.hardwareIndex);
    const BenchmarkScore &score = a.proOnly ? *m.swePro : *m.sweVerified;
    if (role == IdRole)
        return QStringList{m.id, h.id};
    if (role == VerdictRole && index.column() == VerdictColumn)
        return int(a.estimate.verdict);
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case RankColumn: return index.row() + 1;
        case ScoreColumn: return score.percent;
        case VerdictColumn: return verdictRank(a.estimate.verdict);
        case SpeedColumn: return *a.estimate.decodeTokS;
        case FirstTokenColumn: return a.estimate.ttftSeconds ? QVariant(*a.estimate.ttftSeconds) : QVariant();
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
        case VerdictColumn: return verdictText(a.estimate.verdict);
        case SpeedColumn: return Format::rate(a.estimate.decodeTokS);
        case FirstTokenColumn:
            return a.estimate.ttftSeconds
                       ? tr("%1 (%2 – %3)")
                             .arg(Format::seconds(*a.estimate.ttftSeconds),
                                  Format::seconds(a.estimate.ttftLowSeconds.value_or(*a.estimate.ttftSeconds)),
                                  Format::seconds(a.estimate.ttftHighSeconds.value_or(*a.estimate.ttftSeconds)))
                       : QStringLiteral("—");
        case PriceColumn: return tr("%1 %2").arg(Format::usd(a.priceLowUsd), Format::priceKindText(a.priceKind));
        case WhyColumn: return why(a);
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case ScoreColumn:
            return a.proOnly
                       ? tr("SWE-bench Pro only: ranked apart, never against Verified scores.")
                       : tr("SWE-bench Verified%1").arg(score.vendorReported ? tr(", vendor-reported") : QString());
        case VerdictColumn: return comfortableRuleText();
        case FirstTokenColumn:
            return tr("Time to first token: the %1-token prompt at the box's prefill speed")
                .arg(Format::tokens(m_inputs.scenario.promptTokens));
        case WhyColumn: return why(a);
        default: return {};
        }
    }
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
    case VerdictColumn: return tr("Verdict");
    case SpeedColumn: return tr("Decode");
    case FirstTokenColumn: return tr("First token");
    case PriceColumn: return tr("Price");
    case WhyColumn: return tr("Why");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Headroom
