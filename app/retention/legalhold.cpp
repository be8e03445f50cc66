// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention/legalhold.h"

#include <QJsonArray>

namespace clearline::retention {

const QString LegalHold::kKind = QStringLiteral("legal-hold");

QJsonObject LegalHold::toPayload() const
{
    const QString names = recordTitles.join(QStringLiteral("; "));
    return {{QStringLiteral("title"),
             released ? tr("Legal hold released: %1").arg(names) : tr("Legal hold: %1").arg(names)},
            {QStringLiteral("district"), district},
            {QStringLiteral("records"), QJsonArray::fromStringList(records)},
            {QStringLiteral("recordTitles"), QJsonArray::fromStringList(recordTitles)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("released"), released}};
}

LegalHold LegalHold::fromPayload(const QJsonObject &payload)
{
    LegalHold hold;
    hold.district = payload.value(QStringLiteral("district")).toString();
    for (const QJsonValue &value : payload.value(QStringLiteral("records")).toArray()) {
        hold.records.append(value.toString());
    }
    for (const QJsonValue &value : payload.value(QStringLiteral("recordTitles")).toArray()) {
        hold.recordTitles.append(value.toString());
    }
    hold.reason = payload.value(QStringLiteral("reason")).toString();
    hold.released = payload.value(QStringLiteral("released")).toBool();
    return hold;
}

} // namespace clearline::retention
