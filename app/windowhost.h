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
    // Applies and remembers `code` ("" follows the system) and rebuilds the window in it.
    void switchLanguage(const QString &code);

private:
    void adopt(MainWindow *window);

    QPointer<MainWindow> m_window;
};

} // namespace Headroom
