// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/database.h"
#include "ledger/revision.h"
#include "ledger/verifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace clearline::core {
class Profile;
}

namespace clearline::crypto {
class Identity;
struct IdentityInfo;
} // namespace clearline::crypto

namespace clearline::ledger {

class DerivedState;

/// A record as the query tables show it: its current revision's summary.
struct RecordSummary
{
    QString recordId;
    QString kind;
    QString title;
    QString headRevision;
    QString authorId;
    QDateTime created;
    QDateTime updated;
    int revisionCount = 0;
    bool conflict = false;
};

/// A record with its current revision, read together.
struct RecordWithHead
{
    RecordSummary summary;
    Revision head;
};

/// Work not submitted yet. Drafts may be changed and discarded.
struct Draft
{
    QString id; ///< empty for a new draft
    QString kind;
    QString recordId;   ///< set when the draft corrects an existing record
    QString supersedes; ///< the revision it would replace
    QJsonObject payload;
    QDateTime updated;
};

/// A file kept in the ledger by the SHA-256 of its content.
struct AttachmentRef
{
    QString name;
    QString sha256;
    qint64 size = 0;

    QJsonObject toJson() const;
    static AttachmentRef fromJson(const QJsonObject &object);
};

/// What is asked of submit().
struct NewRevision
{
    QString kind;
    QString recordId;   ///< empty: a new record
    QString supersedes; ///< the record's current revision, for a correction
    QString reason;     ///< why it is corrected; required with supersedes
    QJsonObject payload;
    QString draftId; ///< the draft this submits, discarded in the same step
};

struct LedgerStats
{
    qint64 revisions = 0;
    qint64 records = 0;
    qint64 drafts = 0;
    qint64 attachments = 0;
    qint64 authors = 0;
    qint64 fileBytes = 0;
    QMap<QString, qint64> recordsByKind;
};

/// Someone whose public key this ledger holds, as they described themselves.
struct KnownPerson
{
    QString personId;
    QString name;
    QString email;
    QString school; ///< a school id of the district's pack; empty for district-wide staff
    QByteArray publicKey;
    QString source; ///< self, pack, accepted

    /// Whether text names this person as people and scripts do: their name
    /// or e-mail (any case), their person id, or 8 or more characters of
    /// their key fingerprint.
    bool isNamedBy(const QString &text) const;
};

/// A revision's place in its author's chain (Ledger::chain).
struct ChainPoint
{
    qint64 position = 0;
    QDateTime latestBefore; ///< invalid for the author's first revision
};

/// The record store of one profile: append-only, signed revisions, with
/// drafts, attachments and the query tables derived from the revisions.
class Ledger
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ledger::Ledger)

public:
    static QString fileFor(const core::Profile &profile);
    static std::unique_ptr<Ledger> open(const core::Profile &profile, Database::Mode mode, QString *error);
    /// A ledger file outside a profile, such as a backup, to read.
    static std::unique_ptr<Ledger> openFile(const QString &file, QString *error);

    /// Adds a public key to the keys this ledger trusts, or brings the name,
    /// e-mail and school kept with a known key up to date.
    bool trustKey(const crypto::IdentityInfo &person, const QString &source, QString *error);
    /// Everyone whose key this ledger trusts, by name.
    QList<KnownPerson> people() const;

    /// Signs and appends a revision, updates the query tables and discards
    /// the draft it came from, all in one durable transaction.
    std::optional<Revision> submit(const crypto::Identity &author, const NewRevision &request, QString *error);
    /// submit() for many new records at once, in a single transaction:
    /// all are saved or none. (Corrections go through submit().)
    std::optional<QList<Revision>> submitAll(const crypto::Identity &author, const QList<NewRevision> &requests,
                                             QString *error);

    /// Saves (creates or replaces) a draft; returns its id.
    std::optional<QString> saveDraft(const Draft &draft, QString *error);
    bool discardDraft(const QString &id, QString *error);
    QList<Draft> drafts(const QString &kind) const;

    /// Copies a file into the ledger (once per content).
    std::optional<AttachmentRef> addAttachment(const QString &path, QString *error);
    std::optional<QByteArray> attachmentContent(const QString &sha256) const;

    QList<RecordSummary> records(const QString &kind) const;
    /// Every record of a kind (of one author, when given) with its current
    /// revision, newest first, in one read: for the screens that judge each
    /// record (a review queue, a school's overview), not one query a record.
    QList<RecordWithHead> recordsWithHeads(const QString &kind, const QString &authorId = {}) const;
    /// Those whose current payload gives a top-level field a value that is
    /// not empty (a request's "followUp"), picked by SQLite before any
    /// payload is parsed here.
    QList<RecordWithHead> recordsWithField(const QString &kind, const QString &field) const;
    std::optional<RecordSummary> record(const QString &recordId) const;
    /// The full record id for an id or a unique prefix of one (as scripts
    /// and people type them); empty with a message otherwise.
    QString resolveRecordId(const QString &idOrPrefix, QString *error) const;
    /// Every revision of a record, oldest first.
    QList<Revision> history(const QString &recordId) const;
    std::optional<Revision> revision(const QString &id) const;
    /// Where each revision of an author stands in their chain: its place
    /// (1 for the first) and the latest time the author's earlier revisions
    /// claim. A chain is signed in order, so a revision was signed no
    /// earlier than that, whatever the author's clock said. One pass over
    /// the author's revisions, by revision id.
    QHash<QString, ChainPoint> chain(const QByteArray &authorKey) const;
    /// The place of a revision in its author's chain: 1 for their first.
    qint64 chainPosition(const Revision &revision) const;
    /// How many of its own revisions a peer had signed when it first said
    /// (in a bundle it signed) that it held `position` or more of an
    /// author's revisions; nothing if it never said so.
    std::optional<qint64> peerChainWhenHeld(const QByteArray &peerKey, const QByteArray &authorKey,
                                            qint64 position) const;
    /// When this key last signed a revision this ledger holds; invalid if never.
    QDateTime latestSignedBy(const QByteArray &authorKey) const;
    /// Full-text search over the current revision of every record.
    QList<RecordSummary> search(const QString &text, int limit) const;

    LedgerStats stats() const;
    /// Throws the query tables away and derives them again.
    bool rebuild(QString *error);
    VerifyReport verify() const;
    /// A consistent copy of the whole ledger in file (VACUUM INTO).
    bool backup(const QString &file, QString *error) const;

    const Database &database() const { return *m_database; }

private:
    explicit Ledger(std::unique_ptr<Database> database);
    QString fail(const QSqlQuery &query) const;
    /// Signs and appends one revision inside the caller's transaction.
    std::optional<Revision> append(const crypto::Identity &author, const NewRevision &request, QByteArray &previousHash,
                                   DerivedState &derived, QString *error);
    QByteArray lastHashOf(const QByteArray &authorKey, QString *error) const;
    /// Records of a kind with their heads, newest first; `condition` is
    /// SQL after the kind's ("AND …", with one ? that `value` binds) or empty.
    QList<RecordWithHead> readHeads(const QString &kind, const QString &condition, const QString &value) const;

    std::unique_ptr<Database> m_database;
};

} // namespace clearline::ledger

Q_DECLARE_METATYPE(clearline::ledger::Draft)
