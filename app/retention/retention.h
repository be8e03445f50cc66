// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "retention/retentionperiod.h"

#include "policy/pack.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace clearline::retention {

/// How long one record must be kept and from when, by the pack's
/// `documentation` entries. ClearLine never deletes a record: this only
/// says when the records officer may decide about it.
struct Retention
{
    Q_DECLARE_TR_FUNCTIONS(clearline::retention::Retention)

public:
    /// The entry that decides: of all the entries that keep this record,
    /// the longest period (permanent first; a period over none). Null when
    /// no entry keeps records of this kind.
    const policy::Documentation *entry = nullptr;
    RetentionPeriod period;
    QString section; ///< the section of the entry's clause ("4.5")
    QDate recordDay; ///< the record's day in the district's zone
    QDate from;      ///< the day the period counts from
    bool fromYearEnd = false;
    QDate keepUntil; ///< the last day to keep it; invalid: no end

    /// Whether its period has ended on `asOf` (the day after keepUntil).
    bool isDue(const QDate &asOf) const { return keepUntil.isValid() && asOf > keepUntil; }

    /// "Keep until 30 June 2033 (7 years from the end of the school year, § 4.5)",
    /// "Keep permanently (§ 4.a)", "No retention period …".
    QString sentence() const;
    /// "record-date", "school-year-end" or empty, for scripts.
    QString fromId() const;

    /// The retention of a record of `kind` with this current payload,
    /// first signed on `recordDay` (in the district's zone).
    static Retention of(const policy::Pack &pack, const QString &kind, const QJsonObject &payload,
                        const QDate &recordDay);
};

/// Whether a documentation entry keeps records of this kind (with this payload).
bool keeps(const policy::Documentation &entry, const QString &kind, const QJsonObject &payload);

/// A day as people read it, such as "30 June 2033".
QString longDay(const QDate &day);

} // namespace clearline::retention
