// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/verifier.h"

#include "core/canonicaljson.h"
#include "crypto/digest.h"
#include "ledger/database.h"
#include "ledger/derivedstate.h"
#include "ledger/revisionrow.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace clearline::ledger {

namespace {

using Kind = VerifyProblem::Kind;

qint64 count(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : 0;
}

// Derives the query tables into temporary ones and lists the rows in
// which they differ from the stored ones (both directions).
QString compareDerived(QSqlDatabase &db)
{
    QSqlQuery query(db);
    const QStringList setup{
        QStringLiteral("DROP TABLE IF EXISTS temp.check_records"),
        QStringLiteral("DROP TABLE IF EXISTS temp.check_search"),
        // Keyed like main.records: derivation looks records up by id.
        QStringLiteral("CREATE TEMP TABLE check_records (record_id TEXT PRIMARY KEY, kind, head_revision, author_id, "
                       "created_utc, updated_utc, title, revision_count, conflict, head_depth)"),
        QStringLiteral("CREATE TEMP TABLE check_search (record_id, kind, title, body)"),
    };
    for (const QString &sql : setup) {
        if (!query.exec(sql)) {
            return query.lastError().text();
        }
    }
    DerivedState derived(db, QStringLiteral("temp.check_records"), QStringLiteral("temp.check_search"));
    QString error;
    if (!derived.applyAll(&error)) {
        return error;
    }
    const QString records = QStringLiteral("record_id, kind, head_revision, author_id, created_utc, updated_utc, "
                                           "title, revision_count, conflict, head_depth");
    const QString search = QStringLiteral("record_id, kind, title, body");
    const QList<std::pair<QString, QString>> differences{
        {QStringLiteral("SELECT record_id FROM (SELECT %1 FROM main.records EXCEPT SELECT %1 FROM "
                        "temp.check_records) UNION SELECT record_id FROM (SELECT %1 FROM temp.check_records "
                        "EXCEPT SELECT %1 FROM main.records) LIMIT 1")
             .arg(records),
         QStringLiteral("records")},
        {QStringLiteral("SELECT record_id FROM (SELECT %1 FROM main.search EXCEPT SELECT %1 FROM "
                        "temp.check_search) UNION SELECT record_id FROM (SELECT %1 FROM temp.check_search "
                        "EXCEPT SELECT %1 FROM main.search) LIMIT 1")
             .arg(search),
         QStringLiteral("search")}};
    QString result;
    for (const auto &[sql, table] : differences) {
        if (query.exec(sql) && query.next()) {
            result = Verifier::tr("the %1 table differs from the revisions for record %2; run 'clearline ledger "
                                  "rebuild' to make it again")
                         .arg(table, query.value(0).toString());
            break;
        }
    }
    query.exec(QStringLiteral("DROP TABLE temp.check_records"));
    query.exec(QStringLiteral("DROP TABLE temp.check_search"));
    return result;
}

} // namespace

VerifyReport Verifier::run(const Database &database)
{
    VerifyReport report;
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);

    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() ||
        query.value(0).toString() != QLatin1String("ok")) {
        const QString detail = query.isActive() ? query.value(0).toString() : query.lastError().text();
        report.problems.append({Kind::DamagedFile, 0, QString(),
                                tr("the file is damaged: parts of it can no longer be read as they were written"),
                                detail.trimmed()});
        return report;
    }

    QSet<QByteArray> trusted;
    if (query.exec(QStringLiteral("SELECT public_key FROM keys"))) {
        while (query.next()) {
            trusted.insert(QByteArray::fromBase64(query.value(0).toString().toLatin1()));
        }
    }

    QHash<QByteArray, QByteArray> lastHashByAuthor;
    QSet<QString> seenRevisions;
    QHash<QString, bool> attachmentOk;
    QSqlQuery attachment(db);
    attachment.prepare(QStringLiteral("SELECT content FROM attachments WHERE hash = ?"));

    QSqlQuery revisions(db);
    revisions.setForwardOnly(true);
    revisions.exec(QStringLiteral("SELECT %1 FROM revisions ORDER BY seq").arg(RevisionRow::columns()));
    while (revisions.next()) {
        ++report.revisions;
        const qint64 seq = revisions.value(0).toLongLong();
        QString storedPayload;
        const Revision revision = RevisionRow::read(revisions, &storedPayload);
        const auto problem = [&](Kind kind, const QString &message) {
            report.problems.append({kind, seq, revision.id, message});
        };

        if (revision.withheld) {
            // A stub holds no content to hash: its signature over the hash
            // and its place in the chain are what can be checked.
            if (!revision.signatureValid()) {
                problem(Kind::BadSignature, tr("its signature is not valid for the key it names"));
            }
            if (revision.prevHash != lastHashByAuthor.value(revision.authorKey)) {
                problem(Kind::BrokenChain, tr("its link to the author's previous revision is broken (a revision is "
                                              "missing, added or out of order)"));
            }
            lastHashByAuthor.insert(revision.authorKey, revision.hash);
            seenRevisions.insert(revision.id);
            continue;
        }
        if (QString::fromUtf8(core::canonicalJson(revision.payload)) != storedPayload || !revision.hashMatches()) {
            problem(Kind::ChangedContent, tr("its content was changed after it was signed: it no longer matches "
                                             "its hash"));
        } else if (!revision.signatureValid()) {
            problem(Kind::BadSignature, tr("its signature is not valid for the key it names"));
        }
        if (!trusted.contains(revision.authorKey)) {
            problem(Kind::UnknownKey, tr("it is signed by a key this ledger does not know (fingerprint %1)")
                                          .arg(crypto::fingerprint(revision.authorKey)));
        }
        const QByteArray expectedPrev = lastHashByAuthor.value(revision.authorKey);
        if (revision.prevHash != expectedPrev) {
            problem(Kind::BrokenChain,
                    expectedPrev.isEmpty()
                        ? tr("it names a previous revision of its author that is not in the ledger (one is missing)")
                        : tr("its link to the author's previous revision is broken (a revision is missing, added "
                             "or out of order)"));
        }
        lastHashByAuthor.insert(revision.authorKey, revision.hash);
        if (!revision.supersedes.isEmpty() && !seenRevisions.contains(revision.supersedes)) {
            problem(Kind::MissingSupersedes,
                    tr("it replaces revision %1, which is not in the ledger").arg(revision.supersedes));
        }
        seenRevisions.insert(revision.id);

        for (const QJsonValue &item : revision.payload.value(QStringLiteral("attachments")).toArray()) {
            const QString hash = item.toObject().value(QStringLiteral("sha256")).toString();
            if (!attachmentOk.contains(hash)) {
                attachment.addBindValue(hash);
                const bool found = attachment.exec() && attachment.next();
                attachmentOk.insert(
                    hash,
                    found && QString::fromLatin1(crypto::sha256(attachment.value(0).toByteArray()).toHex()) == hash);
                attachment.finish();
            }
            if (!attachmentOk.value(hash)) {
                problem(Kind::BadAttachment, tr("its attachment \"%1\" is missing or was changed")
                                                 .arg(item.toObject().value(QStringLiteral("name")).toString()));
            }
        }
    }
    if (revisions.lastError().isValid()) {
        report.problems.append({Kind::DamagedFile, 0, QString(),
                                tr("the file is damaged: parts of it can no longer be read as they were written"),
                                revisions.lastError().text().trimmed()});
    }

    report.records = count(db, QStringLiteral("SELECT count(*) FROM records"));
    report.authors = lastHashByAuthor.size();
    report.attachments = count(db, QStringLiteral("SELECT count(*) FROM attachments"));
    const QString derived = compareDerived(db);
    if (!derived.isEmpty()) {
        report.problems.append({Kind::DerivedMismatch, 0, QString(), derived});
    }
    return report;
}

} // namespace clearline::ledger
