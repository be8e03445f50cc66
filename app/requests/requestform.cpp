// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/requestform.h"

#include <QJsonArray>

namespace clearline::requests {

QJsonObject RequestForm::toJson() const
{
    QJsonObject values;
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        values.insert(it.key(), it.value());
    }
    QStringList sortedTicks = ticked;
    sortedTicks.sort();
    QJsonObject object{{QStringLiteral("procedure"), procedureId},
                       {QStringLiteral("answers"), values},
                       {QStringLiteral("checklist"), QJsonArray::fromStringList(sortedTicks)}};
    if (!follows.isEmpty()) {
        object.insert(QStringLiteral("follows"), follows);
    }
    return object;
}

RequestForm RequestForm::fromJson(const QJsonObject &object)
{
    RequestForm form;
    form.procedureId = object.value(QStringLiteral("procedure")).toString();
    const QJsonObject values = object.value(QStringLiteral("answers")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        form.answers.insert(it.key(), it.value().toString());
    }
    for (const QJsonValue &item : object.value(QStringLiteral("checklist")).toArray()) {
        form.ticked.append(item.toString());
    }
    form.follows = object.value(QStringLiteral("follows")).toString();
    return form;
}

} // namespace clearline::requests
