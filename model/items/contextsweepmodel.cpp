// The selected pair swept over context lengths: memory and speed per sample.
#include "contextsweepmodel.h"

#include "catalogstore.h"
#include "engine.h"
#include "estimategrid.h"
#include "format.h"
#include "roles.h"
#include "session.h"

#include <cmath>

namespace Headroom {

ContextSweepModel::ContextSweepModel(const Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &Session::scenarioChanged, this, &ContextSweepModel::recompute);
    connect(session, &Session::selectionChanged, this, &ContextSweepModel::recompute);
    connect(&session->grid(), &EstimateGrid::hardwareChanged, this, &ContextSweepModel::recompute);
    connect(&session->grid(), &EstimateGrid::modelChanged, this, &ContextSweepModel::recompute);
    connect(&session->grid(), &EstimateGrid::reset, this, &ContextSweepModel::recompute);
    recompute();
}

double ContextSweepModel::lastContext() const noexcept
{
    return m_contexts.isEmpty() ? kFirstContext : m_contexts.last();
}

void ContextSweepModel::recompute()
{
    const int modelRow = m_session->modelRow();
    const int boxRow = m_session->hardwareRow();
    QList<double> contexts;
    QList<Estimate> samples;
    if (modelRow >= 0 && boxRow >= 0) {
        const CatalogStore &store = m_session->store();
        const ModelSpec &model = store.model(modelRow);
        const HardwareSpec &box = store.hardware(boxRow);
        Scenario s = m_session->scenario();
        m_current = m_session->selectedEstimate();
        m_currentContext = s.contextTokens;
        const double limit = model.contextLimit(s.extendedContext);
        const double last = std::max({limit, s.contextTokens, 2 * kFirstContext});
        for (int i = 0; i <= kSamples; ++i) {
            s.contextTokens = std::round(kFirstContext * std::pow(last / kFirstContext, double(i) / kSamples));
            contexts.append(s.contextTokens);
            samples.append(Engine::estimate(model, box, s, store.calibration(boxRow), store.host(boxRow)));
        }
    }
    // Same number of samples: a dataChanged, as a slider step should be; otherwise a reset.
    if (samples.size() == m_samples.size() && !samples.isEmpty()) {
        m_contexts = std::move(contexts);
        m_samples = std::move(samples);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_contexts = std::move(contexts);
    m_samples = std::move(samples);
    endResetModel();
}

int ContextSweepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_samples.size());
}

int ContextSweepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContextSweepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Estimate &e = m_samples.at(index.row());
    const double context = m_contexts.at(index.row());
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case ContextColumn: return context;
        case MemoryColumn: return e.ok() ? QVariant(e.totalBytes) : QVariant();
        case DecodeColumn: return e.runs() && e.decodeTokS ? QVariant(*e.decodeTokS) : QVariant();
        case VerdictColumn: return e.ok() ? QVariant(int(e.verdict)) : QVariant();
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case ContextColumn: return Format::tokens(context);
        case MemoryColumn: return e.ok() ? Format::bytes(e.totalBytes) : QStringLiteral("—");
        case DecodeColumn: return e.runs() ? Format::rate(e.decodeTokS) : QStringLiteral("—");
        case VerdictColumn: return e.ok() ? verdictText(e.verdict) : e.error->message;
        case ColumnCount: break;
        }
    }
    return {};
}

QVariant ContextSweepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ContextColumn: return tr("Context");
    case MemoryColumn: return tr("Memory");
    case DecodeColumn: return tr("Decode");
    case VerdictColumn: return tr("Verdict");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Headroom
