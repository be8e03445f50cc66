// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/bundleexport.h"
#include "sync/bundleimport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace clearline::crypto {
class Identity;
}

namespace clearline::sync {

/// A folder several profiles share (a mapped drive, a synced cloud folder).
/// Each profile keeps there one bundle for each person it knows,
/// clearline-<from>-to-<to>.clsealed: what that person may see and has not
/// acknowledged, sealed to them (and to its writer, who reads it back to
/// tell whether it needs rewriting). Someone browsing the folder learns who
/// writes to whom, and when, and how much; nothing of what is inside.
///
/// Files can be seen half-written: another ClearLine writes beside the
/// target and renames (never half there), but a cloud client may still be
/// copying one in. A bundle changed in the last minute is left for the next
/// round, and one that fails its checksum while young is retried rather
/// than reported as tampered.
/// What a caller that syncs again and again (the window) remembers of the
/// folder between rounds: each file's size and time as last seen, and the
/// files that need no reading because they did not change since.
struct FolderMemory
{
    struct Seen
    {
        qint64 size = 0;
        QDateTime modified;
        bool done = false; ///< imported, or our own: nothing to do while unchanged
    };
    QHash<QString, Seen> files;
    /// The manifests of our own bundles as last written or read, by file
    /// name: telling whether one needs rewriting then opens nothing.
    QHash<QString, Manifest> written;
};

struct FolderRound
{
    QList<ImportReport> imported;    ///< bundles read this round (new or changed ones only)
    QStringList waitingFiles;        ///< files still being copied in, for the next round
    QStringList written;             ///< this profile's bundles rewritten this round
    ExportResult sent;               ///< what they hold together
    int locked = 0;                  ///< bundles for us that wait for the key to be unlocked
    bool removedPlainBundle = false; ///< an unsealed bundle of ours from an earlier ClearLine was removed
};

class FolderSync
{
    Q_DECLARE_TR_FUNCTIONS(clearline::sync::FolderSync)

public:
    /// The name of the bundle `from` keeps in the folder for `to`.
    static QString fileNameFor(const QByteArray &from, const QByteArray &to);
    /// One round: import what is new for us, then rewrite each of our
    /// bundles whose reader needs something it lacks. Without a signer (the
    /// key is still locked) nothing can be opened or written: the round only
    /// counts the files waiting for us.
    ///
    /// A file is read once it stood still: unchanged since the last round
    /// (with memory), or a minute old when first seen. Cloud clients keep the
    /// sender's time on a file still arriving, so one that fails when first
    /// seen waits for a round unchanged before it is reported.
    static std::optional<FolderRound> run(ledger::Ledger &ledger, const QByteArray &ownKey,
                                          const crypto::Identity *signer, const std::optional<policy::Pack> &pack,
                                          const QString &folder, const QDateTime &now, QString *error,
                                          FolderMemory *memory = nullptr);
};

} // namespace clearline::sync
