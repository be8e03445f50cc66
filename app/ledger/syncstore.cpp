// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/syncstore.h"

#include "core/canonicaljson.h"
#include "ledger/ledger.h"
#include "ledger/revisionrow.h"
#include "ledger/sqlerror.h"

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

namespace clearline::ledger {

namespace {

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

SyncStore::SyncStore(Ledger &ledger)
    : m_ledger(ledger)
    , m_db(ledger.database().connection())
    , m_hashOf(m_db)
    , m_headOf(m_db)
    , m_lastHashOf(m_db)
    , m_insert(m_db)
{
    m_hashOf.prepare(QStringLiteral("SELECT hash FROM revisions WHERE id = ?"));
    // The record's maker is the key of its first revision (import takes a
    // superseded revision before what corrects it, so the first seq).
    m_headOf.prepare(QStringLiteral("SELECT r.head_revision, r.conflict, r.author_id, (SELECT v.author_key FROM "
                                    "revisions v WHERE v.record_id = r.record_id ORDER BY v.seq LIMIT 1) "
                                    "FROM records r WHERE r.record_id = ?"));
    m_lastHashOf.prepare(QStringLiteral("SELECT hash FROM revisions WHERE author_key = ? ORDER BY seq DESC LIMIT 1"));
    m_insert.prepare(RevisionRow::insertStatement());
}

bool SyncStore::exec(QSqlQuery &query, QString *error) const
{
    if (query.exec()) {
        return true;
    }
    *error = SqlError::message(query.lastError(), m_ledger.database().fileName());
    return false;
}

QList<AuthorHead> SyncStore::heads() const
{
    QList<AuthorHead> result;
    QSqlQuery query(m_db);
    // The last revision of each author by seq: a bare column beside max()
    // comes from the row that holds the maximum (SQLite's documented rule).
    if (!query.exec(QStringLiteral("SELECT author_key, hash, max(seq), count(*) FROM revisions GROUP BY author_key "
                                   "ORDER BY author_key"))) {
        return result;
    }
    while (query.next()) {
        result.append({QByteArray::fromBase64(query.value(0).toString().toLatin1()),
                       QByteArray::fromHex(query.value(1).toString().toLatin1()), query.value(3).toLongLong()});
    }
    return result;
}

QHash<QByteArray, AuthorHead> SyncStore::acknowledged(const QByteArray &peerKey) const
{
    QHash<QByteArray, AuthorHead> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT author_key, hash, count FROM peer_heads WHERE peer_key = ?"));
    query.addBindValue(base64(peerKey));
    if (query.exec()) {
        while (query.next()) {
            const QByteArray author = QByteArray::fromBase64(query.value(0).toString().toLatin1());
            result.insert(author, {author, QByteArray::fromHex(query.value(1).toString().toLatin1()),
                                   query.value(2).toLongLong()});
        }
    }
    return result;
}

QList<QByteArray> SyncStore::peers() const
{
    QList<QByteArray> result;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT peer_key FROM peer_heads GROUP BY peer_key ORDER BY max(seen_utc) DESC"))) {
        while (query.next()) {
            result.append(QByteArray::fromBase64(query.value(0).toString().toLatin1()));
        }
    }
    return result;
}

qint64 SyncStore::seqOfHash(const QByteArray &hash) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT seq FROM revisions WHERE hash = ?"));
    query.addBindValue(QString::fromLatin1(hash.toHex()));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool SyncStore::forEachRevision(const std::function<bool(qint64, const Revision &)> &visit, QString *error) const
{
    return forEachRevisionRow(visit, {}, error);
}

bool SyncStore::forEachStoredRevision(const std::function<bool(qint64, const Revision &, const QString &)> &visit,
                                      QString *error) const
{
    return forEachRevisionRow({}, visit, error);
}

bool SyncStore::forEachRevisionRow(const std::function<bool(qint64, const Revision &)> &parsed,
                                   const std::function<bool(qint64, const Revision &, const QString &)> &stored,
                                   QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM revisions ORDER BY seq").arg(RevisionRow::columns()))) {
        *error = SqlError::message(query.lastError(), m_ledger.database().fileName());
        return false;
    }
    QString payload;
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        const bool going = parsed ? parsed(seq, RevisionRow::read(query))
                                  : stored(seq, RevisionRow::read(query, &payload, false), payload);
        if (!going) {
            return false;
        }
    }
    if (query.lastError().isValid()) {
        *error = SqlError::message(query.lastError(), m_ledger.database().fileName());
        return false;
    }
    return true;
}

std::optional<QByteArray> SyncStore::attachmentContent(const QString &sha256) const
{
    return m_ledger.attachmentContent(sha256);
}

bool SyncStore::begin(QString *error)
{
    if (!m_db.transaction()) {
        *error = SqlError::message(m_db.lastError(), m_ledger.database().fileName());
        return false;
    }
    m_derived.emplace(m_db);
    return true;
}

bool SyncStore::commit(QString *error)
{
    m_derived.reset();
    if (!m_db.commit()) {
        *error = SqlError::message(m_db.lastError(), m_ledger.database().fileName());
        m_db.rollback();
        return false;
    }
    return true;
}

void SyncStore::rollback()
{
    m_derived.reset();
    m_hashOf.finish();
    m_headOf.finish();
    m_lastHashOf.finish();
    m_db.rollback();
}

std::optional<QByteArray> SyncStore::hashOf(const QString &revisionId)
{
    m_hashOf.addBindValue(revisionId);
    if (!m_hashOf.exec() || !m_hashOf.next()) {
        m_hashOf.finish();
        return std::nullopt;
    }
    const QByteArray hash = QByteArray::fromHex(m_hashOf.value(0).toString().toLatin1());
    m_hashOf.finish();
    return hash;
}

std::optional<RecordHead> SyncStore::headOf(const QString &recordId)
{
    m_headOf.addBindValue(recordId);
    if (!m_headOf.exec() || !m_headOf.next()) {
        m_headOf.finish();
        return std::nullopt;
    }
    RecordHead head{m_headOf.value(0).toString(), m_headOf.value(1).toBool(), m_headOf.value(2).toString(),
                    QByteArray::fromBase64(m_headOf.value(3).toString().toLatin1())};
    m_headOf.finish();
    return head;
}

const QString SyncStore::kKeyHandoverKind = QStringLiteral("key-handover");

bool SyncStore::handedOver(const QByteArray &from, const QByteArray &to)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM revisions WHERE author_key = ? AND kind = ? "
                                 "AND json_extract(payload, '$.newKey') = ? LIMIT 1"));
    query.addBindValue(base64(from));
    query.addBindValue(kKeyHandoverKind);
    query.addBindValue(base64(to));
    return query.exec() && query.next();
}

std::optional<QString> SyncStore::recordOf(const QString &revisionId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT record_id FROM revisions WHERE id = ?"));
    query.addBindValue(revisionId);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return std::nullopt;
}

bool SyncStore::bindPerson(const QByteArray &publicKey, const QString &personId, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE keys SET person_id = ? WHERE public_key = ?"));
    query.addBindValue(personId);
    query.addBindValue(base64(publicKey));
    return exec(query, error);
}

QByteArray SyncStore::lastHashOf(const QByteArray &authorKey)
{
    m_lastHashOf.addBindValue(base64(authorKey));
    QByteArray hash;
    if (m_lastHashOf.exec() && m_lastHashOf.next()) {
        hash = QByteArray::fromHex(m_lastHashOf.value(0).toString().toLatin1());
    }
    m_lastHashOf.finish();
    return hash;
}

bool SyncStore::append(const Revision &revision, QString *error)
{
    for (const QVariant &value : RevisionRow::values(revision)) {
        m_insert.addBindValue(value);
    }
    return exec(m_insert, error) && m_derived && m_derived->apply(revision, error);
}

bool SyncStore::appendWithheld(const Revision &stub, QString *error)
{
    // Empty, not NULL: the columns take no NULL, and a stub knows nothing
    // of its record, kind, author id, device or zone.
    Revision row;
    row.recordId = row.kind = row.authorId = row.deviceId = row.zone = QStringLiteral("");
    row.id = stub.id;
    row.authorKey = stub.authorKey;
    row.prevHash = stub.prevHash;
    row.hash = stub.hash;
    row.signature = stub.signature;
    row.withheld = true;
    for (const QVariant &value : RevisionRow::values(row)) {
        m_insert.addBindValue(value);
    }
    return exec(m_insert, error);
}

bool SyncStore::isWithheld(const QString &revisionId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT withheld FROM revisions WHERE id = ?"));
    query.addBindValue(revisionId);
    return query.exec() && query.next() && query.value(0).toInt() != 0;
}

bool SyncStore::fillWithheld(const Revision &revision, QString *error)
{
    // The row keeps its place (seq) in the author's chain; the trigger of
    // 006_withheld.sql allows this one change and no other.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE revisions SET record_id = ?, kind = ?, supersedes = ?, reason = ?, "
                                 "author_id = ?, device_id = ?, created_utc = ?, zone = ?, payload = ?, withheld = 0 "
                                 "WHERE id = ? AND hash = ? AND withheld = 1"));
    const QVariantList values = RevisionRow::values(revision);
    // values(): id, record, kind, supersedes, reason, author, key, device, created, zone, payload, prev, hash, …
    for (const int column : {1, 2, 3, 4, 5, 7, 8, 9, 10, 0, 12}) {
        query.addBindValue(values.at(column));
    }
    if (!exec(query, error)) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = tr("Revision %1 could not take the place of the part withheld from this profile.").arg(revision.id);
        return false;
    }
    return m_derived && m_derived->apply(revision, error);
}

bool SyncStore::hasAttachment(const QString &sha256)
{
    // Asked for every file a bundle names: the row's presence, not its
    // content (up to 25 MB) read only to be thrown away.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM attachments WHERE hash = ?"));
    query.addBindValue(sha256);
    return query.exec() && query.next();
}

bool SyncStore::addAttachment(const QString &sha256, const QByteArray &content, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO attachments (hash, size, content) VALUES (?, ?, ?)"));
    query.addBindValue(sha256);
    query.addBindValue(content.size());
    query.addBindValue(content);
    return exec(query, error);
}

bool SyncStore::acknowledge(const QByteArray &peerKey, const QList<AuthorHead> &heads, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM peer_heads WHERE peer_key = ?"));
    query.addBindValue(base64(peerKey));
    if (!exec(query, error)) {
        return false;
    }
    query.prepare(QStringLiteral("INSERT INTO peer_heads (peer_key, author_key, hash, count, seen_utc) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    const QString now = Revision::timeText(QDateTime::currentDateTimeUtc());
    qint64 peerCount = 0;
    for (const AuthorHead &head : heads) {
        for (const QVariant &value :
             {QVariant(base64(peerKey)), QVariant(base64(head.authorKey)),
              QVariant(QString::fromLatin1(head.hash.toHex())), QVariant(head.count), QVariant(now)}) {
            query.addBindValue(value);
        }
        if (!exec(query, error)) {
            return false;
        }
        if (head.authorKey == peerKey) {
            peerCount = head.count;
        }
    }
    // The first time the peer said it held so many of an author's revisions
    // is kept with how far its own chain was then (its earliest).
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO peer_receipts (peer_key, author_key, count, peer_count, "
                                 "seen_utc) VALUES (?, ?, ?, ?, ?)"));
    for (const AuthorHead &head : heads) {
        for (const QVariant &value : {QVariant(base64(peerKey)), QVariant(base64(head.authorKey)), QVariant(head.count),
                                      QVariant(peerCount), QVariant(now)}) {
            query.addBindValue(value);
        }
        if (!exec(query, error)) {
            return false;
        }
    }
    return true;
}

bool SyncStore::importedBundle(const QString &sha256) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM imported_bundles WHERE sha256 = ?"));
    query.addBindValue(sha256);
    return query.exec() && query.next();
}

bool SyncStore::rememberBundle(const QString &sha256, const QString &fileName, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO imported_bundles (sha256, file_name, imported_utc) "
                                 "VALUES (?, ?, ?)"));
    query.addBindValue(sha256);
    query.addBindValue(fileName);
    query.addBindValue(Revision::timeText(QDateTime::currentDateTimeUtc()));
    return exec(query, error);
}

} // namespace clearline::ledger
