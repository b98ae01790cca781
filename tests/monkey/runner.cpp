#include "runner.h"

#include "invariants.h"
#include "perform.h"
#include "targets.h"

#include "catalog.h"
#include "language.h"
#include "mainwindow.h"
#include "session.h"
#include "userdata.h"
#include "windowhost.h"

#include <QApplication>
#include <QDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSettings>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace Monkey {

using namespace Headroom;

namespace {

constexpr int kRecentKept = 30;
constexpr int kDialogTickMs = 30;
constexpr int kMostDialogSteps = 16; // then the dialog is closed by force

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

// A dialog handler for as long as `scope` lives: steps the monkey takes can open modal dialogs,
// whose nested event loop would otherwise wait for a person forever.
class DialogWatch
{
public:
    DialogWatch(Runner *runner, void (Runner::*handler)())
    {
        m_timer.setInterval(kDialogTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, runner, handler);
        m_timer.start();
    }

private:
    QTimer m_timer;
};

// The part of the session a restart must bring back.
QJsonObject remembered(const MainWindow &w)
{
    return w.session().toJson().value(QStringLiteral("explore")).toObject();
}

} // namespace

Runner::Runner(Options options)
    : m_options(std::move(options))
    , m_generator(m_options.seed)
    , m_builtin(CatalogLoader::embedded())
{
    m_clock.start();
    beat();
    if (!m_options.replay.isEmpty()) {
        QFile in(m_options.replay);
        if (in.open(QIODevice::ReadOnly | QIODevice::Text)) {
            QTextStream text(&in);
            while (!text.atEnd()) {
                const Action a = Action::fromLine(text.readLine());
                if (!a.kind.isEmpty())
                    m_replaySteps.append(a);
            }
        }
    }
    if (!m_options.journal.isEmpty()) {
        m_journal.setFileName(m_options.journal);
        if (m_journal.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            m_journal.write(QStringLiteral("# headroom monkey: seed %1, window %2x%3\n")
                                .arg(m_options.seed)
                                .arg(m_options.size.width())
                                .arg(m_options.size.height())
                                .toUtf8());
    }
}

Runner::~Runner()
{
    delete m_host;
}

MainWindow *Runner::window() const
{
    return m_host ? m_host->window() : nullptr;
}

void Runner::beat()
{
    m_lastProgressMs.store(m_clock.elapsed());
}

double Runner::secondsSinceProgress() const
{
    return double(m_clock.elapsed() - m_lastProgressMs.load()) / 1000.0;
}

void Runner::openWindow()
{
    m_host = new WindowHost(m_builtin, UserData::catalogPath());
    MainWindow *w = window();
    w->resize(m_options.size);
    w->show();
    w->activateWindow();
    QApplication::setActiveWindow(w);
    if (!QTest::qWaitForWindowExposed(w, 5000))
        say(QStringLiteral("monkey: the window was not shown within 5 s"));
}

void Runner::record(const Action &action)
{
    const QString line = action.toLine();
    m_recent.append(line);
    while (m_recent.size() > kRecentKept)
        m_recent.removeFirst();
    if (m_journal.isOpen()) {
        m_journal.write(line.toUtf8() + '\n');
        m_journal.flush(); // a crash keeps every step up to it
    }
}

void Runner::recordSkipped()
{
    m_recent.append(QStringLiteral("# the step above found nothing to take"));
    if (m_journal.isOpen()) {
        m_journal.write("# the step above found nothing to take\n");
        m_journal.flush();
    }
}

void Runner::noteSeen()
{
    if (MainWindow *w = window()) {
        for (QWidget *widget : interactiveWidgets(w))
            m_seen.insert(targetName(widget));
    }
}

// Every few milliseconds while a step runs: the top modal dialog or popup gets its next step.
void Runner::watchDialogs()
{
    beat();
    QWidget *dialog = QApplication::activePopupWidget();
    if (!dialog)
        dialog = QApplication::activeModalWidget();
    if (!dialog || dialog == window())
        return;
    if (dialog != m_dialog) {
        m_dialog = dialog;
        m_dialogSteps = 0;
    }
    if (m_dialogSteps >= kMostDialogSteps) { // a dialog that will not close: close it as a window would
        if (auto *d = qobject_cast<QDialog *>(dialog))
            d->reject();
        else
            dialog->close();
        return;
    }
    Action a;
    if (!m_options.replay.isEmpty())
        a = m_replayDialog.isEmpty() ? Action{QStringLiteral("esc"), targetName(dialog), {}, true}
                                     : m_replayDialog.takeFirst();
    else
        a = m_generator.inDialog(dialog, m_dialogSteps, m_intent);
    a.inDialog = true;
    ++m_dialogSteps;
    for (QWidget *w : interactiveWidgets(dialog))
        m_seen.insert(targetName(dialog) + QStringLiteral(" › ") + targetName(w));
    const QString hitName = targetName(dialog) + QStringLiteral(" › ") + a.target;
    record(a);                                       // before it is taken: what it opens is journalled after it
    DialogWatch nested(this, &Runner::watchDialogs); // this step may open a dialog of its own
    if (perform(a, dialog))
        ++m_hits[hitName];
    else
        recordSkipped();
}

bool Runner::takeStep(const Action &action)
{
    beat();
    m_intent = action.kind == QLatin1String("trigger") ? action.arg(0) : QString();
    m_dialog = nullptr;
    record(action); // before it is taken: the dialogs it opens are journalled after it
    if (action.kind == QLatin1String("restart")) {
        restart();
        return true;
    }
    if (action.kind == QLatin1String("remembered")) {
        checkRemembered();
        return true;
    }
    bool done = false;
    {
        DialogWatch watch(this, &Runner::watchDialogs);
        done = perform(action, window());
        // What a step started (a queued language switch, a debounced chart) runs before the checks.
        QTest::qWait(5);
    }
    if (done) {
        const bool isAction = action.kind == QLatin1String("trigger") || action.kind == QLatin1String("shortcut");
        ++m_hits[isAction ? QStringLiteral("action:") + action.target : action.target];
    } else {
        recordSkipped();
    }
    return done;
}

void Runner::restart()
{
    MainWindow *w = window();
    const QJsonObject before = remembered(*w);
    {
        // Closing saves, and a save that fails says so in a message box a person would answer.
        DialogWatch watch(this, &Runner::watchDialogs);
        w->saveState();
    }
    delete m_host;
    m_host = nullptr;
    openWindow();
    const QJsonObject after = remembered(*window());
    if (after != before)
        fail({QStringLiteral("a restart did not bring the session back: before %1, after %2")
                  .arg(QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
                       QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)))});
}

// A second after the last change the session is on disk, as the next start after a kill reads it.
void Runner::checkRemembered()
{
    QTest::qWait(1300);
    const QJsonObject live = remembered(*window());
    const QJsonObject saved = QJsonDocument::fromJson(QSettings().value(QStringLiteral("session/json")).toByteArray())
                                  .object()
                                  .value(QStringLiteral("explore"))
                                  .toObject();
    if (saved != live)
        fail({QStringLiteral("a second after the last change the remembered session is not the live one: saved %1, "
                             "live %2")
                  .arg(QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)),
                       QString::fromUtf8(QJsonDocument(live).toJson(QJsonDocument::Compact)))});
}

void Runner::fail(const QStringList &broken)
{
    if (m_failed)
        return;
    m_failed = true;
    say(QStringLiteral("monkey: FAILED after step %1 (seed %2):").arg(m_stepsTaken).arg(m_options.seed));
    for (const QString &line : broken)
        say(QStringLiteral("  broken: ") + line);
    say(QStringLiteral("monkey: the last steps:"));
    for (const QString &line : std::as_const(m_recent))
        say(QStringLiteral("  ") + line);
    if (!m_options.journal.isEmpty())
        say(QStringLiteral("monkey: replay with: monkey --replay %1").arg(m_options.journal));
}

int Runner::run()
{
    Language::apply(QStringLiteral("en"));
    openWindow();
    const qint64 deadlineMs = m_options.minutes > 0 ? qint64(m_options.minutes * 60'000) : -1;
    const bool replaying = !m_options.replay.isEmpty();
    while (!m_failed) {
        if (replaying && m_replaySteps.isEmpty())
            break;
        if (!replaying && m_options.steps > 0 && m_stepsTaken >= m_options.steps)
            break;
        if (!replaying && deadlineMs >= 0 && m_clock.elapsed() > deadlineMs)
            break;
        QList<Action> steps;
        if (replaying) {
            steps << m_replaySteps.takeFirst();
            m_replayDialog.clear();
            while (!m_replaySteps.isEmpty() && m_replaySteps.first().inDialog)
                m_replayDialog << m_replaySteps.takeFirst();
        } else {
            steps = m_generator.next(window());
        }
        for (const Action &action : std::as_const(steps)) {
            if (!takeStep(action))
                ++m_skipped;
            ++m_stepsTaken;
            noteSeen();
            ++m_checks;
            const QStringList broken = brokenInvariants(*window());
            if (!broken.isEmpty()) {
                fail(broken);
                break;
            }
        }
    }
    printSummary();
    return m_failed ? 1 : 0;
}

void Runner::printSummary() const
{
    if (m_options.quiet && !m_failed)
        return;
    say(QStringLiteral("monkey: seed %1, %2 steps (%3 with nothing there to take), %4 invariant checks, %5 s")
            .arg(m_options.seed)
            .arg(m_stepsTaken)
            .arg(m_skipped)
            .arg(m_checks)
            .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
    QList<std::pair<int, QString>> counts;
    for (auto it = m_hits.cbegin(); it != m_hits.cend(); ++it)
        counts.append({it.value(), it.key()});
    std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    say(QStringLiteral("monkey: hits per widget and action (%1 names):").arg(counts.size()));
    for (const auto &[count, name] : counts)
        say(QStringLiteral("  %1  %2").arg(count, 6).arg(name));
    QStringList never;
    for (const QString &name : m_seen) {
        const QString inMain = name.section(QStringLiteral(" › "), -1);
        if (!m_hits.contains(name) && !m_hits.contains(inMain))
            never << name;
    }
    std::sort(never.begin(), never.end());
    say(QStringLiteral("monkey: %1 of %2 enabled widgets seen were never hit%3")
            .arg(never.size())
            .arg(m_seen.size())
            .arg(never.isEmpty() ? QString() : QStringLiteral(":")));
    for (const QString &name : std::as_const(never))
        say(QStringLiteral("  ") + name);
}

} // namespace Monkey
