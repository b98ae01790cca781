// The catalog's boxes as an item model, one per row, every value with its source.
#include "hardwaretablemodel.h"

#include "staleness.h"

#include "catalogstore.h"
#include "format.h"
#include "inputlimits.h"
#include "roles.h"

namespace Headroom {

namespace {

QString priceTip(const HardwareSpec &h)
{
    if (h.prices.isEmpty())
        return HardwareTableModel::tr("No price found for this configuration.");
    QStringList lines;
    for (const auto &q : h.prices) {
        lines << HardwareTableModel::tr("%1: %2 — %3 (as of %4)")
                     .arg(Format::priceKindText(q.kind), Format::usdRange(q.lowUsd, q.highUsd), q.provenance.source,
                          q.provenance.asOf);
        if (const QString warning = Staleness::priceWarning(q.provenance.asOf); !warning.isEmpty())
            lines << QStringLiteral("⚠ ") + warning;
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

HardwareTableModel::HardwareTableModel(const CatalogStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &CatalogStore::aboutToReset, this, [this] { beginResetModel(); });
    connect(store, &CatalogStore::reset, this, [this] { endResetModel(); });
    connect(store, &CatalogStore::hardwareChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

void HardwareTableModel::refreshUnits()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, MemoryColumn), index(rowCount() - 1, UsableColumn), {Qt::DisplayRole});
}

Qt::ItemFlags HardwareTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == UsableColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool HardwareTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != UsableColumn)
        return false;
    const HardwareSpec &h = m_store->hardware(index.row());
    bool ok = false;
    const double inUnit = value.toDouble(&ok);
    const double perDevice = inUnit / Format::bytesInUnit(1.0) / h.devices();
    // Refuse what cannot be true rather than clamping it silently.
    if (!ok || !(perDevice >= Format::bytesFromGiB(Limits::kUsableGb.min)) || perDevice > h.memoryBytesPerGpu)
        return false;
    Q_EMIT usableEditRequested(index.row(), perDevice);
    return true;
}

const HardwareSpec *HardwareTableModel::hardwareAt(int row) const noexcept
{
    return row >= 0 && row < m_store->hardwareCount() ? &m_store->hardware(row) : nullptr;
}

int HardwareTableModel::rowOf(const QString &id) const noexcept
{
    return m_store->hardwareRow(id);
}

int HardwareTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->hardwareCount();
}

int HardwareTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HardwareTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HardwareSpec &h = m_store->hardware(index.row());
    if (role == IdRole)
        return h.id;
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() >= MemoryColumn && index.column() != PriceColumn;
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::EditRole && index.column() == UsableColumn)
        return Format::bytesInUnit(h.usableBytesPerGpu * h.devices());
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case MemoryColumn: return h.totalMemoryBytes();
        case UsableColumn: return h.usableBytesPerGpu * h.devices();
        case BandwidthColumn: return h.bandwidthBytesPerSecond;
        case PriceColumn: {
            const auto quote = h.purchasePrice();
            return quote ? QVariant(quote->lowUsd) : QVariant();
        }
        case PowerColumn: return h.loadWatts ? QVariant(*h.loadWatts) : QVariant();
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        // Entries the user made or changed carry a pencil, in every language and without colour.
        case NameColumn: return h.user ? QString(h.name + QStringLiteral(" ✎")) : h.name;
        case VendorColumn: return vendorName(h.vendor);
        case MemoryColumn: return Format::bytes(h.totalMemoryBytes());
        case UsableColumn: return Format::bytes(h.usableBytesPerGpu * h.devices());
        case BandwidthColumn: return Format::bandwidth(h.bandwidthBytesPerSecond);
        case PriceColumn: {
            const auto quote = h.purchasePrice();
            if (!quote)
                return QStringLiteral("—");
            // A sign, not colour alone, marks a price older than 90 days; the tooltip says how old.
            return QString(
                tr("%1 %2").arg(Format::usdRange(quote->lowUsd, quote->highUsd), Format::priceKindText(quote->kind)) +
                (Staleness::isStale(quote->provenance.asOf) ? QStringLiteral(" ⚠") : QString()));
        }
        case PowerColumn: return h.loadWatts ? Format::watts(*h.loadWatts) : QStringLiteral("—");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case NameColumn:
            return QString(
                tr("%1: %2 device(s) as sold, up to %3").arg(h.name).arg(h.devices()).arg(std::max(h.maxGpus, h.gpus)) +
                originTip(m_store->hardwareOrigin(h.id), tr("box")));
        case MemoryColumn: return sourceTip(tr("Memory per device × %1 device(s)").arg(h.devices()), h.memorySource);
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
