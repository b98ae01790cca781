// Typed fields out of a JSON object, one message per bad field.
#include "jsonreader.h"

#include <cmath>

namespace Headroom {

JsonReader::JsonReader(const QJsonObject &object, QString path, QStringList *errors)
    : m_object(object)
    , m_path(std::move(path))
    , m_errors(errors)
{}

QString JsonReader::pathOf(const char *key) const
{
    const QString name = QString::fromLatin1(key);
    return m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
}

void JsonReader::error(const char *key, const QString &message) const
{
    if (m_errors)
        m_errors->append(pathOf(key) + QStringLiteral(": ") + message);
}

bool JsonReader::has(const char *key) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    return !value.isUndefined() && !value.isNull();
}

QString JsonReader::string(const char *key, bool required) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    if (required || (!value.isUndefined() && !value.isNull()))
        error(key, QStringLiteral("expected text"));
    return {};
}

double JsonReader::number(const char *key, double min, double max, bool required, double fallback) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(key, QStringLiteral("missing; expected a number from %1 to %2").arg(min).arg(max));
        return fallback;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(number) || number < min || number > max) {
        error(key, QStringLiteral("expected a number from %1 to %2").arg(min).arg(max));
        return fallback;
    }
    return number;
}

int JsonReader::integer(const char *key, int min, int max, bool required, int fallback) const
{
    const double value = number(key, min, max, required, fallback);
    if (value != std::floor(value)) {
        error(key, QStringLiteral("expected a whole number"));
        return fallback;
    }
    return int(value);
}

bool JsonReader::boolean(const char *key, bool fallback) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isBool())
        return value.toBool();
    if (!value.isUndefined() && !value.isNull())
        error(key, QStringLiteral("expected true or false"));
    return fallback;
}

JsonReader JsonReader::child(const char *key) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isObject() && !value.isUndefined() && !value.isNull())
        error(key, QStringLiteral("expected an object"));
    return JsonReader(value.toObject(), pathOf(key), m_errors);
}

QJsonArray JsonReader::array(const char *key) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isArray() && !value.isUndefined() && !value.isNull())
        error(key, QStringLiteral("expected a list"));
    return value.toArray();
}

} // namespace Headroom
