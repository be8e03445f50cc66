// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace clearline::core {
class Profile;
}

namespace clearline::ledger {

class Ledger;

/// One automatic backup of a ledger, in the profile's backups folder.
struct BackupFile
{
    QString file;
    QDate date;     ///< the day it was made, on this computer's calendar
    QDateTime made; ///< when it was written
    qint64 bytes = 0;
};

/// The daily copy of a profile's ledger that "restore your latest backup"
/// refers to (`clearline ledger restore --from BACKUP`).
///
/// A copy is written with VACUUM INTO under a temporary name, checked with
/// PRAGMA integrity_check, and only then given its final name
/// (ledger-YYYY-MM-DD.sqlite): so every file that has that name was checked,
/// and a copy cut short by a crash or a full disk never counts. Older copies
/// are removed only after today's was checked, so a failed backup, or the
/// backup of a ledger that turned out damaged, never costs a good one.
class AutoBackup
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ledger::AutoBackup)

public:
    /// Room left on the disk after a backup, so that the next save still
    /// fits: a backup must never be the reason saving fails.
    static constexpr qint64 kReserveBytes = 32 * 1024 * 1024;

    struct Outcome
    {
        enum class State {
            Made,          ///< today's backup was made now
            AlreadyMade,   ///< today's backup existed already
            NothingToKeep, ///< the ledger holds no revisions yet
            Failed,        ///< no backup was made; problem says why
        };
        State state = State::Failed;
        std::optional<BackupFile> backup; ///< today's, when there is one
        QString problem;                  ///< for a person, when Failed
        QStringList removed;              ///< backups older than the days kept
    };

    /// Where the profile's automatic backups are: "backups" in its data folder.
    static QString folderFor(const core::Profile &profile);
    /// The checked backups of the profile, newest first.
    static QList<BackupFile> list(const core::Profile &profile);
    static std::optional<BackupFile> latest(const core::Profile &profile);

    /// Makes today's backup of ledger (the profile's, open for writing) if
    /// there is none yet, then removes those older than keepDays days.
    /// Leaves the ledger unchanged whatever happens.
    static Outcome makeIfDue(const Ledger &ledger, const core::Profile &profile, const QDate &today, int keepDays,
                             qint64 reserveBytes = kReserveBytes);

    /// When a backup was made, in words: "today at 9:14 AM",
    /// "yesterday at …", or the date.
    static QString whenText(const BackupFile &backup, const QDate &today);
};

} // namespace clearline::ledger
