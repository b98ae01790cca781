// The fit matrix as an item model: boxes down, models across, a verdict and a speed per cell.
#include "fitmatrixmodel.h"

#include "catalogstore.h"
#include "estimategrid.h"
#include "format.h"
#include "roles.h"

namespace Headroom {

FitMatrixModel::FitMatrixModel(const EstimateGrid *grid, QObject *parent)
    : QAbstractTableModel(parent)
    , m_grid(grid)
{
    connect(grid, &EstimateGrid::scenarioChanged, this, &FitMatrixModel::allChanged);
    connect(grid, &EstimateGrid::hardwareChanged, this, [this](int row) {
        if (columnCount() > 0)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, row, row);
    });
    connect(grid, &EstimateGrid::modelChanged, this, [this](int column) {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
        Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
    });
    connect(grid, &EstimateGrid::aboutToReset, this, [this] { beginResetModel(); });
    connect(grid, &EstimateGrid::reset, this, [this] { endResetModel(); });
}

void FitMatrixModel::allChanged()
{
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

Estimate FitMatrixModel::estimateAt(int row, int column) const
{
    return m_grid->at(row, column);
}

EstimateFigures FitMatrixModel::figuresAt(int row, int column) const
{
    return m_grid->figuresAt(row, column);
}

int FitMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid->store().hardwareCount();
}

int FitMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid->store().modelCount();
}

QString FitMatrixModel::cellText(const Estimate &e)
{
    // Short enough for a narrow column: the verdict's glyph goes before it, the unit (tok/s) is
    // in the matrix's caption, and the tooltip says it all in words.
    if (!e.ok())
        return QStringLiteral("—");
    switch (e.verdict) {
    case Verdict::UnsupportedFormat: return tr("format");
    case Verdict::ExceedsModelContext: return tr("> %1").arg(Format::tokens(e.contextLimitTokens));
    case Verdict::NoFit: return e.minGpus ? tr("%1 GPUs").arg(*e.minGpus) : tr("no fit");
    case Verdict::Offload:
    case Verdict::Tight:
    case Verdict::Comfortable: return Format::rateNumber(e.decodeTokS);
    }
    return {};
}

QVariant FitMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const Estimate e = estimateAt(index.row(), index.column());
        if (!e.ok() && e.error->field == QLatin1String("gpus")) {
            const HardwareSpec &h = m_grid->store().hardware(index.row());
            return tr("max %1").arg(std::max(h.maxGpus, h.gpus));
        }
        return cellText(e);
    }
    case VerdictRole: {
        const Estimate e = estimateAt(index.row(), index.column());
        return e.ok() ? QVariant(int(e.verdict)) : QVariant();
    }
    case DecodeRole:
    case RawValueRole: {
        const Estimate e = estimateAt(index.row(), index.column());
        return e.runs() && e.decodeTokS ? QVariant(*e.decodeTokS) : QVariant();
    }
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        const Estimate e = estimateAt(index.row(), index.column());
        const ModelSpec &m = m_grid->store().model(index.column());
        const HardwareSpec &h = m_grid->store().hardware(index.row());
        if (!e.ok() && e.error->field == QLatin1String("gpus"))
            return tr("%1 holds at most %n GPU(s); the GPUs setting asks for %2. Set GPUs to “as sold” to see it.",
                      nullptr, std::max(h.maxGpus, h.gpus))
                .arg(h.name)
                .arg(m_grid->scenario().gpus);
        if (!e.ok())
            return tr("%1 on %2: %3").arg(m.name, h.name, e.error->message);
        QString needs;
        if (e.verdict == Verdict::NoFit && e.minGpus)
            needs = tr("\nNeeds %1 GPUs").arg(*e.minGpus);
        QString tip = tr("%1 on %2 (%3, %4 GPU(s))\n%5: %6 needed of %7 usable (headroom %8)")
                          .arg(m.name, h.name, e.format.name)
                          .arg(e.gpus)
                          .arg(verdictText(e.verdict), Format::bytes(e.totalBytes), Format::bytes(e.usableBytes),
                               Format::bytes(e.headroomBytes));
        if (e.verdict == Verdict::UnsupportedFormat)
            tip += QLatin1Char('\n') + e.formatProblem;
        tip += needs;
        if (e.verdict == Verdict::Offload)
            tip += tr("\nFits with offload: %1, with %2 of the weights in the host's RAM")
                       .arg(Format::rate(e.decodeTokS), Format::bytes(e.offloadedBytes));
        else if (e.runs())
            tip += tr("\nDecode ≈ %1 at a full context (ceiling %2)")
                       .arg(Format::rate(e.decodeTokS), Format::rate(e.decodeCeilingTokS));
        if (e.runs() && e.ttftSeconds)
            tip += tr("\nFirst token after %1").arg(Format::seconds(*e.ttftSeconds));
        if (e.runs() && e.measuredCalibration)
            tip += tr("\nSpeed calibrated on your llama-bench runs");
        if (e.runs() && e.extrapolated)
            tip += tr("\nSpeed extrapolated beyond the measurements it is fitted on");
        return QString(tip + tr("\nLargest context that fits: %1 tokens").arg(Format::tokens(e.maxContextTokens)));
    }
    default: return {};
    }
}

QVariant FitMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const CatalogStore &store = m_grid->store();
    if (role == IdRole) {
        if (orientation == Qt::Horizontal)
            return section < store.modelCount() ? QVariant(store.model(section).id) : QVariant();
        return section < store.hardwareCount() ? QVariant(store.hardware(section).id) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section >= store.modelCount())
            return {};
        QString name = store.model(section).name;
        // Narrow columns wrap model names; line breaking does not split "397B-A17B" at the hyphen
        // before a digit, so the header offers a break after every hyphen (the tooltip keeps the name).
        if (role == Qt::DisplayRole)
            name.replace(QLatin1Char('-'), QStringLiteral("-\u200B"));
        return name;
    }
    return section < store.hardwareCount() ? QVariant(store.hardware(section).name) : QVariant();
}

} // namespace Headroom
