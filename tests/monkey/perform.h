// Carries out one step on the real widgets, through the events a person's mouse and keys send.
#pragma once

#include "action.h"

class QWidget;

namespace Monkey {

// Performs `action` on the widgets of `root` (the main window or a dialog). Returns false when its
// target is not there (a replay after the window changed), which the caller records and skips.
// A step that opens a modal dialog returns once the dialog handler has closed it.
bool perform(const Action &action, QWidget *root);

} // namespace Monkey
