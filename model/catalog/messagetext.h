// What the user typed, shown in a message as visible text, never as terminal control.
#pragma once

#include <QString>

// Messages that name what the user typed (an id, a path, a repository) show it as text, never as
// terminal control: a newline would make a two-line error, an escape sequence would reach the
// terminal raw. As coreutils' quotearg does, control characters become visible escapes.
namespace Headroom::MessageText {

// `text` with every control character (C0, DEL, C1, line and paragraph separators, bidirectional
// overrides) written as an escape: "\n", "\t", "\x1b", "\u202e". Everything else is kept.
[[nodiscard]] QString oneLine(const QString &text);

} // namespace Headroom::MessageText
