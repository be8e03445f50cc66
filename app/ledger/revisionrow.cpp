// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/revisionrow.h"

#include "core/canonicaljson.h"
#include "ledger/sqlerror.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace clearline::ledger {

namespace {
QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}
} // namespace

QString RevisionRow::columns(const QString &table)
{
    static const QStringList names{
        QStringLiteral("seq"),         QStringLiteral("id"),         QStringLiteral("record_id"),
        QStringLiteral("kind"),        QStringLiteral("supersedes"), QStringLiteral("reason"),
        QStringLiteral("author_id"),   QStringLiteral("author_key"), QStringLiteral("device_id"),
        QStringLiteral("created_utc"), QStringLiteral("zone"),       QStringLiteral("payload"),
        QStringLiteral("prev_hash"),   QStringLiteral("hash"),       QStringLiteral("signature"),
        QStringLiteral("withheld")};
    QStringList named;
    for (const QString &name : names) {
        named.append(table + name);
    }
    return named.join(QStringLiteral(", "));
}

Revision RevisionRow::read(const QSqlQuery &query, QString *payloadText, bool parsePayload)
{
    Revision revision;
    revision.id = query.value(1).toString();
    revision.recordId = query.value(2).toString();
    revision.kind = query.value(3).toString();
    revision.supersedes = query.value(4).toString();
    revision.reason = query.value(5).toString();
    revision.authorId = query.value(6).toString();
    revision.authorKey = QByteArray::fromBase64(query.value(7).toString().toLatin1());
    revision.deviceId = query.value(8).toString();
    revision.created = Revision::timeFromText(query.value(9).toString());
    revision.zone = query.value(10).toString();
    const QString payload = query.value(11).toString();
    if (parsePayload) {
        revision.payload = QJsonDocument::fromJson(payload.toUtf8()).object();
    }
    revision.prevHash = QByteArray::fromHex(query.value(12).toString().toLatin1());
    revision.hash = QByteArray::fromHex(query.value(13).toString().toLatin1());
    revision.signature = QByteArray::fromBase64(query.value(14).toString().toLatin1());
    revision.withheld = query.value(15).toInt() != 0;
    if (payloadText) {
        *payloadText = payload;
    }
    return revision;
}

QString RevisionRow::insertStatement()
{
    return QStringLiteral("INSERT INTO revisions (id, record_id, kind, supersedes, reason, author_id, author_key, "
                          "device_id, created_utc, zone, payload, prev_hash, hash, signature, withheld) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QVariantList RevisionRow::values(const Revision &revision)
{
    return {revision.id,
            revision.recordId,
            revision.kind,
            textOrNull(revision.supersedes),
            textOrNull(revision.reason),
            revision.authorId,
            QString::fromLatin1(revision.authorKey.toBase64()),
            revision.deviceId,
            revision.created.isValid() ? Revision::timeText(revision.created) : QStringLiteral(""), // no NULL
            revision.zone,
            QString::fromUtf8(core::canonicalJson(revision.payload)),
            textOrNull(QString::fromLatin1(revision.prevHash.toHex())),
            QString::fromLatin1(revision.hash.toHex()),
            QString::fromLatin1(revision.signature.toBase64()),
            revision.withheld ? 1 : 0};
}

bool RevisionRow::insert(const QSqlDatabase &db, const Revision &revision, QString *error)
{
    QSqlQuery query(db);
    query.prepare(insertStatement());
    for (const QVariant &value : values(revision)) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = SqlError::message(query.lastError(), db.databaseName());
        return false;
    }
    return true;
}

} // namespace clearline::ledger
