// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/derivedstate.h"
#include "ledger/revision.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace clearline::ledger {

class Ledger;

/// How far one author's chain of revisions reaches in a ledger: its last
/// revision and how many there are.
struct AuthorHead
{
    QByteArray authorKey;
    QByteArray hash;
    qint64 count = 0;
};

/// A record's current revision, and whether it has two competing versions.
struct RecordHead
{
    QString revisionId;
    bool conflict = false;
    QString authorId;     ///< who made the record (its first revision)
    QByteArray authorKey; ///< the key that signed its first revision
};

/// What sync bundles (app/sync) read from and add to a ledger: the chains
/// each author has here, what peers acknowledged, and the appending of
/// revisions that were signed elsewhere. The SQL of syncing lives here so
/// that nothing outside app/ledger touches the database.
class SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ledger::SyncStore)

public:
    explicit SyncStore(Ledger &ledger);

    /// Every author's chain as this ledger holds it.
    QList<AuthorHead> heads() const;
    /// What a peer said it holds in its latest bundle, by author key.
    QHash<QByteArray, AuthorHead> acknowledged(const QByteArray &peerKey) const;
    /// Keys of the peers whose bundles this ledger has imported, the most
    /// recently heard from first.
    QList<QByteArray> peers() const;

    /// The place in this ledger of the revision with this hash; 0 if none.
    qint64 seqOfHash(const QByteArray &hash) const;
    /// Every revision in the order this ledger received it (which keeps each
    /// author's chain in order and puts a superseded revision first).
    bool forEachRevision(const std::function<bool(qint64 seq, const Revision &)> &visit, QString *error) const;
    /// The same, with the payload as stored (canonical JSON text) instead of
    /// parsed: what an exporter copies into a bundle as it is.
    bool forEachStoredRevision(const std::function<bool(qint64 seq, const Revision &, const QString &payload)> &visit,
                               QString *error) const;
    std::optional<QByteArray> attachmentContent(const QString &sha256) const;

    // Importing: begin(), then hashOf()/headOf()/append()…, then commit()
    // or rollback(). Nothing is visible to others before commit().
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();
    /// The hash of the revision with this id, if the ledger has it.
    std::optional<QByteArray> hashOf(const QString &revisionId);
    std::optional<RecordHead> headOf(const QString &recordId);
    /// The kind of record in which a person's key hands their records over
    /// to another key of theirs (a new computer, a new key): its payload
    /// names the new key ("newKey", base64). Signed by the old key.
    static const QString kKeyHandoverKind;
    /// Whether the ledger holds a hand-over signed by `from` naming `to`.
    bool handedOver(const QByteArray &from, const QByteArray &to);
    /// The record a revision belongs to, if the ledger has the revision.
    std::optional<QString> recordOf(const QString &revisionId);
    /// Ties a key accepted in this import to the person its first revision
    /// names: a key's own signature says whose it is, not a third party.
    bool bindPerson(const QByteArray &publicKey, const QString &personId, QString *error);
    /// The hash of an author's last revision here; empty when there is none.
    QByteArray lastHashOf(const QByteArray &authorKey);
    /// Appends a revision signed elsewhere (checked by the caller) and folds
    /// it into the query tables.
    bool append(const Revision &revision, QString *error);
    /// Appends a withheld stub (its signature and chain link checked by the
    /// caller). It takes its place in the author's chain; the query tables
    /// never see it.
    bool appendWithheld(const Revision &stub, QString *error);
    /// Whether the revision with this id is held only as a withheld stub.
    bool isWithheld(const QString &revisionId);
    /// Replaces a stub by the full revision, whose hash the caller checked
    /// is the stub's, and folds it into the query tables.
    bool fillWithheld(const Revision &revision, QString *error);
    bool hasAttachment(const QString &sha256);
    bool addAttachment(const QString &sha256, const QByteArray &content, QString *error);
    /// Replaces what a peer is known to hold.
    bool acknowledge(const QByteArray &peerKey, const QList<AuthorHead> &heads, QString *error);

    /// Whether a bundle file with this SHA-256 was imported already.
    bool importedBundle(const QString &sha256) const;
    bool rememberBundle(const QString &sha256, const QString &fileName, QString *error);

private:
    bool exec(QSqlQuery &query, QString *error) const;
    bool forEachRevisionRow(const std::function<bool(qint64, const Revision &)> &parsed,
                            const std::function<bool(qint64, const Revision &, const QString &)> &stored,
                            QString *error) const;

    Ledger &m_ledger;
    QSqlDatabase m_db;
    std::optional<DerivedState> m_derived;
    QSqlQuery m_hashOf;
    QSqlQuery m_headOf;
    QSqlQuery m_lastHashOf;
    QSqlQuery m_insert;
};

} // namespace clearline::ledger
