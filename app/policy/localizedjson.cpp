// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/localizedjson.h"

namespace clearline::policy {

QJsonObject localizedToJson(const Localized &text)
{
    QJsonObject object;
    for (auto it = text.begin(); it != text.end(); ++it) {
        object.insert(it.key(), it.value().trimmed());
    }
    return object;
}

Localized localizedFromJson(const QJsonObject &object)
{
    Localized text;
    for (auto it = object.begin(); it != object.end(); ++it) {
        text.insert(it.key(), it.value().toString());
    }
    return text;
}

} // namespace clearline::policy
