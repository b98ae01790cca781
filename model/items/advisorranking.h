// Ranks every box-and-model pair for the advisor's inputs off the GUI thread, into an AdvisorModel.
#pragma once

#include "costs.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Headroom {

class AdvisorModel;
class Session;

// The budget advisor's ranking: a catalog of thousands of models and boxes holds millions of
// pairs, so it runs on a worker thread over a snapshot of the catalog, and the window stays usable.
// A ranking started for inputs that have changed since is dropped, never shown.
class AdvisorRanking final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvisorRanking)

public:
    // The most picks kept: more is not a list a person reads.
    static constexpr qsizetype kMaxPicks = 1000;

    AdvisorRanking(const Session *session, AdvisorModel *model, QObject *parent = nullptr);
    ~AdvisorRanking() override;

    // Ranks the session's advisor inputs now, stopping a ranking under way.
    void start();
    // Whatever is being ranked is for inputs that changed: its result will be dropped.
    void invalidate() noexcept { ++m_generation; }
    [[nodiscard]] bool running() const noexcept { return m_worker != nullptr; }

Q_SIGNALS:
    void startedRanking(qsizetype pairs);
    // The model holds the best picks; `passing` counts every pair that passed, kept or not.
    void ranked(const Costs::AdvisorInputs &inputs, qsizetype passing);
    void refused(const QString &reason);

private:
    void stop();

    const Session *m_session;
    AdvisorModel *m_model;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
};

} // namespace Headroom
