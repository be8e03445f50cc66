// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledger.h"

#include "core/canonicaljson.h"
#include "core/fileaccess.h"
#include "core/profile.h"
#include "crypto/digest.h"
#include "crypto/identity.h"
#include "ledger/derivedstate.h"
#include "ledger/ledgerrestore.h"
#include "ledger/revisionrow.h"
#include "ledger/sqlerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace clearline::ledger {

namespace {

const auto kLedgerFile = QStringLiteral("ledger.sqlite");
// Larger files belong in the district's document system, not a memo.
constexpr qint64 kMaxAttachmentBytes = 25 * 1024 * 1024;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDateTime parseTime(const QVariant &value)
{
    return Revision::timeFromText(value.toString());
}

/// The summary in a row that selected kSummaryColumns from column `first`.
RecordSummary readSummary(const QSqlQuery &query, int first = 0)
{
    RecordSummary summary;
    summary.recordId = query.value(first).toString();
    summary.kind = query.value(first + 1).toString();
    summary.title = query.value(first + 2).toString();
    summary.headRevision = query.value(first + 3).toString();
    summary.authorId = query.value(first + 4).toString();
    summary.created = parseTime(query.value(first + 5));
    summary.updated = parseTime(query.value(first + 6));
    summary.revisionCount = query.value(first + 7).toInt();
    summary.conflict = query.value(first + 8).toBool();
    return summary;
}

/// How many columns RevisionRow::columns() names.
constexpr int kRevisionColumns = 16;

const QString kSummaryColumns = QStringLiteral(
    "r.record_id, r.kind, r.title, r.head_revision, r.author_id, r.created_utc, r.updated_utc, r.revision_count, "
    "r.conflict");

} // namespace

QJsonObject AttachmentRef::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("sha256"), sha256}, {QStringLiteral("size"), size}};
}

AttachmentRef AttachmentRef::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("sha256")).toString(),
            object.value(QStringLiteral("size")).toInteger()};
}

bool KnownPerson::isNamedBy(const QString &text) const
{
    const QString wanted = text.trimmed();
    const QString compactWanted = QString(wanted).remove(QLatin1Char(' ')).toLower();
    const QString compactFingerprint = crypto::fingerprint(publicKey).remove(QLatin1Char(' ')).toLower();
    return name.compare(wanted, Qt::CaseInsensitive) == 0 ||
           (!email.isEmpty() && email.compare(wanted, Qt::CaseInsensitive) == 0) ||
           (!personId.isEmpty() && personId == wanted) ||
           (compactWanted.size() >= 8 && compactFingerprint.startsWith(compactWanted));
}

Ledger::Ledger(std::unique_ptr<Database> database)
    : m_database(std::move(database))
{}

QString Ledger::fileFor(const core::Profile &profile)
{
    return QDir(profile.dataDirectory()).filePath(kLedgerFile);
}

std::unique_ptr<Ledger> Ledger::open(const core::Profile &profile, Database::Mode mode, QString *error)
{
    if (!core::FileAccess::mayRead(profile.dataDirectory(), error)) {
        return nullptr;
    }
    if (mode == Database::Mode::ReadOnly) {
        core::FileAccess::restrictToOwner(profile);
    } else if (!profile.prepare(error)) { // restricts too
        return nullptr;
    }
    // A profile gets its ledger before its identity (init, the first run's
    // setup), so an identity beside no ledger means the ledger was lost: a
    // new, empty one would hide that, and could never pass verification.
    if (crypto::Identity::exists(profile) && QFileInfo(fileFor(profile)).size() == 0) {
        *error = LedgerRestore::lostMessage(profile);
        return nullptr;
    }
    std::unique_ptr<Database> database = Database::open(fileFor(profile), mode, error);
    if (!database) {
        return nullptr;
    }
    return std::unique_ptr<Ledger>(new Ledger(std::move(database)));
}

std::unique_ptr<Ledger> Ledger::openFile(const QString &file, QString *error)
{
    if (QFileInfo(file).isFile() && QFileInfo(file).size() == 0) {
        *error = tr("%1 is empty: it holds no records.").arg(QDir::toNativeSeparators(file));
        return nullptr;
    }
    std::unique_ptr<Database> database = Database::open(file, Database::Mode::ReadOnly, error);
    if (!database) {
        return nullptr;
    }
    return std::unique_ptr<Ledger>(new Ledger(std::move(database)));
}

QString Ledger::fail(const QSqlQuery &query) const
{
    return SqlError::message(query.lastError(), m_database->fileName());
}

bool Ledger::trustKey(const crypto::IdentityInfo &person, const QString &source, QString *error)
{
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("INSERT INTO keys (public_key, person_id, name, source, first_seen_utc, email, school) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (public_key) DO UPDATE SET "
                       "name = excluded.name, email = excluded.email, school = excluded.school"));
    for (const QVariant &value :
         {QVariant(QString::fromLatin1(person.publicKey.toBase64())), QVariant(person.personId), QVariant(person.name),
          QVariant(source), QVariant(Revision::timeText(QDateTime::currentDateTimeUtc())),
          QVariant(person.email.isNull() ? QStringLiteral("") : person.email),
          QVariant(person.school.isNull() ? QStringLiteral("") : person.school)}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = fail(query);
        return false;
    }
    return true;
}

QList<KnownPerson> Ledger::people() const
{
    QList<KnownPerson> result;
    QSqlQuery query(m_database->connection());
    if (!query.exec(
            QStringLiteral("SELECT person_id, name, email, school, public_key, source FROM keys ORDER BY name"))) {
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), QByteArray::fromBase64(query.value(4).toString().toLatin1()),
                       query.value(5).toString()});
    }
    return result;
}

std::optional<Revision> Ledger::submit(const crypto::Identity &author, const NewRevision &request, QString *error)
{
    if (!request.supersedes.isEmpty()) {
        const std::optional<RecordSummary> current = record(request.recordId);
        if (!current || current->headRevision != request.supersedes) {
            *error = tr("This record changed since you opened it. Open it again to see the latest version, then "
                        "make your correction.");
            return std::nullopt;
        }
        if (request.reason.trimmed().isEmpty()) {
            *error = tr("Say why you are correcting this record; the reason is kept with the correction.");
            return std::nullopt;
        }
    } else if (!request.recordId.isEmpty() && record(request.recordId)) {
        *error = tr("This record exists already; a change to it must say which version it corrects.");
        return std::nullopt;
    }

    std::optional<QList<Revision>> saved = submitAll(author, {request}, error);
    if (!saved) {
        return std::nullopt;
    }
    return saved->constFirst();
}

std::optional<QList<Revision>> Ledger::submitAll(const crypto::Identity &author, const QList<NewRevision> &requests,
                                                 QString *error)
{
    QSqlDatabase db = m_database->connection();
    if (!db.transaction()) {
        *error = SqlError::message(db.lastError(), m_database->fileName());
        return std::nullopt;
    }
    QString failure;
    QByteArray previousHash = lastHashOf(author.key().publicKey(), &failure);
    DerivedState derived(db);
    QList<Revision> saved;
    saved.reserve(requests.size());
    for (qsizetype i = 0; failure.isEmpty() && i < requests.size(); ++i) {
        if (std::optional<Revision> revision = append(author, requests.at(i), previousHash, derived, &failure)) {
            saved.append(std::move(*revision));
        }
    }
    if (failure.isEmpty() && !db.commit()) {
        failure = SqlError::message(db.lastError(), m_database->fileName());
    }
    if (!failure.isEmpty()) {
        *error = failure;
        db.rollback();
        return std::nullopt;
    }
    return saved;
}

QByteArray Ledger::lastHashOf(const QByteArray &authorKey, QString *error) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT hash FROM revisions WHERE author_key = ? ORDER BY seq DESC LIMIT 1"));
    query.addBindValue(QString::fromLatin1(authorKey.toBase64()));
    if (!query.exec()) {
        *error = fail(query);
        return {};
    }
    return query.next() ? QByteArray::fromHex(query.value(0).toString().toLatin1()) : QByteArray();
}

std::optional<Revision> Ledger::append(const crypto::Identity &author, const NewRevision &request,
                                       QByteArray &previousHash, DerivedState &derived, QString *error)
{
    if (request.kind.isEmpty() || core::canonicalJson(request.payload).isEmpty()) {
        *error = tr("ClearLine cannot save this record: its contents are incomplete.");
        return std::nullopt;
    }
    Revision revision;
    revision.id = newId();
    revision.recordId = request.recordId.isEmpty() ? newId() : request.recordId;
    revision.kind = request.kind;
    revision.supersedes = request.supersedes;
    revision.reason = request.reason.trimmed();
    revision.authorId = author.info().personId;
    revision.deviceId = author.info().deviceId;
    revision.zone = author.info().zone;
    revision.created = parseTime(Revision::timeText(QDateTime::currentDateTimeUtc()));
    revision.payload = request.payload;
    revision.prevHash = previousHash;
    revision.sign(author.key());

    QSqlDatabase db = m_database->connection();
    if (!RevisionRow::insert(db, revision, error) || !derived.apply(revision, error)) {
        return std::nullopt;
    }
    if (!request.draftId.isEmpty()) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
        query.addBindValue(request.draftId);
        if (!query.exec()) {
            *error = fail(query);
            return std::nullopt;
        }
    }
    previousHash = revision.hash;
    return revision;
}

std::optional<QString> Ledger::saveDraft(const Draft &draft, QString *error)
{
    const QString id = draft.id.isEmpty() ? newId() : draft.id;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO drafts (id, kind, record_id, supersedes, payload, "
                                 "updated_utc) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(id), QVariant(draft.kind), QVariant(draft.recordId), QVariant(draft.supersedes),
          QVariant(QString::fromUtf8(QJsonDocument(draft.payload).toJson(QJsonDocument::Compact))),
          QVariant(Revision::timeText(QDateTime::currentDateTimeUtc()))}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = fail(query);
        return std::nullopt;
    }
    return id;
}

bool Ledger::discardDraft(const QString &id, QString *error)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = fail(query);
        return false;
    }
    return true;
}

QList<Draft> Ledger::drafts(const QString &kind) const
{
    QList<Draft> result;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT id, kind, record_id, supersedes, payload, updated_utc FROM drafts "
                                 "WHERE kind = ? ORDER BY updated_utc DESC"));
    query.addBindValue(kind);
    if (query.exec()) {
        while (query.next()) {
            result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(),
                           QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object(),
                           parseTime(query.value(5))});
        }
    }
    return result;
}

std::optional<AttachmentRef> Ledger::addAttachment(const QString &path, QString *error)
{
    // Opened without waiting (a pipe would block until a writer came) and
    // checked on the open file, so that what is read is what was checked.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    QFile file;
    struct stat status = {};
    if (fd < 0 || ::fstat(fd, &status) != 0 ||
        !file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        if (fd >= 0) {
            ::close(fd);
        }
        *error = tr("ClearLine could not read the file %1.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (!S_ISREG(status.st_mode)) {
        *error = tr("%1 is not a document but a device, a pipe or a folder, so ClearLine does not attach it. Attach "
                    "a file saved on disk.")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    // The limit is also kept while reading: the file may grow meanwhile.
    const QByteArray content = status.st_size > kMaxAttachmentBytes ? QByteArray() : file.read(kMaxAttachmentBytes + 1);
    if (status.st_size > kMaxAttachmentBytes || content.size() > kMaxAttachmentBytes) {
        *error = tr("%1 is larger than %2 MB, too large to attach. Keep it in your district's document system and "
                    "mention where in your memo.")
                     .arg(QFileInfo(path).fileName())
                     .arg(kMaxAttachmentBytes / (1024 * 1024));
        return std::nullopt;
    }
    AttachmentRef ref{QFileInfo(path).fileName(), QString::fromLatin1(crypto::sha256(content).toHex()), content.size()};
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO attachments (hash, size, content) VALUES (?, ?, ?)"));
    query.addBindValue(ref.sha256);
    query.addBindValue(ref.size);
    query.addBindValue(content);
    if (!query.exec()) {
        *error = fail(query);
        return std::nullopt;
    }
    return ref;
}

std::optional<QByteArray> Ledger::attachmentContent(const QString &sha256) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT content FROM attachments WHERE hash = ?"));
    query.addBindValue(sha256);
    if (query.exec() && query.next()) {
        return query.value(0).toByteArray();
    }
    return std::nullopt;
}

QList<RecordSummary> Ledger::records(const QString &kind) const
{
    QList<RecordSummary> result;
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM records r WHERE r.kind = ? ORDER BY r.updated_utc DESC").arg(kSummaryColumns));
    query.addBindValue(kind);
    if (query.exec()) {
        while (query.next()) {
            result.append(readSummary(query));
        }
    }
    return result;
}

QList<RecordWithHead> Ledger::recordsWithHeads(const QString &kind, const QString &authorId) const
{
    return readHeads(kind, authorId.isEmpty() ? QString() : QStringLiteral("AND r.author_id = ?"), authorId);
}

QList<RecordWithHead> Ledger::recordsWithField(const QString &kind, const QString &field) const
{
    return readHeads(kind, QStringLiteral("AND coalesce(json_extract(v.payload, '$.' || ?), '') != ''"), field);
}

QList<RecordWithHead> Ledger::readHeads(const QString &kind, const QString &condition, const QString &value) const
{
    QList<RecordWithHead> result;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, %2 FROM records r JOIN revisions v ON v.id = r.head_revision "
                                 "WHERE r.kind = ? %3 ORDER BY r.updated_utc DESC")
                      .arg(RevisionRow::columns(QStringLiteral("v.")), kSummaryColumns, condition));
    query.addBindValue(kind);
    if (!condition.isEmpty()) {
        query.addBindValue(value);
    }
    if (query.exec()) {
        while (query.next()) {
            result.append({readSummary(query, kRevisionColumns), RevisionRow::read(query)});
        }
    }
    return result;
}

std::optional<RecordSummary> Ledger::record(const QString &recordId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM records r WHERE r.record_id = ?").arg(kSummaryColumns));
    query.addBindValue(recordId);
    if (query.exec() && query.next()) {
        return readSummary(query);
    }
    return std::nullopt;
}

QString Ledger::resolveRecordId(const QString &idOrPrefix, QString *error) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT record_id FROM records WHERE record_id LIKE ? || '%' LIMIT 2"));
    query.addBindValue(idOrPrefix.trimmed().toLower());
    QStringList found;
    if (query.exec()) {
        while (query.next()) {
            found.append(query.value(0).toString());
        }
    }
    if (idOrPrefix.trimmed().isEmpty() || found.isEmpty()) {
        *error = tr("There is no record \"%1\".").arg(idOrPrefix);
        return {};
    }
    if (found.size() > 1) {
        *error = tr("More than one record starts with \"%1\"; give more of its id.").arg(idOrPrefix);
        return {};
    }
    return found.constFirst();
}

QList<Revision> Ledger::history(const QString &recordId) const
{
    QList<Revision> result;
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM revisions WHERE record_id = ? ORDER BY seq").arg(RevisionRow::columns()));
    query.addBindValue(recordId);
    if (query.exec()) {
        while (query.next()) {
            result.append(RevisionRow::read(query));
        }
    }
    return result;
}

std::optional<Revision> Ledger::revision(const QString &id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM revisions WHERE id = ?").arg(RevisionRow::columns()));
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        return RevisionRow::read(query);
    }
    return std::nullopt;
}

QHash<QString, ChainPoint> Ledger::chain(const QByteArray &authorKey) const
{
    // A ledger takes each author's revisions in chain order (import checks
    // prev_hash), so their seq order is their chain.
    QHash<QString, ChainPoint> points;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, created_utc FROM revisions WHERE author_key = ? ORDER BY seq"));
    query.addBindValue(QString::fromLatin1(authorKey.toBase64()));
    if (!query.exec()) {
        return points;
    }
    qint64 position = 0;
    QString latest; // ISO 8601 UTC text orders as the times do
    while (query.next()) {
        const QString created = query.value(1).toString(); // empty for a withheld stub
        points.insert(query.value(0).toString(),
                      {++position, latest.isEmpty() ? QDateTime() : Revision::timeFromText(latest)});
        latest = std::max(latest, created);
    }
    return points;
}

qint64 Ledger::chainPosition(const Revision &revision) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM revisions WHERE author_key = ? "
                                 "AND seq <= (SELECT seq FROM revisions WHERE id = ?)"));
    query.addBindValue(QString::fromLatin1(revision.authorKey.toBase64()));
    query.addBindValue(revision.id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<qint64> Ledger::peerChainWhenHeld(const QByteArray &peerKey, const QByteArray &authorKey,
                                                qint64 position) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT min(peer_count) FROM peer_receipts WHERE peer_key = ? AND author_key = ? "
                                 "AND count >= ?"));
    query.addBindValue(QString::fromLatin1(peerKey.toBase64()));
    query.addBindValue(QString::fromLatin1(authorKey.toBase64()));
    query.addBindValue(position);
    if (query.exec() && query.next() && !query.value(0).isNull()) {
        return query.value(0).toLongLong();
    }
    return std::nullopt;
}

QDateTime Ledger::latestSignedBy(const QByteArray &authorKey) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT max(created_utc) FROM revisions WHERE author_key = ?"));
    query.addBindValue(QString::fromLatin1(authorKey.toBase64()));
    if (query.exec() && query.next() && !query.value(0).isNull()) {
        return Revision::timeFromText(query.value(0).toString());
    }
    return {};
}

QList<RecordSummary> Ledger::search(const QString &text, int limit) const
{
    QList<RecordSummary> result;
    // Each word is quoted, so that what people type is never FTS5 syntax.
    QStringList terms;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        terms.append(QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'));
    }
    if (terms.isEmpty()) {
        return result;
    }
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM search s JOIN records r ON r.record_id = s.record_id "
                                 "WHERE search MATCH ? ORDER BY rank LIMIT ?")
                      .arg(kSummaryColumns));
    query.addBindValue(terms.join(QLatin1Char(' ')));
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next()) {
            result.append(readSummary(query));
        }
    }
    return result;
}

LedgerStats Ledger::stats() const
{
    LedgerStats stats;
    QSqlQuery query(m_database->connection());
    const auto scalar = [&](const QString &sql) {
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : 0;
    };
    stats.revisions = scalar(QStringLiteral("SELECT count(*) FROM revisions WHERE withheld = 0"));
    stats.records = scalar(QStringLiteral("SELECT count(*) FROM records"));
    stats.drafts = scalar(QStringLiteral("SELECT count(*) FROM drafts"));
    stats.attachments = scalar(QStringLiteral("SELECT count(*) FROM attachments"));
    stats.authors = scalar(QStringLiteral("SELECT count(DISTINCT author_key) FROM revisions"));
    if (query.exec(QStringLiteral("SELECT kind, count(*) FROM records GROUP BY kind ORDER BY kind"))) {
        while (query.next()) {
            stats.recordsByKind.insert(query.value(0).toString(), query.value(1).toLongLong());
        }
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        stats.fileBytes += QFileInfo(m_database->fileName() + suffix).size();
    }
    return stats;
}

bool Ledger::rebuild(QString *error)
{
    QSqlDatabase db = m_database->connection();
    if (!db.transaction()) {
        *error = SqlError::message(db.lastError(), m_database->fileName());
        return false;
    }
    DerivedState derived(db);
    const bool ok = derived.clear(error) && derived.applyAll(error);
    if (!ok || !db.commit()) {
        if (error->isEmpty()) {
            *error = SqlError::message(db.lastError(), m_database->fileName());
        }
        db.rollback();
        return false;
    }
    return true;
}

VerifyReport Ledger::verify() const
{
    return Verifier::run(*m_database);
}

bool Ledger::backup(const QString &file, QString *error) const
{
    const QString target = QFileInfo(file).absoluteFilePath();
    if (QFileInfo::exists(target)) {
        *error = tr("%1 exists already; choose a new file name for the backup.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        *error = SqlError::message(query.lastError(), target);
        return false;
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace clearline::ledger
