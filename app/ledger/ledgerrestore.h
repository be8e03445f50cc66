// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/verifier.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace clearline::core {
class Profile;
}

namespace clearline::ledger {

/// Puts a backup made by `clearline ledger backup` back in place of a
/// profile's lost or damaged ledger, and says how when a ledger is lost.
class LedgerRestore
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ledger::LedgerRestore)

public:
    struct Result
    {
        QString ledgerFile;
        QString keptAside; ///< where the replaced file now is; empty if there was none
        VerifyReport report;
    };

    /// Checks that backup opens, verifies, and holds this profile's own key;
    /// then, holding the profile's lock, moves the present ledger aside
    /// (ledger.sqlite.damaged-TIME) and puts a copy of the backup in its
    /// place. Changes nothing when a check fails.
    static std::optional<Result> restore(const core::Profile &profile, const QString &backup, QString *error);

    /// The command that restores profile, as its owner would type it.
    static QString command(const core::Profile &profile);
    /// Why the profile's ledger cannot be used when it is missing or empty
    /// beside an identity, and what to do.
    static QString lostMessage(const core::Profile &profile);
    /// The same for a ledger that a read found damaged.
    static QString damagedMessage(const core::Profile &profile);
    /// What the window says of a damaged ledger: that what it shows may be
    /// short, and how to restore the latest good automatic backup, naming it
    /// (ledger/autobackup.h).
    static QString damagedAdvice(const core::Profile &profile);
};

} // namespace clearline::ledger
