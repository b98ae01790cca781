// The window's start-up as `headroom` runs it (WindowStart::open: settings, language, the user's
// catalog and calibrations, the remembered state), shown offscreen for a moment, then closed as a
// user closes it (which saves). It prints every problem the window showed, one "shown: " line
// each, so the suite can check that what could not be read was said, naming the file.
#include "mainwindow.h"
#include "windowhost.h"
#include "windowoptions.h"
#include "windowstart.h"

#include <QApplication>
#include <QEventLoop>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

// The window's own Qt notes (the offscreen platform's) are not the command line's one-line
// contract; what the window shows the user is what is judged.
void quiet(QtMsgType, const QMessageLogContext &, const QString &) {}

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quiet);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Headroom"));
    QCoreApplication::setApplicationName(QStringLiteral("headroom"));
    const std::unique_ptr<Headroom::WindowHost> host = Headroom::WindowStart::open(Headroom::WindowOptions{});
    Headroom::MainWindow *window = host->window();
    QStringList shown;
    QObject::connect(window->statusBar(), &QStatusBar::messageChanged, window, [&shown](const QString &text) {
        if (!text.isEmpty())
            shown << text;
    });
    shown << window->statusBar()->currentMessage();
    window->show();
    QEventLoop loop;
    QTimer::singleShot(400, &loop, &QEventLoop::quit);
    loop.exec();
    for (const QMessageBox *box : window->findChildren<QMessageBox *>())
        shown << box->text();
    window->close(); // saves the window state and the user's data, as quitting does
    for (const QString &text : std::as_const(shown)) {
        if (!text.isEmpty())
            std::printf("shown: %s\n", text.simplified().toUtf8().constData());
    }
    return 0;
}
