// The window's start-up: settings checked, language, user data and window state loaded, flags applied.
#pragma once

#include <memory>

namespace Headroom {

class WindowHost;
struct WindowOptions;

// The window's start-up, between the application object and the event loop: the settings file
// checked before anything reads it, the remembered (or --lang) language, the user's catalog and
// calibrations and the remembered window state loaded, the window's flags applied, and whatever
// could not be read reported in the window. A screenshot uses none of the user's data or settings.
// main() and the start-up test run the same steps.
namespace WindowStart {

[[nodiscard]] std::unique_ptr<WindowHost> open(const WindowOptions &options);

} // namespace WindowStart
} // namespace Headroom
