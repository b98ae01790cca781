// What the window remembers between runs: geometry, pages, palette, units and the session.
#pragma once

#include <QString>

namespace Headroom {

class MainWindow;

// What the window remembers between runs, in the standard per-user settings file
// (~/.config/Headroom/headroom.conf on Linux): geometry, splitters, pages, palette, units, the
// session (explored scenario, both compare sides, cost assumptions, advisor inputs). Values written
// by earlier versions are still read (0.1's usable-memory overrides move into the user's catalog). Every remembered
// value is checked like any input: a corrupt file falls back to defaults, never to a silent odd value.
namespace WindowState {

void restore(MainWindow &window);
void save(const MainWindow &window);
// The session alone: written a moment after each change, so a crash or a kill loses at most the
// last second of it, never the whole session.
void saveSession(const MainWindow &window);

} // namespace WindowState
} // namespace Headroom
