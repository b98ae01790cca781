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

// Rows whose values depend on the model a side runs: a percentage between two different models
// would compare the models, not the boxes.
bool dependsOnModel(int row)
{
    switch (CompareModel::Row(row)) {
    case CompareModel::WeightsRow:
    case CompareModel::KvRow:
    case CompareModel::HeadroomRow:
    case CompareModel::MaxContextRow:
    case CompareModel::DecodeRow:
    case CompareModel::PrefillRow:
    case CompareModel::UsdPerTokSRow:
    case CompareModel::EnergyRow:
    case CompareModel::CapacityRow:
    case CompareModel::TcoRow:
    case CompareModel::ApiTcoRow:
    case CompareModel::RentRow:
    case CompareModel::BreakevenRow: return true;
    default: return false;
    }
}

QString dash()
{
    return QStringLiteral("—");
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
        m_sides[i] = Costs::sideFor(store.catalog(), store.model(model), store.hardware(box), state.scenarioFor(i));
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
    const auto found = Costs::cheapestComfortable(m_session->store().catalog(), s.model, s.scenario,
                                                  c.sides[1 - index].hardwareId, c.assumptions.speedFloorTokS);
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

QString CompareModel::text(int row, int column) const
{
    if (column == RelativeColumn) {
        if (row == VerdictRow || row == ModelRow || row == DecodeRangeRow)
            return dash();
        const bool sameModel =
            m_sides[0].model.id == m_sides[1].model.id && m_costs[0].estimate.format == m_costs[1].estimate.format;
        if (dependsOnModel(row) && !sameModel)
            return tr("different model");
        const auto a = value(row, AColumn);
        const auto b = value(row, BColumn);
        if (!a || !b || *a == 0)
            return dash();
        return Format::change((*b - *a) / std::abs(*a) * 100);
    }
    const Costs::Side &s = m_sides[column];
    const Costs::SideCosts &c = m_costs[column];
    const Estimate &e = c.estimate;
    if (row == ModelRow)
        return tr("%1 (%2)").arg(s.model.name, e.ok() ? e.format.name : dash());
    if (!e.ok() && row == VerdictRow)
        return e.error->message;
    const auto v = value(row, column);
    switch (Row(row)) {
    case ModelRow: break;
    case HeadroomRow: return v ? Format::headroom(*v) : dash();
    case UsableRow:
    case WeightsRow:
    case KvRow: return v ? Format::bytes(*v) : dash();
    case BandwidthRow: return v ? Format::bandwidth(*v) : dash();
    case MsrpRow:
    case StreetRow: {
        const auto q = s.hardware.price(row == MsrpRow ? PriceQuote::Kind::Msrp : PriceQuote::Kind::Street);
        if (!q)
            return dash();
        // The date, and a sign when it is older than 90 days; the tooltip says how old.
        return tr("%1 (%2)").arg(Format::usdRange(q->lowUsd, q->highUsd), q->provenance.asOf) +
               (Staleness::isStale(q->provenance.asOf) ? QStringLiteral(" ⚠") : QString());
    }
    case HostRow:
        if (!s.host)
            return tr("none needed");
        return v ? tr("%1 · %2").arg(Format::usd(*v), s.host->name) : tr("%1 · price unknown").arg(s.host->name);
    case PowerRow: return v ? Format::watts(*v) : dash();
    case VerdictRow: return verdictText(e.verdict);
    case MaxContextRow: return tr("%1 tokens").arg(Format::tokens(e.maxContextTokens));
    case DecodeRow: return v ? Format::rate(v) : dash();
    case DecodeRangeRow:
        return e.runs() ? tr("%1 – %2").arg(Format::rate(e.decodeLowTokS), Format::rate(e.decodeHighTokS)) : dash();
    case PrefillRow: return v ? tr("%1 (%2)").arg(Format::seconds(*v), Format::rate(e.prefillTokS)) : dash();
    case UsdPerTokSRow: return v ? tr("%1 per tok/s").arg(Format::usd(*v)) : dash();
    case UsdPerMemoryRow: return v ? tr("%1 per %2").arg(Format::usd(*v), Format::byteUnitName()) : dash();
    case EnergyRow: return v ? tr("%1 per M tokens").arg(Format::usd(*v)) : dash();
    case CapacityRow:
        return v ? tr("%1 a day").arg(Format::tokens(*v)) + (c.capacityShort ? QStringLiteral(" ⚠") : QString())
                 : dash();
    case TcoRow:
    case ApiTcoRow:
    case RentRow: return v ? Format::usd(*v) : dash();
    case BreakevenRow:
        if (v)
            return tr("%1 months").arg(QLocale().toString(*v, 'f', *v < 10 ? 1 : 0));
        if (c.capacityShort)
            return tr("cannot serve the daily tokens");
        if (c.rented)
            return tr("rented: nothing to pay back");
        return dash();
    case RowCount: break;
    }
    return {};
}

QString CompareModel::tip(int row, int column) const
{
    if (column == RelativeColumn)
        return dependsOnModel(row) ? tr("(B − A) ÷ A, only where both sides run the same model and weights")
                                   : tr("(B − A) ÷ A");
    const Costs::SideCosts &c = m_costs[column];
    const Estimate &e = c.estimate;
    switch (Row(row)) {
    case VerdictRow: return e.ok() ? comfortableRuleText() : e.error->message;
    case DecodeRow: {
        if (!e.runs())
            return tr("No speed: the model does not run on this box in this scenario.");
        QString text = tr("Single-sequence decode with the KV cache full at %1 tokens")
                           .arg(Format::tokens(m_sides[column].scenario.contextTokens));
        if (e.offloadedBytes > 0)
            text += tr("\n%1 of the weights in the host's RAM").arg(Format::bytes(e.offloadedBytes));
        if (e.measuredCalibration)
            text += tr("\nCalibrated on your llama-bench runs");
        if (e.extrapolated)
            text += tr("\nExtrapolated beyond the measurements the speed model is fitted on");
        return text;
    }
    case PrefillRow:
        return e.prefillTokS
                   ? tr("%1 prompt tokens ÷ prefill %2 (compute-bound: the box's TFLOPS × the share "
                        "prompt processing reaches)")
                         .arg(Format::tokens(m_sides[column].scenario.promptTokens), Format::rate(e.prefillTokS))
                   : tr("The box's TFLOPS are not published, so prefill is unknown.");
    case UsdPerTokSRow:
        if (!c.priceKind)
            return tr("No price known");
        return c.hostUsd ? tr("(Low purchase price (%1) + host %2) ÷ decode estimate")
                               .arg(Format::priceKindText(*c.priceKind), Format::usd(*c.hostUsd))
                         : tr("Low purchase price (%1) ÷ decode estimate").arg(Format::priceKindText(*c.priceKind));
    case HostRow: {
        const auto &host = m_sides[column].host;
        if (!host)
            return tr("A complete computer: no separate host to buy");
        return tr("A bare card needs a computer around it: its price and power count in the costs below; its RAM "
                  "(%1 at %2) holds what is offloaded.\nSource: %3 (as of %4)")
            .arg(Format::bytes(host->ramBytes), Format::bandwidth(host->ramBandwidthBytesPerSecond),
                 host->priceSource.isComplete() ? host->priceSource.source : host->ramSource.source,
                 host->priceSource.isComplete() ? host->priceSource.asOf : host->ramSource.asOf);
    }
    case PowerRow: {
        const auto &host = m_sides[column].host;
        return host && host->loadWatts ? tr("Under load, the box alone; the energy row adds the host's %1")
                                             .arg(Format::watts(*host->loadWatts))
                                       : tr("Under load");
    }
    case UsdPerMemoryRow: return tr("Low purchase price ÷ usable memory in %1").arg(Format::byteUnitName());
    case EnergyRow: return tr("Power × seconds per million tokens ÷ 3.6 MJ/kWh × electricity price");
    case CapacityRow:
        return c.capacityTokensPerDay
                   ? tr("Output tokens a day at %n sequence(s): 24 h ÷ (decode time per token + prefill of its "
                        "%1 uncached input tokens)",
                        nullptr, m_sides[column].scenario.batch)
                         .arg(m_assumptions.inputPerOutput * (1 - m_assumptions.cacheHitShare), 0, 'f', 1)
                   : tr("Unknown: the model does not run, or the box's prompt speed is unknown");
    case TcoRow:
        if (c.rented)
            return tr("No purchase price: renting on demand for %1 h a day over %2 months (power included)")
                .arg(QString::number(*c.activeHoursPerDay, 'f', 1))
                .arg(m_assumptions.horizonMonths);
        return tr("Purchase %1 + electricity over %2 months: load power for %3 h a day, idle power the rest")
            .arg(c.priceLowUsd ? Format::usd(*c.priceLowUsd) : dash())
            .arg(m_assumptions.horizonMonths)
            .arg(c.activeHoursPerDay ? QString::number(*c.activeHoursPerDay, 'f', 1) : dash());
    case ApiTcoRow: {
        const Costs::Side &s = m_sides[column];
        if (!c.apiTcoUsd)
            return tr("No API price known");
        if (m_assumptions.apiUsdPerMillionTokens)
            return tr("Your price, %1 per million output tokens, over %2 months")
                .arg(Format::usd(*m_assumptions.apiUsdPerMillionTokens))
                .arg(m_assumptions.horizonMonths);
        return tr("%1 through %2%3: output + %4 input tokens per output token, %5 of them cached, over %6 months")
            .arg(s.api->modelId, s.api->provider,
                 s.apiStandsIn ? tr(" (no API serves %1: the stand-in)").arg(s.model.name) : QString())
            .arg(m_assumptions.inputPerOutput, 0, 'g', 3)
            .arg(Format::percent(m_assumptions.cacheHitShare * 100))
            .arg(m_assumptions.horizonMonths);
    }
    case RentRow: {
        const Costs::Side &s = m_sides[column];
        if (!c.rentUsdPerMonth)
            return tr("No rental offer for this box in the catalog, or it does not run the model");
        return tr("%1 on demand at %2 an hour for the %3 hours a day the workload needs, over %4 months")
            .arg(s.rental->provider, Format::usd(*s.rental->onDemandUsdPerHour))
            .arg(QString::number(*c.activeHoursPerDay, 'f', 1))
            .arg(m_assumptions.horizonMonths);
    }
    case BreakevenRow:
        return tr("Purchase price ÷ (monthly API cost %1 − monthly electricity %2). "
                  "Blank when the price is unknown, the model does not run, or the box never pays back.")
            .arg(c.apiUsdPerMonth ? Format::usd(*c.apiUsdPerMonth) : dash(),
                 c.energyUsdPerMonth ? Format::usd(*c.energyUsdPerMonth) : dash());
    case MsrpRow:
    case StreetRow: {
        const auto q =
            m_sides[column].hardware.price(row == MsrpRow ? PriceQuote::Kind::Msrp : PriceQuote::Kind::Street);
        if (!q)
            return tr("No price found");
        const QString warning = Staleness::priceWarning(q->provenance.asOf);
        return tr("Source: %1 (as of %2)").arg(q->provenance.source, q->provenance.asOf) +
               (warning.isEmpty() ? QString() : QStringLiteral("\n⚠ ") + warning);
    }
    default: return {};
    }
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
