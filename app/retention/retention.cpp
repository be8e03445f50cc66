// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention/retention.h"

#include "requests/acknowledgment.h"

#include "policy/vocabulary.h"

#include <QLocale>

namespace clearline::retention {

namespace {

const QString kYearEnd = QStringLiteral("school-year-end");

/// The last day of the school year that holds `day`, or of the next one
/// when the day is in a summer; invalid when the calendar has neither.
QDate schoolYearEnd(const policy::Pack &pack, const QDate &day)
{
    const policy::SchoolYear *year = requests::schoolYearOf(pack, day);
    return year && year->end >= day ? year->end : QDate();
}

} // namespace

bool keeps(const policy::Documentation &entry, const QString &kind, const QJsonObject &payload)
{
    if (!entry.records.contains(kind) && !entry.records.contains(policy::vocabulary::kAllRecords)) {
        return false;
    }
    // A contact is kept by an entry about channels only when it went over one.
    if (kind == QLatin1String("contact") && !entry.channels.isEmpty()) {
        return entry.channels.contains(payload.value(QStringLiteral("channel")).toString());
    }
    return true;
}

Retention Retention::of(const policy::Pack &pack, const QString &kind, const QJsonObject &payload,
                        const QDate &recordDay)
{
    Retention best;
    best.recordDay = recordDay;
    for (const policy::Documentation &entry : pack.documentation) {
        if (!keeps(entry, kind, payload)) {
            continue;
        }
        Retention candidate;
        candidate.entry = &entry;
        candidate.recordDay = recordDay;
        candidate.period = RetentionPeriod::parse(entry.retain);
        const policy::Clause *clause = pack.clause(entry.clause.id);
        candidate.section = clause ? clause->section : entry.clause.id;
        candidate.from = recordDay;
        if (entry.retainFrom == kYearEnd) {
            // A day past the calendar's years counts from the record's own day:
            // the earliest the period could end, so nothing is held back unseen.
            if (const QDate end = schoolYearEnd(pack, recordDay); end.isValid()) {
                candidate.from = end;
                candidate.fromYearEnd = true;
            }
        }
        candidate.keepUntil = candidate.period.lastDay(candidate.from);
        const bool bothEnd =
            candidate.period.kind == RetentionPeriod::Kind::Months && best.period.kind == RetentionPeriod::Kind::Months;
        const bool longer = bothEnd ? candidate.keepUntil > best.keepUntil : candidate.period.longerThan(best.period);
        if (!best.entry || longer) {
            best = candidate;
        }
    }
    return best;
}

QString Retention::fromId() const
{
    if (period.kind != RetentionPeriod::Kind::Months) {
        return {};
    }
    return fromYearEnd ? kYearEnd : QStringLiteral("record-date");
}

QString Retention::sentence() const
{
    if (!entry) {
        return tr("Your district's policy gives no retention period for this kind of record.");
    }
    switch (period.kind) {
    case RetentionPeriod::Kind::None:
        return tr("Keep it: your district's policy gives no period (§ %1).").arg(section);
    case RetentionPeriod::Kind::Permanent:
        return tr("Keep permanently (§ %1).").arg(section);
    case RetentionPeriod::Kind::Months:
        break;
    }
    return fromYearEnd
               ? tr("Keep until %1 (%2 from the end of the school year, § %3).")
                     .arg(longDay(keepUntil), period.text(), section)
               : tr("Keep until %1 (%2 from the record's date, § %3).").arg(longDay(keepUntil), period.text(), section);
}

QString longDay(const QDate &day)
{
    //: A date format (QDate::toString): day, month name, year.
    return QLocale().toString(day, Retention::tr("d MMMM yyyy"));
}

} // namespace clearline::retention
