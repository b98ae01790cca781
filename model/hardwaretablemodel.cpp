#include "hardwaretablemodel.h"

#include "format.h"
#include "roles.h"

namespace Headroom {

namespace {

QString priceText(const HardwareSpec &h)
{
    if (h.isCloud()) {
        return HardwareTableModel::tr("%1 / %2 per M tokens (in / out)")
            .arg(Format::usd(h.apiUsdPerMillionInput), Format::usd(h.apiUsdPerMillionOutput));
    }
    const auto quote = HardwareTableModel::purchasePrice(h);
    if (!quote)
        return QStringLiteral("—");
    const QString kind =
        quote->kind == PriceQuote::Kind::Street ? HardwareTableModel::tr("street") : HardwareTableModel::tr("MSRP");
    if (quote->lowUsd == quote->highUsd)
        return QStringLiteral("%1 %2").arg(Format::usd(quote->lowUsd), kind);
    return QStringLiteral("%1–%2 %3").arg(Format::usd(quote->lowUsd), Format::usd(quote->highUsd), kind);
}

QString priceTip(const HardwareSpec &h)
{
    if (h.prices.isEmpty())
        return HardwareTableModel::tr("No price found for this configuration.");
    QStringList lines;
    for (const auto &q : h.prices) {
        QString kind;
        switch (q.kind) {
        case PriceQuote::Kind::Msrp: kind = HardwareTableModel::tr("MSRP"); break;
        case PriceQuote::Kind::Street: kind = HardwareTableModel::tr("Street"); break;
        case PriceQuote::Kind::Rental: kind = HardwareTableModel::tr("Rental per hour"); break;
        case PriceQuote::Kind::PerToken: kind = HardwareTableModel::tr("Per million tokens"); break;
        }
        lines << HardwareTableModel::tr("%1: %2–%3 — %4 (as of %5)")
                     .arg(kind, Format::usd(q.lowUsd), Format::usd(q.highUsd), q.provenance.source, q.provenance.asOf);
    }
    return lines.join(QLatin1Char('\n'));
}

QString sourceTip(const QString &what, const Provenance &p)
{
    if (p.source.isEmpty())
        return what;
    return HardwareTableModel::tr("%1\nSource: %2 (as of %3)").arg(what, p.source, p.asOf);
}

} // namespace

HardwareTableModel::HardwareTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

std::optional<PriceQuote> HardwareTableModel::purchasePrice(const HardwareSpec &hardware)
{
    if (auto street = hardware.price(PriceQuote::Kind::Street))
        return street;
    return hardware.price(PriceQuote::Kind::Msrp);
}

void HardwareTableModel::setHardware(QList<HardwareSpec> hardware)
{
    beginResetModel();
    m_hardware = std::move(hardware);
    endResetModel();
}

void HardwareTableModel::refreshUnits()
{
    if (!m_hardware.isEmpty())
        Q_EMIT dataChanged(index(0, MemoryColumn), index(rowCount() - 1, UsableColumn), {Qt::DisplayRole});
}

void HardwareTableModel::setUsable(int row, double bytes, const QString &rule)
{
    if (row < 0 || row >= m_hardware.size())
        return;
    m_hardware[row].usableBytesPerGpu = bytes;
    m_hardware[row].usableRule = rule;
    Q_EMIT dataChanged(index(row, UsableColumn), index(row, UsableColumn));
}

Qt::ItemFlags HardwareTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == UsableColumn && !m_hardware.at(index.row()).isCloud())
        f |= Qt::ItemIsEditable;
    return f;
}

bool HardwareTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != UsableColumn)
        return false;
    const HardwareSpec &h = m_hardware.at(index.row());
    bool ok = false;
    const double inUnit = value.toDouble(&ok);
    const double bytes = inUnit * (Format::bytesInUnit(1.0) > 0 ? 1.0 / Format::bytesInUnit(1.0) : 0.0);
    const double perGpu = bytes / std::max(1, h.gpus);
    // Refuse what cannot be true rather than clamping it silently.
    if (!ok || h.isCloud() || !(perGpu > 0) || perGpu > h.memoryBytesPerGpu)
        return false;
    Q_EMIT usableEditRequested(index.row(), perGpu);
    return true;
}

const HardwareSpec *HardwareTableModel::hardwareAt(int row) const noexcept
{
    return row >= 0 && row < m_hardware.size() ? &m_hardware.at(row) : nullptr;
}

int HardwareTableModel::rowOf(const QString &id) const noexcept
{
    for (qsizetype i = 0; i < m_hardware.size(); ++i) {
        if (m_hardware.at(i).id == id)
            return int(i);
    }
    return -1;
}

int HardwareTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hardware.size());
}

int HardwareTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HardwareTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HardwareSpec &h = m_hardware.at(index.row());
    const int gpus = std::max(1, h.gpus);
    if (role == IdRole)
        return h.id;
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() >= MemoryColumn && index.column() != PriceColumn;
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::EditRole && index.column() == UsableColumn)
        return Format::bytesInUnit(h.usableBytesPerGpu * gpus);
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case MemoryColumn: return h.memoryBytesPerGpu * gpus;
        case UsableColumn: return h.usableBytesPerGpu * gpus;
        case BandwidthColumn: return h.bandwidthBytesPerSecond;
        case PriceColumn: {
            const auto quote = purchasePrice(h);
            return quote ? QVariant(quote->lowUsd) : QVariant();
        }
        case PowerColumn: return h.powerWatts > 0 ? QVariant(h.powerWatts) : QVariant();
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        const bool cloud = h.isCloud();
        switch (Column(index.column())) {
        case NameColumn: return h.name;
        case VendorColumn: return vendorName(h.vendor);
        case MemoryColumn: return cloud ? QStringLiteral("—") : Format::bytes(h.memoryBytesPerGpu * gpus);
        case UsableColumn: return cloud ? QStringLiteral("—") : Format::bytes(h.usableBytesPerGpu * gpus);
        case BandwidthColumn: return cloud ? QStringLiteral("—") : Format::bandwidth(h.bandwidthBytesPerSecond);
        case PriceColumn: return priceText(h);
        case PowerColumn: return h.powerWatts > 0 ? tr("%1 W").arg(h.powerWatts) : QStringLiteral("—");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case MemoryColumn: return sourceTip(tr("Memory per device × %1 device(s)").arg(gpus), h.memorySource);
        case UsableColumn:
            return sourceTip(
                tr("Usable: %1\nDouble-click to enter your own value (Ctrl+Z undoes it).").arg(h.usableRule),
                h.usableSource);
        case BandwidthColumn: return sourceTip(tr("Memory bandwidth per device"), h.bandwidthSource);
        case PriceColumn: return priceTip(h);
        case PowerColumn: return sourceTip(tr("Power under load"), h.powerSource);
        default: return {};
        }
    }
    return {};
}

QVariant HardwareTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Hardware");
    case VendorColumn: return tr("Vendor");
    case MemoryColumn: return tr("Memory");
    case UsableColumn: return tr("Usable");
    case BandwidthColumn: return tr("Bandwidth");
    case PriceColumn: return tr("Price");
    case PowerColumn: return tr("Power");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Headroom
