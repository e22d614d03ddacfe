// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "jsondecoder.h"

#include <cmath>

namespace Pennon {

namespace {
constexpr double MaxExactInteger = 9007199254740992.0; // 2^53
QString fieldPath(const QString &path, const QString &key)
{
    return path + u'/' + pointerToken(key);
}
} // namespace

JsonDecoder::JsonDecoder(Problems *problems)
    : m_problems(problems)
{
}

void JsonDecoder::problem(const QString &path, const QString &message)
{
    m_problems->append({path, message});
}

QString JsonDecoder::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return tr("a boolean");
    case QJsonValue::Double: return tr("a number");
    case QJsonValue::String: return tr("a string");
    case QJsonValue::Array: return tr("a list");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

void JsonDecoder::wrongType(const QString &path, const QString &expected, const QJsonValue &found)
{
    problem(path, tr("must be %1, not %2").arg(expected, typeName(found)));
}

QJsonObject JsonDecoder::object(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        wrongType(path, tr("an object"), value);
        return {};
    }
    return value.toObject();
}

void JsonDecoder::allowOnly(const QJsonObject &o, const QString &path, const QStringList &allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            problem(fieldPath(path, it.key()), tr("unknown field \"%1\"").arg(it.key()));
    }
}

bool JsonDecoder::present(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    if (o.contains(key))
        return true;
    if (required)
        problem(path, tr("missing field \"%1\"").arg(key));
    return false;
}

QString JsonDecoder::string(const QJsonObject &o, const QString &key, const QString &path,
                            const QString &defaultValue)
{
    if (!present(o, key, path, false))
        return defaultValue;
    const QJsonValue value = o.value(key);
    if (!value.isString()) {
        wrongType(fieldPath(path, key), tr("a string"), value);
        return defaultValue;
    }
    return value.toString();
}

QString JsonDecoder::requiredString(const QJsonObject &o, const QString &key, const QString &path)
{
    if (!present(o, key, path, true))
        return {};
    return string(o, key, path);
}

QStringList JsonDecoder::stringList(const QJsonObject &o, const QString &key, const QString &path)
{
    if (!present(o, key, path, false))
        return {};
    const QJsonValue value = o.value(key);
    const QString listPath = fieldPath(path, key);
    if (!value.isArray()) {
        wrongType(listPath, tr("a list of strings"), value);
        return {};
    }
    const QJsonArray array = value.toArray();
    QStringList result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isString())
            wrongType(listPath + u'/' + QString::number(i), tr("a string"), item);
        else
            result.append(item.toString());
    }
    return result;
}

QStringList JsonDecoder::requiredStringList(const QJsonObject &o, const QString &key, const QString &path)
{
    if (!present(o, key, path, true))
        return {};
    return stringList(o, key, path);
}

bool JsonDecoder::boolean(const QJsonObject &o, const QString &key, const QString &path, bool defaultValue)
{
    if (!present(o, key, path, false))
        return defaultValue;
    const QJsonValue value = o.value(key);
    if (!value.isBool()) {
        wrongType(fieldPath(path, key), tr("true or false"), value);
        return defaultValue;
    }
    return value.toBool();
}

bool JsonDecoder::requiredBoolean(const QJsonObject &o, const QString &key, const QString &path)
{
    if (!present(o, key, path, true))
        return false;
    return boolean(o, key, path, false);
}

qint64 JsonDecoder::integer(const QJsonObject &o, const QString &key, const QString &path,
                            qint64 defaultValue)
{
    if (!present(o, key, path, false))
        return defaultValue;
    const QJsonValue value = o.value(key);
    if (!value.isDouble()) {
        wrongType(fieldPath(path, key), tr("an integer"), value);
        return defaultValue;
    }
    const double number = value.toDouble();
    if (std::trunc(number) != number || std::fabs(number) > MaxExactInteger) {
        problem(fieldPath(path, key),
                tr("must be an integer between -2^53 and 2^53, not %1").arg(number, 0, 'g', 17));
        return defaultValue;
    }
    return static_cast<qint64>(number);
}

qint64 JsonDecoder::requiredInteger(const QJsonObject &o, const QString &key, const QString &path)
{
    if (!present(o, key, path, true))
        return 0;
    return integer(o, key, path, 0);
}

double JsonDecoder::requiredNumber(const QJsonObject &o, const QString &key, const QString &path)
{
    if (!present(o, key, path, true))
        return 0;
    const QJsonValue value = o.value(key);
    if (!value.isDouble()) {
        wrongType(fieldPath(path, key), tr("a number"), value);
        return 0;
    }
    return value.toDouble();
}

QJsonArray JsonDecoder::requiredArray(const QJsonObject &o, const QString &key, const QString &path)
{
    if (!present(o, key, path, true))
        return {};
    return array(o.value(key), fieldPath(path, key));
}

QJsonArray JsonDecoder::array(const QJsonValue &value, const QString &path)
{
    if (!value.isArray()) {
        wrongType(path, tr("a list"), value);
        return {};
    }
    return value.toArray();
}

} // namespace Pennon
