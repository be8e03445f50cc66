// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/recordtext.h"

#include <QStringList>

namespace clearline::records {

QString RecordText::verification(const ledger::RecordRow &row)
{
    // Not translated: scripts and spreadsheets filter on these words.
    return row.verified ? QStringLiteral("verified") : QStringLiteral("NOT verified: ") + row.problem;
}

QString RecordText::author(const ledger::RecordRow &row)
{
    return row.authorName.isEmpty() ? row.authorId : row.authorName;
}

QString RecordText::utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString RecordText::describe(const ledger::RecordFilter &filter)
{
    QStringList parts;
    if (!filter.text.trimmed().isEmpty()) {
        parts.append(tr("words \"%1\"").arg(filter.text.trimmed()));
    }
    if (!filter.person.trimmed().isEmpty()) {
        parts.append(tr("written by \"%1\"").arg(filter.person.trimmed()));
    }
    if (!filter.student.trimmed().isEmpty()) {
        parts.append(tr("student \"%1\"").arg(filter.student.trimmed()));
    }
    if (!filter.school.trimmed().isEmpty()) {
        parts.append(tr("school %1").arg(filter.school.trimmed()));
    }
    if (!filter.kind.trimmed().isEmpty()) {
        parts.append(tr("kind %1").arg(filter.kind.trimmed()));
    }
    if (filter.from.isValid()) {
        parts.append(tr("changed on or after %1").arg(filter.from.toString(Qt::ISODate)));
    }
    if (filter.to.isValid()) {
        parts.append(tr("changed on or before %1").arg(filter.to.toString(Qt::ISODate)));
    }
    return parts.isEmpty() ? tr("All records") : tr("Records with %1").arg(parts.join(QStringLiteral(", ")));
}

} // namespace clearline::records
