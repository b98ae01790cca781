// Ranks every box-and-model pair for the advisor on a worker thread, over a snapshot of the catalog.
#include "advisorranking.h"

#include "advisormodel.h"
#include "catalogstore.h"
#include "session.h"

#include <QThread>

namespace Headroom {

AdvisorRanking::AdvisorRanking(const Session *session, AdvisorModel *model, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
{}

AdvisorRanking::~AdvisorRanking()
{
    stop();
}

void AdvisorRanking::stop()
{
    if (!m_worker)
        return;
    m_cancel->store(true);
    m_worker->disconnect(this);
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
}

void AdvisorRanking::start()
{
    stop();
    const Costs::AdvisorInputs in = m_session->advisor();
    const Catalog &catalog = m_session->store().catalog();
    if (in.budgetHighUsd < in.budgetLowUsd) {
        m_model->setAdvice(catalog, in, {});
        Q_EMIT refused(tr("The budget's upper end is below its lower end."));
        return;
    }
    // A snapshot: the lists are shared, not copied, and an edit meanwhile detaches them.
    const quint64 generation = ++m_generation;
    auto result = std::make_shared<Costs::AdviceRun>();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_worker = QThread::create([snapshot = catalog, in, result, cancel = m_cancel] {
        *result = Costs::advise(snapshot, in, kMaxPicks, cancel.get());
    });
    // The picks index into the catalog they were ranked in: that snapshot goes with them.
    connect(m_worker, &QThread::finished, this, [this, generation, result, in, snapshot = catalog] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (generation != m_generation || result->cancelled)
            return;
        m_model->setAdvice(snapshot, in, result->best);
        Q_EMIT ranked(in, result->running);
    });
    Q_EMIT startedRanking(catalog.models.size() * catalog.hardware.size());
    m_worker->start();
}

} // namespace Headroom
