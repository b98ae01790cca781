// The window's start-up: settings checked, language, user data and window state loaded, flags applied.
#include "windowstart.h"

#include "catalog.h"
#include "language.h"
#include "mainwindow.h"
#include "settingsfile.h"
#include "userdata.h"
#include "windowhost.h"
#include "windowoptions.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace Headroom::WindowStart {

std::unique_ptr<WindowHost> open(const WindowOptions &options)
{
    const bool screenshot = !options.screenshot.isEmpty();
    if (screenshot) // a screenshot shows the defaults, never the user's remembered state
        QStandardPaths::setTestModeEnabled(true);
    // Before the first QSettings: a FIFO there would block here forever.
    const QString settingsProblem = SettingsFile::guard();
    // The language chosen in View → Language (the system's until then); --lang for this run.
    Language::apply(options.language.value_or(Language::remembered()));
    // A screenshot shows the built-in catalog: the same picture on every machine.
    auto host =
        std::make_unique<WindowHost>(CatalogLoader::embedded(), screenshot ? QString() : UserData::catalogPath());
    MainWindow *window = host->window();
    applyWindowOptions(*window, options);
    const QString language = options.language ? QString() : Language::unreadableRemembered();
    if (!language.isEmpty() && !screenshot)
        window->reportProblem(QCoreApplication::translate("Headroom::MainWindow", "Your settings"),
                              QCoreApplication::translate("Headroom::MainWindow",
                                                          "The language remembered in %1, “%2”, is not one Headroom "
                                                          "has; the system's language is used, and the value is kept.")
                                  .arg(SettingsFile::path(), language));
    if (!settingsProblem.isEmpty() && !screenshot)
        window->reportProblem(QCoreApplication::translate("Headroom::MainWindow", "Your settings"),
                              QCoreApplication::translate("Headroom::MainWindow",
                                                          "Your settings could not be read: %1. The file is left as "
                                                          "it is; what you change in this session is not remembered.")
                                  .arg(settingsProblem));
    return host;
}

} // namespace Headroom::WindowStart
