// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention/retentionbook.h"

#include "requests/routeplan.h"
#include "retention/legalhold.h"

#include <QTimeZone>

#include <algorithm>

namespace clearline::retention {

RetentionBook::RetentionBook(const ledger::Ledger &ledger, const policy::Pack &pack)
    : m_ledger(ledger)
    , m_pack(pack)
{}

QHash<QString, StandingHold> RetentionBook::holds() const
{
    QHash<QString, StandingHold> standing;
    const QString officer = m_pack.district.recordsOfficer.id;
    if (officer.isEmpty()) {
        return standing;
    }
    for (const ledger::RecordSummary &summary : m_ledger.records(LegalHold::kKind)) {
        const std::optional<ledger::Revision> head = m_ledger.revision(summary.headRevision);
        if (!head) {
            continue;
        }
        // Anyone can sign a record of this kind; only the pack's records
        // officers can keep a record from coming due.
        const LegalHold hold = LegalHold::fromPayload(head->payload);
        if (hold.released || hold.district != m_pack.district.id ||
            !requests::holdsRole(m_pack, officer, {}, head->authorKey)) {
            continue;
        }
        for (const QString &recordId : hold.records) {
            standing.insert(recordId, {summary.recordId, hold.reason, head->authorId, summary.created});
        }
    }
    return standing;
}

RetainedRecord RetentionBook::retained(const ledger::RecordSummary &summary,
                                       const QHash<QString, StandingHold> &holds) const
{
    RetainedRecord record;
    record.recordId = summary.recordId;
    record.kind = summary.kind;
    record.title = summary.title;
    record.authorId = summary.authorId;
    record.created = summary.created;
    const QTimeZone zone(m_pack.district.timezone.toUtf8());
    const QDate day = summary.created.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone()).date();
    const std::optional<ledger::Revision> head = m_ledger.revision(summary.headRevision);
    record.retention = Retention::of(m_pack, summary.kind, head ? head->payload : QJsonObject(), day);
    if (const auto it = holds.constFind(summary.recordId); it != holds.constEnd()) {
        record.hold = *it;
    }
    return record;
}

std::optional<RetainedRecord> RetentionBook::record(const QString &recordId) const
{
    const std::optional<ledger::RecordSummary> summary = m_ledger.record(recordId);
    if (!summary) {
        return std::nullopt;
    }
    return retained(*summary, holds());
}

QList<RetainedRecord> RetentionBook::due(const QDate &asOf) const
{
    const QHash<QString, StandingHold> standing = holds();
    QList<RetainedRecord> result;
    const QStringList kinds = m_ledger.stats().recordsByKind.keys();
    for (const QString &kind : kinds) {
        for (const ledger::RecordSummary &summary : m_ledger.records(kind)) {
            RetainedRecord record = retained(summary, standing);
            if (record.retention.isDue(asOf) && !record.hold) {
                result.append(std::move(record));
            }
        }
    }
    std::sort(result.begin(), result.end(), [](const RetainedRecord &a, const RetainedRecord &b) {
        return std::tie(a.retention.keepUntil, a.recordId) < std::tie(b.retention.keepUntil, b.recordId);
    });
    return result;
}

} // namespace clearline::retention
