// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/recordcheck.h"

#include "core/canonicaljson.h"
#include "crypto/digest.h"
#include "ledger/database.h"
#include "ledger/revisionrow.h"
#include "ledger/sqlerror.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace clearline::ledger {

QHash<QString, QString> RecordCheck::problems(const Database &database, const QStringList &recordIds)
{
    QHash<QString, QString> result;
    if (recordIds.isEmpty()) {
        return result;
    }
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QSet<QByteArray> trusted;
    if (query.exec(QStringLiteral("SELECT public_key FROM keys"))) {
        while (query.next()) {
            trusted.insert(QByteArray::fromBase64(query.value(0).toString().toLatin1()));
        }
    }

    QStringList marks;
    marks.fill(QStringLiteral("?"), recordIds.size());
    query.prepare(QStringLiteral("SELECT %1 FROM revisions WHERE record_id IN (%2) ORDER BY seq")
                      .arg(RevisionRow::columns(), marks.join(QLatin1Char(','))));
    for (const QString &id : recordIds) {
        query.addBindValue(id);
    }
    if (!query.exec()) {
        const QString message =
            tr("its revisions could not be read (%1)").arg(SqlError::message(query.lastError(), database.fileName()));
        for (const QString &id : recordIds) {
            result.insert(id, message);
        }
        return result;
    }
    while (query.next()) {
        QString storedPayload;
        const Revision revision = RevisionRow::read(query, &storedPayload);
        if (result.contains(revision.recordId)) {
            continue;
        }
        QString problem;
        if (QString::fromUtf8(core::canonicalJson(revision.payload)) != storedPayload || !revision.hashMatches()) {
            problem = tr("revision %1 was changed after it was signed").arg(revision.id);
        } else if (!revision.signatureValid()) {
            problem = tr("revision %1 has a signature that is not valid").arg(revision.id);
        } else if (!trusted.contains(revision.authorKey)) {
            problem = tr("revision %1 is signed by a key this ledger does not know (fingerprint %2)")
                          .arg(revision.id, crypto::fingerprint(revision.authorKey));
        }
        if (!problem.isEmpty()) {
            result.insert(revision.recordId, problem);
        }
    }
    return result;
}

} // namespace clearline::ledger
