// The items a list of a unified box's usable-memory settings shows (the box form, a compare side).
#pragma once

class QComboBox;

namespace Headroom {

struct HardwareSpec;

// Appends one item per named setting of `box`: its label and size as the text, the setting's name
// as the item's data, its note and source as the tooltip.
void addUsableSettingItems(QComboBox *combo, const HardwareSpec &box);

} // namespace Headroom
