// English's plural forms (1 year, 3 years), installed for the window and the commands.
#pragma once

namespace Headroom {

// Installs English's plural forms (":/i18n/headroom_en.qm", built from headroom_en.ts): without
// them a count reads "3 year(s)". Once per process; later calls do nothing. Returns whether the
// forms are installed. The window installs them through Language::apply instead, as the fallback
// for a language Headroom does not speak.
bool installEnglishPlurals();

} // namespace Headroom
