#include "fitmatrixmodel.h"

#include "engine.h"
#include "format.h"
#include "roles.h"

namespace Headroom {

FitMatrixModel::FitMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FitMatrixModel::setCatalog(const Catalog *catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_calibrations.clear();
    if (m_catalog) {
        for (const HardwareSpec &h : m_catalog->hardware)
            m_calibrations.append(m_catalog->calibrationFor(h.backend));
    }
    m_cache.clear();
    endResetModel();
}

void FitMatrixModel::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    m_scenario.gpus = 0; // each box as sold; the selected pair's GPU count applies to the result panel
    m_cache.clear();
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

Estimate FitMatrixModel::estimateAt(int row, int column) const
{
    const qint64 key = qint64(row) * columnCount() + column;
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        it = m_cache.insert(key, Engine::estimate(m_catalog->models.at(column), m_catalog->hardware.at(row), m_scenario,
                                                  m_calibrations.at(row)));
    }
    return it.value();
}

int FitMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_catalog ? 0 : int(m_catalog->hardware.size());
}

int FitMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_catalog ? 0 : int(m_catalog->models.size());
}

QVariant FitMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Estimate e = estimateAt(index.row(), index.column());
    switch (role) {
    case VerdictRole: return e.ok() ? int(e.verdict) : int(Verdict::NoFit);
    case DecodeRole:
    case RawValueRole:
        return e.ok() && e.decodeTokS && e.verdict != Verdict::NoFit ? QVariant(*e.decodeTokS) : QVariant();
    case Qt::DisplayRole:
        if (!e.ok())
            return tr("error");
        if (e.verdict == Verdict::Hosted)
            return tr("hosted");
        if (e.verdict == Verdict::NoFit)
            return e.minGpus ? tr("needs %1 GPUs").arg(*e.minGpus) : tr("no fit");
        return Format::rate(e.decodeTokS);
    case Qt::ToolTipRole: {
        const ModelSpec &m = m_catalog->models.at(index.column());
        const HardwareSpec &h = m_catalog->hardware.at(index.row());
        if (!e.ok())
            return e.error->message;
        if (e.verdict == Verdict::Hosted)
            return tr("%1 via %2: no local memory needed.").arg(m.name, h.name);
        return tr("%1 on %2\n%3: %4 needed of %5 usable (headroom %6)\nDecode ≈ %7 (ceiling %8)\nLargest context: %9 "
                  "tokens")
            .arg(m.name, h.name, verdictName(e.verdict), Format::bytes(e.totalBytes), Format::bytes(e.usableBytes),
                 Format::bytes(e.headroomBytes), Format::rate(e.decodeTokS), Format::rate(e.decodeCeilingTokS),
                 Format::tokens(e.maxContextTokens));
    }
    default: return {};
    }
}

QVariant FitMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_catalog || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < m_catalog->models.size() ? m_catalog->models.at(section).name : QVariant();
    return section < m_catalog->hardware.size() ? m_catalog->hardware.at(section).name : QVariant();
}

} // namespace Headroom
