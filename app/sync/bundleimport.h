// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"
#include "sync/bundleformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace clearline::sync {

struct ImportOptions
{
    /// Check everything and report, then change nothing.
    bool dryRun = false;
    /// Fingerprints of people new to this profile whom the user accepted,
    /// and of known people whose new name or e-mail the user accepted.
    QStringList accepted;
    /// Keys the district's pack lists are accepted without asking.
    std::optional<policy::Pack> pack;
    /// "Now", for spotting revisions dated in the future.
    QDateTime now = QDateTime::currentDateTimeUtc();
};

/// Two versions of one record: both are kept, and both people see both.
struct ConflictNote
{
    QString recordId;
    QString title;
    QString revisionId;
    QString competesWith; ///< the record's current revision it competes with
};

/// A revision dated after the moment it was imported: its author's clock is
/// wrong. It is kept and shown with its date, and orders nothing.
struct FutureNote
{
    QString revisionId;
    QString recordId;
    QString title;
    QDateTime created;
};

/// A known person who gives another name or e-mail in their bundle. A
/// name, once accepted, changes only when the user accepts the new one,
/// and never to the name or e-mail of someone else ClearLine knows.
struct NameChange
{
    QByteArray publicKey;
    QString oldName;
    QString oldEmail;
    QString newName;
    QString newEmail;
    bool borrowed = false; ///< the new name or e-mail is someone else's: never taken
    bool taken = false;    ///< the user accepted it and it is now the person's name
};

/// What importing one bundle did, or would do, or why it did nothing.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(clearline::sync::ImportReport)

public:
    enum class Outcome {
        Imported,        ///< all of it is in the ledger (with dryRun: would be)
        NeedsAcceptance, ///< nothing changed: people new to this profile wait for the user
        Refused,         ///< nothing changed: the bundle is damaged, tampered with or cannot fit
    };
    Outcome outcome = Outcome::Refused;
    bool dryRun = false;
    QString file;
    QString fileSha256;
    QString problem;    ///< why it was refused, for people
    QString revisionId; ///< the revision it was refused for, if one
    std::optional<Manifest> manifest;

    QMap<QString, qint64> newByKind;
    qint64 newRevisions = 0;
    qint64 alreadyThere = 0;
    qint64 withheld = 0; ///< revisions that came as stubs: in the bundle, but not for this profile to see
    qint64 newAttachments = 0;
    QList<ledger::KnownPerson> newPeople; ///< accepted now (from the pack or by the user)
    QList<ledger::KnownPerson> waiting;   ///< new, and not accepted yet
    /// For a waiting key whose person is already known by another key: that
    /// person as this profile knows them ("Ana Teacher (F5A8-…)").
    QMap<QByteArray, QString> newKeyOf;
    QList<NameChange> nameChanges;
    QList<ConflictNote> conflicts;
    QList<FutureNote> futureDated;
    bool otherPack = false; ///< the exporter worked under another version of the policy

    bool changedNothing() const { return outcome != Outcome::Imported || dryRun || newRevisions == 0; }
};

/// Checks a bundle against what this profile trusts and adds what is new,
/// all of it or none of it, in one transaction.
class BundleImport
{
    Q_DECLARE_TR_FUNCTIONS(clearline::sync::BundleImport)

public:
    static ImportReport run(ledger::Ledger &ledger, const QString &file, const ImportOptions &options);
};

} // namespace clearline::sync
