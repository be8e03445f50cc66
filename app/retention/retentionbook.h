// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "retention/retention.h"

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace clearline::retention {

/// A legal hold that stands: placed by someone the pack lists as records
/// officer, and not released.
struct StandingHold
{
    QString holdRecordId;
    QString reason;
    QString authorId;
    QDateTime placed;
};

/// One record of the ledger with how long it must be kept.
struct RetainedRecord
{
    QString recordId;
    QString kind;
    QString title;
    QString authorId;
    QDateTime created;
    Retention retention;
    std::optional<StandingHold> hold;
};

/// The retention of the records a ledger holds, by the pack, and the legal
/// holds on them. Everything is worked out when asked, from the records and
/// the pack of the day, so a changed pack changes every answer at once.
class RetentionBook
{
public:
    RetentionBook(const ledger::Ledger &ledger, const policy::Pack &pack);

    /// One record (a full id), or nothing when the ledger has no such record.
    std::optional<RetainedRecord> record(const QString &recordId) const;
    /// Every record whose period ended before `asOf` and that no legal hold
    /// keeps, the longest overdue first.
    QList<RetainedRecord> due(const QDate &asOf) const;
    /// The standing holds, by the record they hold.
    QHash<QString, StandingHold> holds() const;

private:
    RetainedRecord retained(const ledger::RecordSummary &summary, const QHash<QString, StandingHold> &holds) const;

    const ledger::Ledger &m_ledger;
    const policy::Pack &m_pack;
};

} // namespace clearline::retention
