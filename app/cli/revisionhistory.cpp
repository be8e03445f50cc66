// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/revisionhistory.h"

#include "core/zonedtime.h"
#include "crypto/digest.h"

#include <QLocale>
#include <QTextStream>

namespace clearline::cli {

QJsonObject RevisionHistory::summaryJson(const ledger::Revision &revision)
{
    return {{QStringLiteral("recordId"), revision.recordId},
            {QStringLiteral("revisionId"), revision.id},
            {QStringLiteral("hash"), QString::fromLatin1(revision.hash.toHex())},
            {QStringLiteral("created"), ledger::Revision::timeText(revision.created)}};
}

QJsonArray RevisionHistory::toJson(const QList<ledger::Revision> &history)
{
    QJsonArray revisions;
    for (const ledger::Revision &revision : history) {
        QJsonObject item = summaryJson(revision);
        item.insert(QStringLiteral("author"), revision.authorId);
        item.insert(QStringLiteral("fingerprint"), crypto::fingerprint(revision.authorKey));
        item.insert(QStringLiteral("reason"), revision.reason);
        item.insert(QStringLiteral("payload"), revision.payload);
        revisions.append(item);
    }
    return revisions;
}

void RevisionHistory::print(QTextStream &out, const QList<ledger::Revision> &history)
{
    for (const ledger::Revision &revision : history) {
        out << core::zonedTimeText(revision.created) << "  "
            << tr("signed by key %1").arg(crypto::fingerprint(revision.authorKey));
        if (!revision.reason.isEmpty()) {
            out << "  " << tr("reason: %1").arg(revision.reason);
        }
        out << '\n';
    }
}

} // namespace clearline::cli
