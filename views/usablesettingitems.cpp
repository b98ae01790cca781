// The items a list of a unified box's usable-memory settings shows (the box form, a compare side).
#include "usablesettingitems.h"

#include "format.h"
#include "hardwarespec.h"

#include <QComboBox>
#include <QCoreApplication>

namespace Headroom {

void addUsableSettingItems(QComboBox *combo, const HardwareSpec &box)
{
    for (const UsableVariant &v : box.usableVariants) {
        combo->addItem(QCoreApplication::translate("Headroom::UsableSettingItems", "%1: %2")
                           .arg(v.label, Format::bytes(v.bytesPerDevice)),
                       v.setting);
        combo->setItemData(combo->count() - 1,
                           QCoreApplication::translate("Headroom::UsableSettingItems", "%1\n%2 (%3)")
                               .arg(v.note, v.provenance.source, v.provenance.asOf)
                               .trimmed(),
                           Qt::ToolTipRole);
    }
}

} // namespace Headroom
