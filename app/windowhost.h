#pragma once

#include "catalog.h"

#include <QObject>
#include <QPointer>

namespace Headroom {

class MainWindow;

// Owns the main window and replaces it when the user picks another interface language. Every
// label, menu, chart and table text is built in the language in force when it is made, so a
// new window is the one way no text stays behind in the old language. What the user has is
// carried over through the same path as a restart: the catalog is saved, the window state
// (geometry, pages, session, both compare sides) written and read back. The undo history is
// the one thing that does not move.
class WindowHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowHost)

public:
    // `userCatalogPath`: as MainWindow's.
    WindowHost(Catalog builtin, QString userCatalogPath, QObject *parent = nullptr);
    ~WindowHost() override;

    [[nodiscard]] MainWindow *window() const { return m_window; }
    // Applies and remembers `code` ("" follows the system) and rebuilds the window in it.
    void switchLanguage(const QString &code);

private:
    void build();

    Catalog m_builtin;
    QString m_userCatalogPath;
    QPointer<MainWindow> m_window;
};

} // namespace Headroom
