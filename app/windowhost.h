// Owns the main window and rebuilds it in another language, handing over the document.
#pragma once

#include "catalog.h"

#include <QObject>
#include <QPointer>

namespace Headroom {

class MainWindow;

// Owns the main window and replaces it when the user picks another interface language. Every
// label, menu, chart and table text is built in the language in force when it is made, so a
// new window is the one way no text stays behind in the old language. The new window takes
// over the old one's document (catalog store, session, undo history, saver); the window state
// (geometry, splitters, pages, tabs) is written and read back, the path a restart takes.
// Undo entries made before the switch keep their names in the old language.
class WindowHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowHost)

public:
    // `userCatalogPath`: as MainWindow's.
    WindowHost(const Catalog &builtin, const QString &userCatalogPath, QObject *parent = nullptr);
    ~WindowHost() override;

    [[nodiscard]] MainWindow *window() const { return m_window; }
    // Applies and remembers `code` ("" follows the system) and rebuilds the window in it. Not while
    // a dialog is open or the window has work in flight (the dialog, or the work's answer, would
    // land in a window being deleted): then it waits for them and switches after.
    void switchLanguage(const QString &code);

private:
    void adopt(MainWindow *window);
    [[nodiscard]] bool mayReplaceWindow() const;

    QPointer<MainWindow> m_window;
    QString m_pendingLanguage;
    bool m_retryScheduled = false;
};

} // namespace Headroom
