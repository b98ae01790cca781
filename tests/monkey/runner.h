// The monkey's loop: a step, the dialogs it opens, the invariants, the journal and the coverage.
#pragma once

#include "action.h"
#include "generator.h"

#include "catalog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSize>

#include <atomic>

namespace Headroom {
class MainWindow;
class WindowHost;
} // namespace Headroom

namespace Monkey {

struct Options
{
    quint64 seed = 1;
    int steps = 1000;   // top-level steps; 0 = until `minutes` pass
    double minutes = 0; // 0 = until `steps` are done
    QString replay;     // a journal to rerun instead of random steps
    QString journal;    // where every step is written as it is taken
    QSize size{1400, 900};
    bool quiet = false;
};

class Runner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runner)

public:
    explicit Runner(Options options);
    ~Runner() override;

    // 0 when every invariant held; 1 when one broke (printed, with the seed and the last steps).
    int run();
    // Called from the watchdog thread: seconds since the last sign of progress.
    [[nodiscard]] double secondsSinceProgress() const;
    [[nodiscard]] QStringList recentSteps() const { return m_recent; }

private:
    [[nodiscard]] Headroom::MainWindow *window() const;
    void openWindow();
    bool takeStep(const Action &action);
    void restart();
    void checkRemembered();
    void watchDialogs();
    void record(const Action &action);
    void recordSkipped();
    void noteSeen();
    void fail(const QStringList &broken);
    void printSummary() const;
    void beat();

    Options m_options;
    Generator m_generator;
    Headroom::Catalog m_builtin;
    Headroom::WindowHost *m_host = nullptr;
    QFile m_journal;
    QStringList m_recent;         // the last steps, for a failure report
    QList<Action> m_replaySteps;  // top-level steps still to replay
    QList<Action> m_replayDialog; // the dialog steps that follow the current one
    QString m_intent;             // what the current top-level step means dialogs to do
    QPointer<QWidget> m_dialog;   // the dialog being handled
    int m_dialogSteps = 0;
    QHash<QString, int> m_hits; // widget or action name → steps taken on it
    QSet<QString> m_seen;       // every widget that was there to be taken
    int m_stepsTaken = 0;
    int m_skipped = 0;
    int m_checks = 0;
    QElapsedTimer m_clock;
    std::atomic<qint64> m_lastProgressMs{0};
    bool m_failed = false;
};

} // namespace Monkey
