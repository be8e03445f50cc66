// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/canonicaljson.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace clearline::core {

namespace {

constexpr double kMaxSafeInteger = 9007199254740992.0; // 2^53

QByteArray escapeFor(char16_t u)
{
    switch (u) {
    case u'"':
        return QByteArrayLiteral("\\\"");
    case u'\\':
        return QByteArrayLiteral("\\\\");
    case u'\b':
        return QByteArrayLiteral("\\b");
    case u'\f':
        return QByteArrayLiteral("\\f");
    case u'\n':
        return QByteArrayLiteral("\\n");
    case u'\r':
        return QByteArrayLiteral("\\r");
    case u'\t':
        return QByteArrayLiteral("\\t");
    default:
        if (u < 0x20) {
            return QByteArrayLiteral("\\u00") + QByteArray::number(u, 16).rightJustified(2, '0');
        }
        return {};
    }
}

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    // Runs of characters that need no escape go through toUtf8() whole, so
    // that surrogate pairs stay together.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QByteArray escape = escapeFor(text.at(i).unicode());
        if (!escape.isEmpty()) {
            out += QStringView(text).mid(runStart, i - runStart).toUtf8();
            out += escape;
            runStart = i + 1;
        }
    }
    out += QStringView(text).mid(runStart).toUtf8();
    out += '"';
}

bool append(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return true;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return true;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) != number || std::fabs(number) > kMaxSafeInteger) {
            return false;
        }
        out += QByteArray::number(static_cast<qint64>(number));
        return true;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        return true;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue &item : value.toArray()) {
            if (!first) {
                out += ',';
            }
            first = false;
            if (!append(out, item)) {
                return false;
            }
        }
        out += ']';
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        // QString's operator< compares UTF-16 code units, as RFC 8785 asks.
        std::sort(keys.begin(), keys.end());
        out += '{';
        bool first = true;
        for (const QString &key : keys) {
            if (!first) {
                out += ',';
            }
            first = false;
            appendString(out, key);
            out += ':';
            if (!append(out, object.value(key))) {
                return false;
            }
        }
        out += '}';
        return true;
    }
    }
    return false;
}

} // namespace

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    if (!append(out, value)) {
        return {};
    }
    return out;
}

QByteArray canonicalJson(const QJsonObject &object)
{
    return canonicalJson(QJsonValue(object));
}

} // namespace clearline::core
