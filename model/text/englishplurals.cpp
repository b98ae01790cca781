// English's plural forms (1 year, 3 years), installed for the window and the commands.
#include "englishplurals.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Headroom {

bool installEnglishPlurals()
{
    static QTranslator *const english = [] {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (!translator->load(QStringLiteral(":/i18n/headroom_en.qm")) ||
            !QCoreApplication::installTranslator(translator)) {
            delete translator;
            return static_cast<QTranslator *>(nullptr);
        }
        return translator;
    }();
    return english != nullptr;
}

} // namespace Headroom
