// Typed fields out of a JSON object, one message per bad field.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Headroom {

// Reads typed fields out of a JSON object and records one message per bad field,
// naming its path, so a broken catalog tells the user exactly what to fix.
class JsonReader final
{
public:
    JsonReader(const QJsonObject &object, QString path, QStringList *errors);

    [[nodiscard]] QString string(const char *key, bool required = true) const;
    [[nodiscard]] double number(const char *key, double min, double max, bool required = true,
                                double fallback = 0.0) const;
    [[nodiscard]] int integer(const char *key, int min, int max, bool required = true, int fallback = 0) const;
    [[nodiscard]] bool boolean(const char *key, bool fallback) const;
    [[nodiscard]] bool has(const char *key) const;
    [[nodiscard]] JsonReader child(const char *key) const;
    [[nodiscard]] QJsonArray array(const char *key) const;
    [[nodiscard]] QString pathOf(const char *key) const;
    void error(const char *key, const QString &message) const;

    [[nodiscard]] const QString &path() const noexcept { return m_path; }
    [[nodiscard]] QStringList *errors() const noexcept { return m_errors; }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_errors;
};

} // namespace Headroom
