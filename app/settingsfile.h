// The settings file checked for what it is before QSettings reads it.
#pragma once

#include <QString>

// The settings file (QSettings: ~/.config/Headroom/headroom.conf on Linux) is one Headroom opens by
// itself, so it is checked before any QSettings reads it: a FIFO there would block the window's
// start forever, a device would be read without end, and a file with lines Qt cannot parse would
// lose them at the next save (QSettings writes back only what it understood).
namespace Headroom::SettingsFile {

// Where QSettings keeps Headroom's settings (after QStandardPaths' test mode, if any, is set).
[[nodiscard]] QString path();

// Checks the settings file. When it is not a regular file, is too large, or does not parse, this
// run's settings go to a private copy instead (what could be read of it, or nothing) and the file
// is left exactly as it is. Returns that problem in words, naming the file ("PATH is a FIFO (a
// named pipe), not a file"); empty when all is well.
// Call once, after the application object and its names exist and before the first QSettings.
[[nodiscard]] QString guard();

} // namespace Headroom::SettingsFile
