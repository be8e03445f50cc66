// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/concern.h"

#include "ledger/revision.h"

#include <QJsonArray>

namespace clearline::contacts {

const QString Concern::kKind = QStringLiteral("concern");

QJsonObject Concern::toPayload() const
{
    QJsonObject payload{{QStringLiteral("title"), QStringLiteral("Concern: %1").arg(initials)},
                        {QStringLiteral("contact"), contactId},
                        {QStringLiteral("with"),
                         QJsonObject{{QStringLiteral("initials"), initials}, {QStringLiteral("rosterId"), rosterId}}},
                        {QStringLiteral("tell"), QJsonArray::fromStringList(tell)},
                        {QStringLiteral("agency"), agency},
                        {QStringLiteral("clause"), clauseId}};
    if (reportedAt.isValid()) {
        payload.insert(QStringLiteral("reportedAt"), ledger::Revision::timeText(reportedAt));
        payload.insert(QStringLiteral("reportedTo"), reportedTo);
    }
    return payload;
}

Concern Concern::fromPayload(const QJsonObject &payload)
{
    Concern concern;
    concern.contactId = payload.value(QStringLiteral("contact")).toString();
    const QJsonObject with = payload.value(QStringLiteral("with")).toObject();
    concern.initials = with.value(QStringLiteral("initials")).toString();
    concern.rosterId = with.value(QStringLiteral("rosterId")).toString();
    for (const QJsonValue &value : payload.value(QStringLiteral("tell")).toArray()) {
        concern.tell.append(value.toString());
    }
    concern.agency = payload.value(QStringLiteral("agency")).toString();
    concern.clauseId = payload.value(QStringLiteral("clause")).toString();
    concern.reportedAt =
        QDateTime::fromString(payload.value(QStringLiteral("reportedAt")).toString(), Qt::ISODateWithMs);
    concern.reportedTo = payload.value(QStringLiteral("reportedTo")).toString();
    return concern;
}

} // namespace clearline::contacts
