// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/recordquery.h"

#include "ledger/database.h"
#include "ledger/recordcheck.h"
#include "ledger/revision.h"
#include "ledger/sqlerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace clearline::ledger {

namespace {

// The head revision (v) and the author's first key (k) are joined for the
// school and student columns and filters; the search row (s) for the body.
const QString kJoins =
    QStringLiteral(" JOIN revisions v ON v.id = r.head_revision"
                   " LEFT JOIN keys k ON k.rowid = (SELECT min(rowid) FROM keys WHERE person_id = r.author_id)");

// A record's school: its own (requests and delegations name one, a trip
// names its school), else the school its author gave with their key.
const QString kSchool = QStringLiteral(
    "coalesce(nullif(json_extract(v.payload, '$.school'), ''), nullif(json_extract(v.payload, '$.trip.school'), ''), "
    "k.school, '')");

// What a person wrote: the text of a memo, a contact's summary, a decision's
// comment, a request's note; else every text of the revision, as indexed.
const QString kText = QStringLiteral(
    "coalesce(nullif(json_extract(v.payload, '$.text'), ''), nullif(json_extract(v.payload, '$.summary'), ''), "
    "nullif(json_extract(v.payload, '$.comment'), ''), nullif(json_extract(v.payload, '$.note'), ''), s.body, '')");

const QString kStudent = QStringLiteral("coalesce(json_extract(v.payload, '$.with.initials'), '')");

// A contact's time, channel, audience, purpose and the policy's verdict.
const QString kContact =
    QStringLiteral("CASE WHEN r.kind = 'contact' THEN json_extract(v.payload, '$.when') END, "
                   "CASE WHEN r.kind = 'contact' THEN json_extract(v.payload, '$.channel') END, "
                   "CASE WHEN r.kind = 'contact' THEN json_extract(v.payload, '$.with.audience') END, "
                   "CASE WHEN r.kind = 'contact' THEN json_extract(v.payload, '$.purpose') END, "
                   "CASE WHEN r.kind = 'contact' THEN json_extract(v.payload, '$.policy.verdict') END, "
                   "CASE WHEN r.kind = 'contact' THEN json_extract(v.payload, '$.purposeLabel') END");

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString dayStart(const QDate &day)
{
    return Revision::timeText(day.startOfDay().toUTC());
}

QDateTime parseTime(const QVariant &value)
{
    return Revision::timeFromText(value.toString());
}

bool needsJoins(const RecordFilter &filter)
{
    return !filter.school.isEmpty() || !filter.student.isEmpty();
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, const Database &database, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = SqlError::message(query.lastError(), database.fileName());
        return false;
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = SqlError::message(query.lastError(), database.fileName());
        return false;
    }
    return true;
}

} // namespace

ReadSnapshot::ReadSnapshot(const Database &database)
    : m_db(database.connection())
    , m_open(m_db.transaction())
{}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open) {
        m_db.commit();
    }
}

RecordQuery::RecordQuery(const Database &database)
    : m_database(database)
{}

QString RecordQuery::matchText(const QString &text)
{
    QStringList terms;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        terms.append(QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'));
    }
    return terms.join(QLatin1Char(' '));
}

QString RecordQuery::where(const RecordFilter &filter, QVariantList &values) const
{
    QStringList conditions{QStringLiteral("1")};
    const QString match = matchText(filter.text);
    if (!match.isEmpty()) {
        conditions.append(QStringLiteral("r.rowid IN (SELECT rowid FROM search WHERE search MATCH ?)"));
        values.append(match);
    }
    if (!filter.person.trimmed().isEmpty()) {
        const QString person = filter.person.trimmed();
        conditions.append(QStringLiteral("r.author_id IN (SELECT person_id FROM keys WHERE person_id = ? OR name "
                                         "LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\')"));
        values << person << likePattern(person) << likePattern(person);
    }
    if (!filter.student.trimmed().isEmpty()) {
        conditions.append(
            QStringLiteral("(lower(%1) = lower(?) OR json_extract(v.payload, '$.with.rosterId') = ?)").arg(kStudent));
        values << filter.student.trimmed() << filter.student.trimmed();
    }
    if (!filter.school.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("%1 = ?").arg(kSchool));
        values << filter.school.trimmed();
    }
    if (!filter.kind.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("r.kind = ?"));
        values << filter.kind.trimmed();
    }
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("r.updated_utc >= ?"));
        values << dayStart(filter.from);
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("r.updated_utc < ?"));
        values << dayStart(filter.to.addDays(1));
    }
    return conditions.join(QStringLiteral(" AND "));
}

std::optional<qint64> RecordQuery::count(const RecordFilter &filter, QString *error) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT count(*) FROM records r%1 WHERE %2")
                            .arg(needsJoins(filter) ? kJoins : QString(), where(filter, values));
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, values, m_database, error)) {
        return std::nullopt;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<QList<RecordRow>> RecordQuery::page(const RecordFilter &filter, const RecordKey &after, int limit,
                                                  qint64 skip, QString *error) const
{
    QVariantList values;
    QString conditions = where(filter, values);
    if (!after.isNull()) {
        // A row value comparison: SQLite walks the (updated_utc, record_id)
        // index from the key instead of reading the rows before it.
        conditions += QStringLiteral(" AND (r.updated_utc, r.record_id) < (?, ?)");
        values << after.updated << after.recordId;
    }
    values << limit << skip;
    const QString sql =
        QStringLiteral("SELECT r.record_id, r.kind, r.title, r.author_id, r.created_utc, r.updated_utc, "
                       "r.revision_count, r.conflict, k.name, k.email, %1, %2, %5, %6 FROM records r%3"
                       " LEFT JOIN search s ON s.rowid = r.rowid WHERE %4"
                       " ORDER BY r.updated_utc DESC, r.record_id DESC LIMIT ? OFFSET ?")
            .arg(kSchool, kStudent, kJoins, conditions, kText, kContact);
    QSqlQuery query(m_database.connection());
    if (!run(query, sql, values, m_database, error)) {
        return std::nullopt;
    }
    QList<RecordRow> rows;
    QStringList ids;
    while (query.next()) {
        RecordRow row;
        row.recordId = query.value(0).toString();
        row.kind = query.value(1).toString();
        row.title = query.value(2).toString();
        row.authorId = query.value(3).toString();
        row.created = parseTime(query.value(4));
        row.updated = parseTime(query.value(5));
        row.revisionCount = query.value(6).toInt();
        row.conflict = query.value(7).toBool();
        row.authorName = query.value(8).toString();
        row.authorEmail = query.value(9).toString();
        row.school = query.value(10).toString();
        row.student = query.value(11).toString();
        row.body = query.value(12).toString();
        row.contactTime = parseTime(query.value(13));
        row.channel = query.value(14).toString();
        row.audience = query.value(15).toString();
        row.purpose = query.value(16).toString();
        row.verdict = query.value(17).toString();
        const QJsonObject labels = QJsonDocument::fromJson(query.value(18).toByteArray()).object();
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            row.purposeLabel.insert(it.key(), it.value().toString());
        }
        row.key = {query.value(5).toString(), row.recordId};
        ids.append(row.recordId);
        rows.append(row);
    }
    if (query.lastError().isValid()) {
        *error = SqlError::message(query.lastError(), m_database.fileName());
        return std::nullopt;
    }
    const QHash<QString, QString> problems = RecordCheck::problems(m_database, ids);
    for (RecordRow &row : rows) {
        row.problem = problems.value(row.recordId);
        row.verified = row.problem.isEmpty();
    }
    return rows;
}

} // namespace clearline::ledger
