// The window's own flags (--screenshot, --tab, --size, …), checked before a display is touched.
#pragma once

#include "estimate.h"
#include "scenario.h"

#include <QCommandLineParser>
#include <QSize>
#include <QString>

#include <optional>
#include <variant>

namespace Headroom {

class MainWindow;

// The window's own command-line flags (headroom [--screenshot FILE] [--tab NAME] …). They are
// parsed and checked before any window exists, so a bad one exits 2 naming it, with no display.
struct WindowOptions
{
    QString screenshot; // empty: open the window
    QSize size{1280, 800};
    QString tab; // explore, matrix, bandwidth, context, quality, compare, advisor
    bool dark = false;
    QString modelId;
    QString hardwareId;
    std::optional<Scenario> scenario; // set when any scenario flag was given
    std::optional<QString> language;  // --lang: this run only; "" is the system's
};

void addWindowOptions(QCommandLineParser &parser);
// Reads parsed flags; the error names the flag at fault.
[[nodiscard]] std::variant<WindowOptions, EstimateError> windowOptionsFrom(const QCommandLineParser &parser);
// The tab names --tab accepts.
[[nodiscard]] QStringList windowTabNames();
void applyWindowOptions(MainWindow &window, const WindowOptions &options);

} // namespace Headroom
