// The interface language: the choice, its translations, locale and fonts.
#include "language.h"

#include "englishplurals.h"
#include "fonts.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace Headroom::Language {

namespace {

const QString kSettingsKey = QStringLiteral("language");
const QString kEnglish = QStringLiteral("en");
const QString kGerman = QStringLiteral("de");
const QString kChinese = QStringLiteral("zh_CN");

struct Installed
{
    QString code;
    std::unique_ptr<QTranslator> headroom;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> loaded(const QLocale &locale, const QString &name, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), folder))
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace

QList<Choice> choices()
{
    return {{QString(), QCoreApplication::translate("Headroom::Language", "System language")},
            {kEnglish, QStringLiteral("English")},
            {kGerman, QStringLiteral("Deutsch")},
            {kChinese, QStringLiteral("简体中文")}};
}

std::optional<QString> parse(const QString &text)
{
    const QString t = text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (t == QLatin1String("system"))
        return QString();
    if (t == QLatin1String("en") || t == QLatin1String("de"))
        return t;
    if (t == QLatin1String("zh") || t == QLatin1String("zh_cn") || t == QLatin1String("zh_hans"))
        return kChinese;
    return std::nullopt;
}

QString remembered()
{
    const QString value = QSettings().value(kSettingsKey).toString();
    const std::optional<QString> code = parse(value);
    return code && !value.isEmpty() ? *code : QString();
}

QString unreadableRemembered()
{
    const QVariant value = QSettings().value(kSettingsKey);
    if (!value.isValid() || parse(value.toString()))
        return {};
    return value.toString().isEmpty() ? QStringLiteral("(empty)") : value.toString();
}

void remember(const QString &code)
{
    QSettings().setValue(kSettingsKey, code.isEmpty() ? QStringLiteral("system") : code);
}

QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code == kEnglish)
        return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
    if (code == kGerman)
        return system.language() == QLocale::German ? system : QLocale(QLocale::German, QLocale::Germany);
    if (code == kChinese)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    return system;
}

void apply(const QString &code)
{
    Installed &state = installed();
    state.headroom.reset(); // a QTranslator removes itself when it is destroyed
    state.qt.reset();
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    // Installed first, so a translation installed later wins: a language Headroom has no
    // translation for reads English, with English plural forms.
    installEnglishPlurals();
    state.qt = loaded(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    state.headroom = loaded(locale, QStringLiteral("headroom"), QStringLiteral(":/i18n"));
    state.code = code;
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        Fonts::applyToApplication();
}

QString current()
{
    return installed().code;
}

} // namespace Headroom::Language
