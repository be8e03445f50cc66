// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/contactbook.h"

#include <algorithm>

namespace clearline::contacts {

bool ContactItem::flagged() const
{
    return verdict == QLatin1String("forbidden") || verdict == QLatin1String("needs-authorization") || entry.atRisk;
}

bool ContactItem::awaitsForwarding() const
{
    const bool tracked = std::any_of(entry.toDos.begin(), entry.toDos.end(), [](const ContactToDoItem &toDo) {
        return toDo.action == QLatin1String("forward-copy");
    });
    return mustForward && !entry.forwarded && !tracked;
}

QList<ContactToDoItem> ContactItem::openToDos() const
{
    QList<ContactToDoItem> open;
    for (const ContactToDoItem &toDo : entry.toDos) {
        if (!toDo.isDone()) {
            open.append(toDo);
        }
    }
    return open;
}

bool ContactFilter::accepts(const ContactItem &item) const
{
    if ((from.isValid() && item.districtDay < from) || (to.isValid() && item.districtDay > to)) {
        return false;
    }
    const QString who = student.trimmed();
    if (!who.isEmpty() && item.entry.initials.compare(who, Qt::CaseInsensitive) != 0 &&
        item.entry.rosterId.compare(who, Qt::CaseInsensitive) != 0) {
        return false;
    }
    if (!channel.isEmpty() && item.entry.channel != channel) {
        return false;
    }
    if (!trip.isEmpty() && item.entry.trip != trip) {
        return false;
    }
    return (!offHoursOnly || item.offHours) && (!flaggedOnly || item.flagged());
}

ContactBook::ContactBook(const ledger::Ledger &ledger, QString personId)
    : m_ledger(ledger)
    , m_personId(std::move(personId))
{}

QList<ContactItem> ContactBook::entries(const ContactFilter &filter) const
{
    QList<ContactItem> result;
    for (const ledger::RecordSummary &summary : m_ledger.records(ContactEntry::kKind)) {
        if (summary.authorId != m_personId) {
            continue;
        }
        const auto head = m_ledger.revision(summary.headRevision);
        if (!head) {
            continue;
        }
        const QJsonObject policy = head->payload.value(QStringLiteral("policy")).toObject();
        ContactItem item;
        item.recordId = summary.recordId;
        item.entry = entryFromPayload(head->payload);
        item.verdict = policy.value(QStringLiteral("verdict")).toString();
        item.clauseId = policy.value(QStringLiteral("clause")).toString();
        item.mustForward = policy.value(QStringLiteral("mustForward")).toBool();
        item.offHours = head->payload.value(QStringLiteral("offHours")).toBool();
        item.districtDay =
            QDateTime::fromString(head->payload.value(QStringLiteral("districtTime")).toString(), Qt::ISODate).date();
        if (filter.accepts(item)) {
            result.append(item);
        }
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const ContactItem &a, const ContactItem &b) { return a.entry.when > b.entry.when; });
    return result;
}

QList<OpenConcern> ContactBook::unreportedConcerns() const
{
    QList<OpenConcern> result;
    for (const ledger::RecordSummary &summary : m_ledger.records(Concern::kKind)) {
        if (summary.authorId != m_personId) {
            continue;
        }
        if (const auto head = m_ledger.revision(summary.headRevision)) {
            const Concern concern = Concern::fromPayload(head->payload);
            if (!concern.reportedAt.isValid()) {
                result.append({summary.recordId, concern});
            }
        }
    }
    return result;
}

} // namespace clearline::contacts
