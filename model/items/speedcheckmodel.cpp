// The speed model checked on data it never saw: held-out errors per source, and every point.
#include "speedcheckmodel.h"

#include "catalogstore.h"
#include "prefillcheck.h"
#include "roles.h"
#include "speedfit.h"

#include <QFutureWatcher>

namespace Headroom {

namespace {
QString percent(double share)
{
    return QStringLiteral("%1 %").arg(share * 100, 0, 'f', 1);
}
} // namespace

SpeedCheckModel::SpeedCheckModel(const CatalogStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    const QList<SpeedMeasurement> &rows = SpeedFit::embeddedMeasurements();
    const SpeedFit::Validation v = SpeedFit::validate(rows);
    for (const SpeedFit::SourceError &e : v.perSource)
        m_lines.append({e.source, e.rows, e.medianAbsError, e.p90AbsError, e.coverage});
    m_lines.append({QString(), v.overall.rows, v.overall.medianAbsError, v.overall.p90AbsError, v.overall.coverage,
                    LineKind::AllDecode});
    for (const SpeedFit::HeldOut &h : v.rows)
        m_published.append({h.predicted, rows.at(h.row).tokensPerSecond});
    // Prompt processing takes seconds to check: its row says so until the result arrives.
    m_lines.append({QString(), 0, 0, 0, 0, LineKind::AllPrefill, true});
    auto *watcher = new QFutureWatcher<Prefill::Validation>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher->future().resultCount() > 0)
            applyPrefill(watcher->future().result());
    });
    watcher->setFuture(embeddedPrefillValidation());
    const DecodeCalibration any = SpeedFit::classOf(SpeedFit::embeddedFit(), QString());
    m_rangeLow = any.rangeLow;
    m_rangeHigh = any.rangeHigh;
    refreshYours();
    connect(store, &CatalogStore::measuredChanged, this, &SpeedCheckModel::refreshYours);
}

void SpeedCheckModel::applyPrefill(const Prefill::Validation &v)
{
    const QList<PrefillMeasurement> &rows = Prefill::embeddedMeasurements();
    m_prefill.clear();
    for (const SpeedFit::HeldOut &h : v.rows)
        m_prefill.append({h.predicted, rows.at(h.row).tokensPerSecond});
    const qsizetype last = m_lines.size() - 1;
    m_lines[last] = {QString(),          v.overall.rows,      v.overall.medianAbsError, v.overall.p90AbsError,
                     v.overall.coverage, LineKind::AllPrefill};
    m_prefillReady = true;
    Q_EMIT dataChanged(index(int(last), 0), index(int(last), ColumnCount - 1));
    Q_EMIT prefillChecked();
}

void SpeedCheckModel::refreshYours()
{
    m_yours.clear();
    for (const MeasuredCalibration &c : m_store->measured()) {
        for (const CalibrationRun &r : c.runs) {
            if (!r.prompt)
                m_yours.append({r.predictedTokS, r.measuredTokS});
        }
    }
}

int SpeedCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SpeedCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpeedCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines.at(index.row());
    const bool all = l.kind != LineKind::Source;
    switch (role) {
    case Qt::DisplayRole:
        if (l.pending)
            return index.column() == SourceColumn ? tr("Prompt processing: checking (a few seconds)…")
                                                  : QStringLiteral("—");
        switch (Column(index.column())) {
        case SourceColumn:
            if (l.kind == LineKind::AllPrefill)
                return tr("Prompt processing: all %n measurements (publisher left out)", nullptr, l.rows);
            return all ? tr("All %n measurements", nullptr, l.rows) : tr("%1 (%n rows)", nullptr, l.rows).arg(l.source);
        case MedianColumn: return percent(l.median);
        case P90Column: return percent(l.p90);
        case InsideColumn: return percent(l.inside);
        case ColumnCount: break;
        }
        return {};
    case RawValueRole:
        if (l.pending)
            return {};
        switch (Column(index.column())) {
        case SourceColumn: return all ? QVariant() : QVariant(l.source);
        case MedianColumn: return l.median;
        case P90Column: return l.p90;
        case InsideColumn: return l.inside;
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SourceColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant SpeedCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SourceColumn: return tr("Source left out");
    case MedianColumn: return tr("Median error");
    case P90Column: return tr("90th percentile");
    case InsideColumn: return tr("Inside the range");
    case ColumnCount: break;
    }
    return {};
}

QList<std::pair<QString, double>> SpeedCheckModel::classEfficiencies()
{
    QList<std::pair<QString, double>> classes;
    const SpeedFit::Fit &fit = SpeedFit::embeddedFit();
    for (auto it = fit.classes.cbegin(); it != fit.classes.cend(); ++it)
        classes.append({it.key(), it->efficiency});
    return classes;
}

QString SpeedCheckModel::targetsText()
{
    return tr("Each source is predicted by a fit on the other sources only (headroom validate). Targets: median ≤ "
              "%1, 90th percentile ≤ %2, ≥ %3 inside the shown range. Prompt processing (triangles) leaves out one "
              "publisher at a time; its targets are ≤ %4, ≤ %5 and ≥ %6, not met yet.")
        .arg(percent(SpeedFit::kTargetMedianError), percent(SpeedFit::kTargetP90Error),
             percent(SpeedFit::kTargetCoverage), percent(Prefill::kTargetMedianError),
             percent(Prefill::kTargetP90Error), percent(Prefill::kTargetCoverage));
}

} // namespace Headroom
