// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/derivedstate.h"

#include "ledger/revision.h"
#include "ledger/revisionrow.h"
#include "ledger/sqlerror.h"

#include <QJsonArray>
#include <QSqlError>
#include <QStringList>

namespace clearline::ledger {

namespace {

constexpr qsizetype kTitleLength = 80;

void collectText(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        out.append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            collectText(item, out);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            collectText(it.value(), out);
        }
    }
}

bool run(QSqlQuery &query, const QSqlDatabase &db, QString *error)
{
    if (query.exec()) {
        return true;
    }
    *error = SqlError::message(query.lastError(), db.databaseName());
    return false;
}

} // namespace

DerivedState::DerivedState(const QSqlDatabase &db, const QString &recordsTable, const QString &searchTable)
    : m_db(db)
    , m_records(recordsTable)
    , m_search(searchTable)
    , m_findRecord(db)
    , m_insertRecord(db)
    , m_updateHead(db)
    , m_markConflict(db)
    , m_depthOf(db)
    , m_deleteSearch(db)
    , m_insertSearch(db)
{
    m_findRecord.prepare(QStringLiteral("SELECT head_revision, head_depth FROM %1 WHERE record_id = ?").arg(m_records));
    m_insertRecord.prepare(
        QStringLiteral("INSERT INTO %1 (record_id, kind, head_revision, author_id, created_utc, updated_utc, title, "
                       "revision_count, conflict, head_depth) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 0, ?)")
            .arg(m_records));
    m_updateHead.prepare(QStringLiteral("UPDATE %1 SET head_revision = ?, updated_utc = ?, title = ?, "
                                        "revision_count = revision_count + 1, conflict = conflict OR ?, "
                                        "head_depth = ? WHERE record_id = ?")
                             .arg(m_records));
    // Only a conflicting revision needs this walk; the usual correction
    // follows the head, whose depth is stored.
    m_depthOf.prepare(QStringLiteral(
        "WITH RECURSIVE chain (id, supersedes) AS (SELECT id, supersedes FROM revisions WHERE id = ? UNION ALL "
        "SELECT r.id, r.supersedes FROM revisions r JOIN chain c ON r.id = c.supersedes) SELECT count(*) FROM chain"));
    m_markConflict.prepare(
        QStringLiteral("UPDATE %1 SET revision_count = revision_count + 1, conflict = 1 WHERE record_id = ?")
            .arg(m_records));
    // A search row shares its rowid with its record's row: FTS5 cannot index
    // record_id, and finding a row by an unindexed column scans the table.
    m_deleteSearch.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = (SELECT rowid FROM %2 WHERE record_id = ?)")
                               .arg(m_search, m_records));
    m_insertSearch.prepare(QStringLiteral("INSERT INTO %1 (rowid, record_id, kind, title, body) "
                                          "VALUES ((SELECT rowid FROM %2 WHERE record_id = ?), ?, ?, ?, ?)")
                               .arg(m_search, m_records));
}

QString DerivedState::titleOf(const QJsonObject &payload, const QString &kind)
{
    for (const char *field : {"title", "text", "summary"}) {
        const QString text = payload.value(QLatin1String(field)).toString().simplified();
        if (!text.isEmpty()) {
            return text.size() > kTitleLength ? text.left(kTitleLength - 1) + QChar(0x2026) : text;
        }
    }
    return kind;
}

QString DerivedState::bodyOf(const QJsonObject &payload)
{
    QStringList texts;
    collectText(payload, texts);
    return texts.join(QLatin1Char('\n'));
}

int DerivedState::depthOf(const QString &revisionId, QString *error)
{
    if (revisionId.isEmpty()) {
        return 0;
    }
    m_depthOf.addBindValue(revisionId);
    if (!run(m_depthOf, m_db, error) || !m_depthOf.next()) {
        return -1;
    }
    const int depth = m_depthOf.value(0).toInt();
    m_depthOf.finish();
    return depth;
}

bool DerivedState::apply(const Revision &revision, QString *error)
{
    const QString created = Revision::timeText(revision.created);
    m_findRecord.addBindValue(revision.recordId);
    if (!run(m_findRecord, m_db, error)) {
        return false;
    }
    if (!m_findRecord.next()) {
        m_findRecord.finish();
        const int depth = depthOf(revision.supersedes, error) + 1;
        if (depth <= 0) {
            return false;
        }
        for (const QVariant &value : {QVariant(revision.recordId), QVariant(revision.kind), QVariant(revision.id),
                                      QVariant(revision.authorId), QVariant(created), QVariant(created),
                                      QVariant(titleOf(revision.payload, revision.kind)), QVariant(depth)}) {
            m_insertRecord.addBindValue(value);
        }
        return run(m_insertRecord, m_db, error) && insertSearchEntry(revision, error);
    }
    const QString head = m_findRecord.value(0).toString();
    const int headDepth = m_findRecord.value(1).toInt();
    m_findRecord.finish();

    // A revision that supersedes the head moves the record on. One that
    // supersedes an older revision is a conflict: both stay and the record
    // is flagged. The head is always the revision furthest along the chain
    // of corrections, the greater id between equals: chains, not clocks,
    // so that every ledger shows the same one whatever order they came in.
    const bool followsHead = !revision.supersedes.isEmpty() && revision.supersedes == head;
    const int depth = followsHead ? headDepth + 1 : depthOf(revision.supersedes, error) + 1;
    if (depth <= 0) {
        return false;
    }
    const bool becomesHead = followsHead || std::pair(depth, revision.id) > std::pair(headDepth, head);
    if (!becomesHead) {
        m_markConflict.addBindValue(revision.recordId);
        return run(m_markConflict, m_db, error);
    }
    for (const QVariant &value :
         {QVariant(revision.id), QVariant(created), QVariant(titleOf(revision.payload, revision.kind)),
          QVariant(!followsHead), QVariant(depth), QVariant(revision.recordId)}) {
        m_updateHead.addBindValue(value);
    }
    return run(m_updateHead, m_db, error) && replaceSearchEntry(revision, error);
}

bool DerivedState::replaceSearchEntry(const Revision &revision, QString *error)
{
    m_deleteSearch.addBindValue(revision.recordId);
    return run(m_deleteSearch, m_db, error) && insertSearchEntry(revision, error);
}

bool DerivedState::insertSearchEntry(const Revision &revision, QString *error)
{
    for (const QVariant &value :
         {QVariant(revision.recordId), QVariant(revision.recordId), QVariant(revision.kind),
          QVariant(titleOf(revision.payload, revision.kind)), QVariant(bodyOf(revision.payload))}) {
        m_insertSearch.addBindValue(value);
    }
    return run(m_insertSearch, m_db, error);
}

bool DerivedState::applyAll(QString *error)
{
    QSqlQuery revisions(m_db);
    revisions.setForwardOnly(true);
    // Withheld stubs have no record to show.
    if (!revisions.exec(
            QStringLiteral("SELECT %1 FROM revisions WHERE withheld = 0 ORDER BY seq").arg(RevisionRow::columns()))) {
        *error = SqlError::message(revisions.lastError(), m_db.databaseName());
        return false;
    }
    while (revisions.next()) {
        if (!apply(RevisionRow::read(revisions), error)) {
            return false;
        }
    }
    return true;
}

bool DerivedState::clear(QString *error)
{
    QSqlQuery query(m_db);
    for (const QString &table : {m_records, m_search}) {
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(table))) {
            *error = SqlError::message(query.lastError(), m_db.databaseName());
            return false;
        }
    }
    return true;
}

} // namespace clearline::ledger
