// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention/holdfiling.h"

#include "requests/routeplan.h"
#include "retention/legalhold.h"
#include "retention/retentionbook.h"

#include "crypto/identity.h"

namespace clearline::retention {

HoldFiling::HoldFiling(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack)
    : m_ledger(ledger)
    , m_identity(identity)
    , m_pack(pack)
{}

bool HoldFiling::mayHold(const policy::Pack &pack, const QByteArray &key)
{
    return whyNot(pack, key).isEmpty();
}

QString HoldFiling::whyNot(const policy::Pack &pack, const QByteArray &key)
{
    const QString officer = pack.district.recordsOfficer.id;
    if (officer.isEmpty()) {
        return tr("Your district's policy names no records officer, so nobody can place a legal hold in ClearLine.");
    }
    if (!requests::holdsRole(pack, officer, {}, key)) {
        const policy::Role *role = pack.role(officer);
        return tr("Only the %1 places legal holds, and your district's policy does not list you for that role.")
            .arg(role ? role->title : officer);
    }
    return {};
}

std::optional<ledger::Revision> HoldFiling::place(const QString &record, const QString &reason, QString *error)
{
    if (const QString why = whyNot(m_pack, m_identity.info().publicKey); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    if (reason.trimmed().isEmpty()) {
        *error = tr("Say why the record is held (a lawsuit, a public-records request …); the reason is signed with "
                    "the hold.");
        return std::nullopt;
    }
    const QString recordId = m_ledger.resolveRecordId(record, error);
    if (recordId.isEmpty()) {
        return std::nullopt;
    }
    const std::optional<RetainedRecord> held = RetentionBook(m_ledger, m_pack).record(recordId);
    if (!held) {
        *error = tr("There is no record %1.").arg(record);
        return std::nullopt;
    }
    if (held->hold) {
        *error = tr("\"%1\" is already on legal hold: %2").arg(held->title, held->hold->reason);
        return std::nullopt;
    }
    LegalHold hold;
    hold.district = m_pack.district.id;
    hold.records = {recordId};
    hold.recordTitles = {held->title};
    hold.reason = reason.trimmed();
    return m_ledger.submit(m_identity, {LegalHold::kKind, {}, {}, {}, hold.toPayload(), {}}, error);
}

std::optional<ledger::Revision> HoldFiling::release(const QString &record, QString *error)
{
    if (const QString why = whyNot(m_pack, m_identity.info().publicKey); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    const QString recordId = m_ledger.resolveRecordId(record, error);
    if (recordId.isEmpty()) {
        return std::nullopt;
    }
    const QHash<QString, StandingHold> holds = RetentionBook(m_ledger, m_pack).holds();
    const auto standing = holds.constFind(recordId);
    if (standing == holds.constEnd()) {
        *error = tr("No legal hold stands on this record.");
        return std::nullopt;
    }
    const std::optional<ledger::RecordSummary> holdRecord = m_ledger.record(standing->holdRecordId);
    const std::optional<ledger::Revision> head =
        holdRecord ? m_ledger.revision(holdRecord->headRevision) : std::nullopt;
    if (!head) {
        *error = tr("No legal hold stands on this record.");
        return std::nullopt;
    }
    // A record's revisions are its author's: only the officer who signed the
    // hold can release it.
    if (head->authorKey != m_identity.info().publicKey) {
        *error = tr("Another records officer placed this hold; only they can release it.");
        return std::nullopt;
    }
    LegalHold hold = LegalHold::fromPayload(head->payload);
    hold.released = true;
    return m_ledger.submit(
        m_identity, {LegalHold::kKind, holdRecord->recordId, head->id, tr("Legal hold released"), hold.toPayload(), {}},
        error);
}

} // namespace clearline::retention
