// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace clearline::ledger {

struct Revision;

/// Keeps the query tables (current state of each record, full-text search)
/// in step with the revisions. Everything here can be thrown away and made
/// again from the revisions alone: the revisions are the truth.
///
/// The table names are parameters so that verification can derive into
/// temporary tables and compare them with the stored ones.
class DerivedState
{
public:
    DerivedState(const QSqlDatabase &db, const QString &recordsTable = QStringLiteral("records"),
                 const QString &searchTable = QStringLiteral("search"));

    /// Folds one revision in; call inside the transaction that adds it.
    bool apply(const Revision &revision, QString *error);
    /// Empties the tables (before a rebuild).
    bool clear(QString *error);
    /// Folds in every revision of the ledger, in the order it received them:
    /// a rebuild (after clear()) or a check (into other tables).
    bool applyAll(QString *error);

    /// What a list shows for a record: its payload's "title", else the start
    /// of its "text" or "summary", else its kind.
    static QString titleOf(const QJsonObject &payload, const QString &kind);
    /// Every text value in a payload, for full-text search.
    static QString bodyOf(const QJsonObject &payload);

private:
    /// How many corrections deep a revision is (1: a record's first); 0 for
    /// none, -1 on error.
    int depthOf(const QString &revisionId, QString *error);
    bool replaceSearchEntry(const Revision &revision, QString *error);
    bool insertSearchEntry(const Revision &revision, QString *error);

    QSqlDatabase m_db;
    QString m_records;
    QString m_search;
    QSqlQuery m_findRecord;
    QSqlQuery m_insertRecord;
    QSqlQuery m_updateHead;
    QSqlQuery m_markConflict;
    QSqlQuery m_depthOf;
    QSqlQuery m_deleteSearch;
    QSqlQuery m_insertSearch;
};

} // namespace clearline::ledger
