// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/contactfiling.h"

#include "contacts/concern.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"

#include "crypto/identity.h"

namespace clearline::contacts {

ContactFiling::ContactFiling(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack)
    : m_ledger(ledger)
    , m_identity(identity)
    , m_pack(pack)
{}

std::optional<ContactFiling::Logged> ContactFiling::log(const ContactEntry &entry, QString *error)
{
    if (const QString problem = entry.problem(m_pack); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const requests::RequestBook book(m_ledger, m_pack, m_identity.info().personId);
    const ContactAssessment assessment = assess(m_pack, entry, book.authorizations(requests::districtToday(m_pack)));
    const auto saved =
        m_ledger.submit(m_identity, {ContactEntry::kKind, {}, {}, {}, toPayload(entry, assessment), {}}, error);
    if (!saved) {
        return std::nullopt;
    }
    Logged logged{*saved, assessment, {}, {}};
    if (entry.atRisk) {
        const ReportingDuty duty = reportingDuty(m_pack, m_identity.info().school);
        Concern concern;
        concern.contactId = saved->recordId;
        concern.initials = entry.initials;
        concern.rosterId = entry.rosterId;
        concern.tell = duty.tell;
        concern.agency = duty.agency;
        concern.clauseId = duty.clauseId;
        QString concernError;
        if (const auto made =
                m_ledger.submit(m_identity, {Concern::kKind, {}, {}, {}, concern.toPayload(), {}}, &concernError)) {
            logged.concernId = made->recordId;
        } else {
            logged.concernError = concernError;
        }
    }
    return logged;
}

std::optional<ledger::Revision> ContactFiling::ownHead(const QString &recordId, const QString &kind,
                                                       QString *error) const
{
    const auto summary = m_ledger.record(recordId);
    if (!summary || summary->kind != kind) {
        *error = tr("There is no such entry (%1) in this profile.").arg(recordId);
        return std::nullopt;
    }
    if (summary->authorId != m_identity.info().personId) {
        *error = tr("Only the person who logged it can change it.");
        return std::nullopt;
    }
    return m_ledger.revision(summary->headRevision);
}

std::optional<ledger::Revision> ContactFiling::markForwarded(const QString &contactId, QString *error)
{
    const auto head = ownHead(contactId, ContactEntry::kKind, error);
    if (!head) {
        return std::nullopt;
    }
    if (head->payload.value(QStringLiteral("forwarded")).toBool()) {
        *error = tr("This entry is already marked as forwarded.");
        return std::nullopt;
    }
    QJsonObject payload = head->payload;
    payload.insert(QStringLiteral("forwarded"), true);
    // Forwarding is what a forward-copy to-do asks.
    QList<ContactToDoItem> toDos = toDosFromJson(payload.value(QStringLiteral("toDo")).toArray());
    for (ContactToDoItem &toDo : toDos) {
        if (toDo.action == QLatin1String("forward-copy") && !toDo.isDone()) {
            toDo.doneAt = QDateTime::currentDateTimeUtc();
            toDo.how = QStringLiteral("marked");
        }
    }
    payload.insert(QStringLiteral("toDo"), toDosToJson(toDos));
    return m_ledger.submit(
        m_identity,
        {ContactEntry::kKind, contactId, head->id, tr("Copy forwarded to the district account"), payload, {}}, error);
}

std::optional<ledger::Revision> ContactFiling::markToDoDone(const QString &contactId, const QString &toDoId,
                                                            const QString &note, QString *error)
{
    const auto head = ownHead(contactId, ContactEntry::kKind, error);
    if (!head) {
        return std::nullopt;
    }
    QJsonObject payload = head->payload;
    QList<ContactToDoItem> toDos = toDosFromJson(payload.value(QStringLiteral("toDo")).toArray());
    const auto it = std::find_if(toDos.begin(), toDos.end(), [&](const ContactToDoItem &t) { return t.id == toDoId; });
    if (it == toDos.end()) {
        QStringList known;
        for (const ContactToDoItem &toDo : toDos) {
            known.append(toDo.id);
        }
        *error = known.isEmpty() ? tr("This entry has nothing to do.")
                                 : tr("This entry has no to-do \"%1\"; its to-dos are: %2.")
                                       .arg(toDoId, known.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (it->isDone()) {
        *error = tr("This is already done.");
        return std::nullopt;
    }
    it->doneAt = QDateTime::currentDateTimeUtc();
    it->how = QStringLiteral("marked");
    it->note = note.trimmed();
    if (it->action == QLatin1String("forward-copy")) {
        payload.insert(QStringLiteral("forwarded"), true);
    }
    payload.insert(QStringLiteral("toDo"), toDosToJson(toDos));
    return m_ledger.submit(
        m_identity, {ContactEntry::kKind, contactId, head->id, tr("Done: %1").arg(it->words()), payload, {}}, error);
}

std::optional<ledger::Revision> ContactFiling::recordReport(const QString &concernId, const QDateTime &at,
                                                            const QString &to, QString *error)
{
    const auto head = ownHead(concernId, Concern::kKind, error);
    if (!head) {
        return std::nullopt;
    }
    if (!at.isValid()) {
        *error = tr("Say when you made the report.");
        return std::nullopt;
    }
    Concern concern = Concern::fromPayload(head->payload);
    concern.reportedAt = at;
    concern.reportedTo = to.trimmed();
    return m_ledger.submit(m_identity,
                           {Concern::kKind, concernId, head->id, tr("Report made"), concern.toPayload(), {}}, error);
}

} // namespace clearline::contacts
