// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace clearline::ledger {

class Database;

/// One thing wrong with a ledger.
struct VerifyProblem
{
    enum class Kind {
        DamagedFile,       ///< SQLite's own check failed
        ChangedContent,    ///< the content no longer matches its hash
        BadSignature,      ///< the hash is not signed by the key named
        BrokenChain,       ///< the author's previous hash does not match
        UnknownKey,        ///< signed by a key this ledger does not trust
        MissingSupersedes, ///< supersedes a revision that is not here
        BadAttachment,     ///< an attachment is missing or changed
        DerivedMismatch,   ///< the query tables differ from a rebuild
    };
    Kind kind;
    qint64 seq = 0;     ///< the revision's place in the ledger (0: none)
    QString revisionId; ///< empty when the problem is not one revision's
    QString message;
    QString detail; ///< SQLite's own words, for IT staff; empty for most problems
};

/// What `clearline ledger verify` and the profile screen report.
struct VerifyReport
{
    qint64 revisions = 0;
    qint64 records = 0;
    qint64 authors = 0;
    qint64 attachments = 0;
    QList<VerifyProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

/// Checks every revision's hash, chain link and signature, the keys that
/// signed, the attachments, and the query tables against a rebuild. Reads
/// only; changes nothing.
class Verifier
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ledger::Verifier)

public:
    static VerifyReport run(const Database &database);
};

} // namespace clearline::ledger
