// Two boxes side by side as an item model: one row per figure, A, B and B against A.
#include "comparemodel.h"

#include "staleness.h"

#include "catalogstore.h"
#include "format.h"
#include "roles.h"
#include "session.h"

namespace Headroom {

namespace {
// +1: a higher value is better; -1: lower is better; 0: neither.
int direction(int row)
{
    switch (CompareModel::Row(row)) {
    case CompareModel::UsableRow:
    case CompareModel::BandwidthRow:
    case CompareModel::HeadroomRow:
    case CompareModel::VerdictRow:
    case CompareModel::MaxContextRow:
    case CompareModel::DecodeRow: return +1;
    case CompareModel::MsrpRow:
    case CompareModel::StreetRow:
    case CompareModel::HostRow:
    case CompareModel::PowerRow:
    case CompareModel::PrefillRow:
    case CompareModel::AnswerRow:
    case CompareModel::UsdPerTokSRow:
    case CompareModel::UsdPerMemoryRow:
    case CompareModel::EnergyRow:
    case CompareModel::TcoRow:
    case CompareModel::RentRow:
    case CompareModel::BreakevenRow: return -1;
    case CompareModel::CapacityRow: return +1;
    default: return 0;
    }
}

std::optional<double> some(double v)
{
    return v;
}
} // namespace

CompareModel::CompareModel(const Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &Session::compareChanged, this, &CompareModel::recompute);
    recompute();
}

CompareModel::CompareModel(const Costs::Side &a, const Costs::Side &b, const Costs::Assumptions &assumptions,
                           const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
{
    m_sides[0] = a;
    m_sides[1] = b;
    m_assumptions = assumptions;
    evaluate(catalog);
}

void CompareModel::evaluate(const Catalog &catalog)
{
    for (int i = 0; i < 2; ++i)
        m_costs[i] = Costs::evaluate(m_sides[i], catalog.calibrationFor(m_sides[i].hardware), m_assumptions);
    m_recommendation = Recommendation::recommend(m_sides, m_costs, m_assumptions);
}

void CompareModel::recompute()
{
    const CatalogStore &store = m_session->store();
    const CompareState &state = m_session->compare();
    for (int i = 0; i < 2; ++i) {
        const int model = store.modelRow(state.sides[i].modelId);
        const int box = store.hardwareRow(state.sides[i].hardwareId);
        if (model < 0 || box < 0)
            return; // the session keeps its sides valid; a catalog reset brings it back here
        HardwareSpec hardware = store.hardware(box);
        // The session keeps a side's setting one of its box's (or empty: the box's own figure).
        const bool applied =
            state.sides[i].usableSetting.isEmpty() || applyUsableSetting(&hardware, state.sides[i].usableSetting);
        Q_ASSERT(applied);
        Q_UNUSED(applied);
        m_sides[i] = Costs::sideFor(store.catalog(), store.model(model), hardware, state.scenarioFor(i));
    }
    m_assumptions = state.assumptions;
    evaluate(store.catalog());
    Q_EMIT dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, AColumn, BColumn); // the box names head the columns
    Q_EMIT recomputed();
}

std::optional<double> CompareModel::ownedCostAfter(int index, double months) const
{
    return Costs::ownedCostAfter(m_costs[index], months);
}

std::optional<double> CompareModel::apiCostAfter(int index, double months) const
{
    return Costs::apiCostAfter(m_costs[index], months);
}

std::optional<int> CompareModel::cheapestBoxFor(int index) const
{
    if (!m_session)
        return std::nullopt;
    const CompareState &c = m_session->compare();
    const Costs::Side &s = m_sides[index];
    const auto found =
        Costs::cheapestComfortable(m_session->store().catalog(), s.model, s.scenario, c.sides[1 - index].hardwareId,
                                   Costs::decodeFloorTokS(c.assumptions, s.scenario.answerTokens));
    return found ? std::optional<int>(int(*found)) : std::nullopt;
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> CompareModel::value(int row, int column) const
{
    if (column < AColumn || column > BColumn)
        return std::nullopt;
    const Costs::Side &s = m_sides[column];
    const Costs::SideCosts &c = m_costs[column];
    const Estimate &e = c.estimate;
    const auto quote = [&s](PriceQuote::Kind kind) -> std::optional<double> {
        const auto q = s.hardware.price(kind);
        return q ? std::optional<double>(q->lowUsd) : std::nullopt;
    };
    if (!e.ok() && row != MsrpRow && row != StreetRow && row != HostRow && row != PowerRow)
        return std::nullopt;
    switch (Row(row)) {
    case ModelRow: return std::nullopt;
    case UsableRow: return some(e.usableBytes);
    case BandwidthRow: return some(s.hardware.bandwidthBytesPerSecond * e.gpus);
    case MsrpRow: return quote(PriceQuote::Kind::Msrp);
    case StreetRow: return quote(PriceQuote::Kind::Street);
    case HostRow: return s.host ? s.host->priceUsd : std::nullopt;
    case PowerRow: return s.hardware.loadWatts;
    case WeightsRow: return some(e.weightsBytes);
    case KvRow: return some(e.kvCacheBytes + e.fixedStateBytes);
    case HeadroomRow: return some(e.headroomBytes);
    case VerdictRow: return some(verdictRank(e.verdict));
    case MaxContextRow: return some(e.maxContextTokens);
    case DecodeRow: return e.runs() ? e.decodeTokS : std::nullopt;
    case DecodeRangeRow: return std::nullopt;
    case PrefillRow: return e.runs() ? e.ttftSeconds : std::nullopt;
    case AnswerRow: return c.answerSeconds;
    case UsdPerTokSRow: return c.usdPerTokS;
    case UsdPerMemoryRow:
        return c.usdPerUsableByte ? some(*c.usdPerUsableByte / Format::bytesInUnit(1.0)) : std::nullopt;
    case EnergyRow: return c.energyUsdPerMillionTokens;
    case CapacityRow: return c.capacityTokensPerDay;
    case TcoRow: return c.tcoUsd;
    case ApiTcoRow: return c.apiTcoUsd;
    case RentRow: return c.rentUsdPerMonth ? some(*c.rentUsdPerMonth * m_assumptions.horizonMonths) : std::nullopt;
    case BreakevenRow: return c.breakevenMonths;
    case RowCount: break;
    }
    return std::nullopt;
}

int CompareModel::better(int row) const
{
    const int dir = direction(row);
    const auto a = value(row, AColumn);
    const auto b = value(row, BColumn);
    if (!dir || !a || !b || *a == *b)
        return -1;
    return (dir > 0) == (*a > *b) ? AColumn : BColumn;
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole: return text(index.row(), index.column());
    case Qt::ToolTipRole: return tip(index.row(), index.column());
    case RawValueRole: {
        const auto v = value(index.row(), index.column());
        return v ? QVariant(*v) : QVariant();
    }
    case VerdictRole:
        return index.row() == VerdictRow && index.column() != RelativeColumn && m_costs[index.column()].estimate.ok()
                   ? QVariant(int(m_costs[index.column()].estimate.verdict))
                   : QVariant();
    case BetterRole: return index.column() != RelativeColumn && better(index.row()) == index.column();
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        switch (Column(section)) {
        case AColumn: return tr("A: %1").arg(m_sides[0].hardware.name);
        case BColumn: return tr("B: %1").arg(m_sides[1].hardware.name);
        case RelativeColumn: return tr("B vs A");
        case ColumnCount: break;
        }
        return {};
    }
    static const char *const names[] = {
        QT_TR_NOOP("Model (weights)"),
        QT_TR_NOOP("Usable memory"),
        QT_TR_NOOP("Bandwidth"),
        QT_TR_NOOP("Price (MSRP)"),
        QT_TR_NOOP("Price (street)"),
        QT_TR_NOOP("Host computer"),
        QT_TR_NOOP("Power"),
        QT_TR_NOOP("Weights"),
        QT_TR_NOOP("KV cache"),
        QT_TR_NOOP("Headroom"),
        QT_TR_NOOP("Verdict"),
        QT_TR_NOOP("Largest context"),
        QT_TR_NOOP("Decode estimate"),
        QT_TR_NOOP("Decode range"),
        QT_TR_NOOP("Time to first token"),
        QT_TR_NOOP("Answer time"),
        QT_TR_NOOP("Price per tok/s"),
        QT_TR_NOOP("Price per memory"),
        QT_TR_NOOP("Energy per M tokens"),
        QT_TR_NOOP("Tokens it can serve"),
        QT_TR_NOOP("Cost of ownership"),
        QT_TR_NOOP("API, same tokens"),
        QT_TR_NOOP("Rent it instead"),
        QT_TR_NOOP("Break-even vs API"),
    };
    static_assert(std::size(names) == RowCount);
    return section >= 0 && section < RowCount ? tr(names[section]) : QVariant();
}

} // namespace Headroom
