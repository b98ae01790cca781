// Named scenarios: saved to and opened from the user's data folder.
#pragma once

#include "inputfile.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace Headroom {

class Session;

// File → Save scenario as…, Open scenario: named scenarios in the user's data folder
// (scenarios/NAME.json), or any scenario file. Opening one brings the catalog entries it was saved
// with into the user's catalog where they differ (one undoable step), so it shows the same
// numbers it showed when saved.
class ScenarioActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioActions)

public:
    // Asks a scenario name: (title, label, suggestion) → name, or empty to cancel.
    using AskName = std::function<QString(const QString &, const QString &, const QString &)>;
    // Asks a file to open: (title, folder, filters) → path, or empty to cancel.
    using AskPath = std::function<QString(const QString &, const QString &, const QString &)>;

    ScenarioActions(Session *session, QUndoStack *undo, QWidget *window);

    void addTo(QMenu *menu);
    void setAskName(AskName ask) { m_askName = std::move(ask); }
    void setAskPath(AskPath ask) { m_askPath = std::move(ask); }

    // Each returns an empty string or a sentence saying what failed.
    [[nodiscard]] QString save(const QString &name);
    // `Own`: one of the saved scenarios (a regular file only); `Named`: a file the user chose.
    [[nodiscard]] QString open(const QString &path, InputFile::Origin origin = InputFile::Origin::Named);
    // The saved scenarios' names, sorted.
    [[nodiscard]] QStringList savedNames() const;
    [[nodiscard]] QString pathFor(const QString &name) const;

Q_SIGNALS:
    void message(const QString &text);

private:
    void fillOpenMenu();
    void report(const QString &title, const QString &error);

    Session *m_session;
    QUndoStack *m_undo;
    QWidget *m_window;
    AskName m_askName;
    AskPath m_askPath;
    QMenu *m_openMenu = nullptr;
};

} // namespace Headroom
