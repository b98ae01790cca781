#include "windowhost.h"

#include "language.h"
#include "mainwindow.h"

namespace Headroom {

WindowHost::WindowHost(Catalog builtin, QString userCatalogPath, QObject *parent)
    : QObject(parent)
    , m_builtin(std::move(builtin))
    , m_userCatalogPath(std::move(userCatalogPath))
{
    build();
}

WindowHost::~WindowHost()
{
    delete m_window;
}

void WindowHost::build()
{
    m_window = new MainWindow(m_builtin, m_userCatalogPath);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::languageChosen, this, &WindowHost::switchLanguage);
}

void WindowHost::switchLanguage(const QString &code)
{
    Language::remember(code);
    if (code == Language::current())
        return;
    MainWindow *old = m_window;
    const bool visible = old->isVisible();
    old->saveState();
    Language::apply(code);
    build();
    // Where the old one was, exactly (restoreGeometry goes through the frame, which a window
    // manager may place again), and the one the keyboard talks to.
    m_window->setGeometry(old->geometry());
    m_window->setWindowState(old->windowState());
    if (visible) {
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    }
    old->hide();
    // Not closed: closing would save the old window's state over the new one's.
    old->deleteLater();
}

} // namespace Headroom
