#include "comparemodel.h"

#include "format.h"
#include "roles.h"

namespace Headroom {

namespace {
// +1: a higher value is better; -1: lower is better; 0: neither (context-dependent).
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
    case CompareModel::PowerRow:
    case CompareModel::PrefillRow:
    case CompareModel::UsdPerTokSRow:
    case CompareModel::UsdPerGBRow:
    case CompareModel::EnergyRow:
    case CompareModel::BreakevenRow: return -1;
    default: return 0;
    }
}

int verdictRank(Verdict v)
{
    switch (v) {
    case Verdict::Comfortable: return 3;
    case Verdict::Hosted: return 2;
    case Verdict::Tight: return 1;
    case Verdict::NoFit: return 0;
    }
    return 0;
}

QString dash()
{
    return QStringLiteral("—");
}

QString priceText(const std::optional<PriceQuote> &q)
{
    if (!q)
        return dash();
    const QString range = q->lowUsd == q->highUsd
                              ? Format::usd(q->lowUsd)
                              : Format::usd(q->lowUsd) + QStringLiteral("–") + Format::usd(q->highUsd);
    return CompareModel::tr("%1 (%2)").arg(range, q->provenance.asOf);
}
} // namespace

CompareModel::CompareModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CompareModel::setSides(const Costs::Side &a, const Costs::SideCosts &aCosts, const Costs::Side &b,
                            const Costs::SideCosts &bCosts)
{
    m_sides[0] = a;
    m_sides[1] = b;
    m_costs[0] = aCosts;
    m_costs[1] = bCosts;
    if (!m_ready) {
        beginResetModel();
        m_ready = true;
        endResetModel();
    } else {
        Q_EMIT dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
    }
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_ready ? 0 : RowCount;
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> CompareModel::value(int row, int column) const
{
    if (!m_ready || column < AColumn || column > BColumn)
        return std::nullopt;
    const Costs::Side &s = m_sides[column];
    const Costs::SideCosts &c = m_costs[column];
    const Estimate &e = c.estimate;
    const bool local = !s.hardware.isCloud() && e.ok();
    const auto quote = [&s](PriceQuote::Kind kind) -> std::optional<double> {
        const auto q = s.hardware.price(kind);
        return q ? std::optional<double>(q->lowUsd) : std::nullopt;
    };
    switch (Row(row)) {
    case UsableRow: return local ? std::optional<double>(e.usableBytes) : std::nullopt;
    case BandwidthRow: return local ? std::optional<double>(s.hardware.bandwidthBytesPerSecond * e.gpus) : std::nullopt;
    case MsrpRow: return quote(PriceQuote::Kind::Msrp);
    case StreetRow: return quote(PriceQuote::Kind::Street);
    case PowerRow: return s.hardware.powerWatts > 0 ? std::optional<double>(s.hardware.powerWatts) : std::nullopt;
    case WeightsRow: return e.ok() ? std::optional<double>(e.weightsBytes) : std::nullopt;
    case KvRow: return e.ok() ? std::optional<double>(e.kvCacheBytes + e.fixedStateBytes) : std::nullopt;
    case HeadroomRow: return local ? std::optional<double>(e.headroomBytes) : std::nullopt;
    case VerdictRow: return e.ok() ? std::optional<double>(verdictRank(e.verdict)) : std::nullopt;
    case MaxContextRow: return e.ok() ? std::optional<double>(e.maxContextTokens) : std::nullopt;
    case DecodeRow: return local && e.verdict != Verdict::NoFit ? e.decodeTokS : std::nullopt;
    case DecodeRangeRow: return std::nullopt;
    case PrefillRow: return local ? e.prefillSeconds : std::nullopt;
    case UsdPerTokSRow: return c.usdPerTokS;
    case UsdPerGBRow: return c.usdPerUsableGB;
    case EnergyRow: return c.energyUsdPerMillionTokens;
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
        const auto a = value(row, AColumn);
        const auto b = value(row, BColumn);
        if (!a || !b || *a == 0 || row == VerdictRow)
            return dash();
        const double percent = (*b - *a) / std::abs(*a) * 100;
        return QStringLiteral("%1%2%").arg(percent > 0 ? QStringLiteral("+") : QString()).arg(percent, 0, 'f', 0);
    }
    const Costs::Side &s = m_sides[column];
    const Costs::SideCosts &c = m_costs[column];
    const Estimate &e = c.estimate;
    if (!e.ok())
        return row == VerdictRow ? e.error->message : dash();
    const auto v = value(row, column);
    switch (Row(row)) {
    case UsableRow:
    case WeightsRow:
    case KvRow:
    case HeadroomRow: return v ? Format::bytes(*v) : dash();
    case BandwidthRow: return v ? Format::bandwidth(*v) : dash();
    case MsrpRow: return priceText(s.hardware.price(PriceQuote::Kind::Msrp));
    case StreetRow: return priceText(s.hardware.price(PriceQuote::Kind::Street));
    case PowerRow: return v ? tr("%1 W").arg(*v) : dash();
    case VerdictRow: return verdictName(e.verdict);
    case MaxContextRow: return tr("%1 tokens").arg(Format::tokens(e.maxContextTokens));
    case DecodeRow: return v ? Format::rate(v) : dash();
    case DecodeRangeRow:
        return value(DecodeRow, column)
                   ? tr("%1 – %2").arg(Format::rate(e.decodeLowTokS), Format::rate(e.decodeHighTokS))
                   : dash();
    case PrefillRow: return v ? Format::seconds(*v) : dash();
    case UsdPerTokSRow: return v ? tr("%1 per tok/s").arg(Format::usd(*v)) : dash();
    case UsdPerGBRow: return v ? tr("%1 per GB").arg(Format::usd(*v)) : dash();
    case EnergyRow: return v ? tr("%1 per M tokens").arg(Format::usd(*v)) : dash();
    case BreakevenRow:
        if (v)
            return tr("%1 months").arg(*v, 0, 'f', *v < 10 ? 1 : 0);
        if (c.capacityShort)
            return tr("cannot serve the daily tokens");
        return dash();
    case RowCount: break;
    }
    return {};
}

QString CompareModel::tip(int row, int column) const
{
    if (column == RelativeColumn)
        return tr("(B − A) ÷ A");
    const Costs::SideCosts &c = m_costs[column];
    switch (Row(row)) {
    case UsdPerTokSRow: return tr("Low purchase price (%1) ÷ decode estimate").arg(c.priceKind);
    case UsdPerGBRow: return tr("Low purchase price ÷ usable memory in GB (10^9 bytes)");
    case EnergyRow: return tr("Power × seconds per million tokens ÷ 3.6 MJ/kWh × electricity price");
    case BreakevenRow:
        return tr("Purchase price ÷ (monthly API cost %1 − monthly electricity %2). "
                  "Blank when the price is unknown, the model does not fit, or the box never pays back.")
            .arg(c.apiUsdPerMonth ? Format::usd(*c.apiUsdPerMonth) : dash(),
                 c.energyUsdPerMonth ? Format::usd(*c.energyUsdPerMonth) : dash());
    case MsrpRow:
    case StreetRow: {
        const auto q =
            m_sides[column].hardware.price(row == MsrpRow ? PriceQuote::Kind::Msrp : PriceQuote::Kind::Street);
        return q ? tr("Source: %1 (as of %2)").arg(q->provenance.source, q->provenance.asOf) : tr("No price found");
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
        case AColumn: return m_ready ? tr("A: %1").arg(m_sides[0].hardware.name) : tr("A");
        case BColumn: return m_ready ? tr("B: %1").arg(m_sides[1].hardware.name) : tr("B");
        case RelativeColumn: return tr("B vs A");
        case ColumnCount: break;
        }
        return {};
    }
    static const char *const names[] = {
        QT_TR_NOOP("Usable memory"),
        QT_TR_NOOP("Bandwidth"),
        QT_TR_NOOP("Price (MSRP)"),
        QT_TR_NOOP("Price (street)"),
        QT_TR_NOOP("Power"),
        QT_TR_NOOP("Weights"),
        QT_TR_NOOP("KV cache"),
        QT_TR_NOOP("Headroom"),
        QT_TR_NOOP("Verdict"),
        QT_TR_NOOP("Largest context"),
        QT_TR_NOOP("Decode estimate"),
        QT_TR_NOOP("Decode range"),
        QT_TR_NOOP("Prefill time"),
        QT_TR_NOOP("Price per tok/s"),
        QT_TR_NOOP("Price per GB"),
        QT_TR_NOOP("Energy per M tokens"),
        QT_TR_NOOP("Break-even vs API"),
    };
    return section >= 0 && section < RowCount ? tr(names[section]) : QVariant();
}

} // namespace Headroom
