// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/revision.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace clearline::ledger {

/// How a Revision is stored in the revisions table.
namespace RevisionRow {

/// The columns readRevision() expects, in order, for a SELECT; each named
/// with `table` first ("v." for "v.seq, v.id, …") when given.
QString columns(const QString &table = {});
/// The revision in the current row of a query that selected columns().
/// `payloadText` receives the stored payload text, for checking it.
/// With parsePayload false, revision.payload stays empty (for a caller that
/// needs only the stored text).
Revision read(const QSqlQuery &query, QString *payloadText = nullptr, bool parsePayload = true);
/// The INSERT statement for a revision, and its values in order.
QString insertStatement();
QVariantList values(const Revision &revision);
/// Appends a revision; call inside a transaction.
bool insert(const QSqlDatabase &db, const Revision &revision, QString *error);

} // namespace RevisionRow

} // namespace clearline::ledger
