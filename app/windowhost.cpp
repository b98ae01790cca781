// Owns the main window and rebuilds it in another language, handing over the document.
#include "windowhost.h"

#include <QApplication>
#include <QTimer>

#include "language.h"
#include "mainwindow.h"

namespace Headroom {

WindowHost::WindowHost(const Catalog &builtin, const QString &userCatalogPath, QObject *parent)
    : QObject(parent)
{
    adopt(new MainWindow(builtin, userCatalogPath));
}

WindowHost::~WindowHost()
{
    delete m_window;
}

void WindowHost::adopt(MainWindow *window)
{
    m_window = window;
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::languageChosen, this, &WindowHost::switchLanguage);
}

bool WindowHost::mayReplaceWindow() const
{
    return !QApplication::activeModalWidget() && !QApplication::activePopupWidget() && !m_window->hasWorkInFlight();
}

void WindowHost::switchLanguage(const QString &code)
{
    Language::remember(code);
    m_pendingLanguage = code;
    if (!mayReplaceWindow()) {
        if (!m_retryScheduled) {
            m_retryScheduled = true;
            QTimer::singleShot(200, this, [this] {
                m_retryScheduled = false;
                switchLanguage(m_pendingLanguage);
            });
        }
        return;
    }
    if (code == Language::current())
        return;
    MainWindow *old = m_window;
    const bool visible = old->isVisible();
    old->saveState();
    Language::apply(code);
    adopt(new MainWindow(*old)); // takes over the catalog, the session and the undo history
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
