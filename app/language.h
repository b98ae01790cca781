// The interface language: the choice, its translations, locale and fonts.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace Headroom::Language {

// An interface language: `code` is what the settings and --lang hold ("" follows the system),
// `name` is written in the language itself, as language menus do.
struct Choice
{
    QString code;
    QString name;
};

// System, English, Deutsch, 简体中文.
[[nodiscard]] QList<Choice> choices();
// Reads a --lang value: system, en, de, zh, zh_CN or zh-CN, in any case. nullopt for others.
[[nodiscard]] std::optional<QString> parse(const QString &text);
// The language the user chose in View → Language (QSettings key "language"); a value this
// version does not know reads as the system's.
[[nodiscard]] QString remembered();
// The remembered value when it names no language Headroom has (a damaged settings file): it is
// kept as it is and the system's language used; empty when there is nothing wrong.
[[nodiscard]] QString unreadableRemembered();
void remember(const QString &code);
// The locale numbers and dates follow: the system's where it speaks the chosen language (de_CH
// keeps its own digits), else the language's main one.
[[nodiscard]] QLocale localeFor(const QString &code);
// Installs Headroom's and Qt's translations, the default locale and the fonts for `code`,
// replacing what an earlier call installed. Needs a QCoreApplication; fonts need a
// QGuiApplication and are left alone without one.
void apply(const QString &code);
// The code last applied.
[[nodiscard]] QString current();

} // namespace Headroom::Language
