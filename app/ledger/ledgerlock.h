// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace clearline::ledger {

/// The lock file beside a ledger (`ledger.sqlite.lock`) that keeps a second
/// ClearLine from writing the same profile.
///
/// A lock is respected only while the program that wrote it may still be
/// running. One naming a process that is not running is taken over, and so
/// is one that is empty or unreadable and older than a few seconds: a
/// program killed between creating the file and writing its process id
/// leaves that, and must not lock the profile for good.
class LedgerLock
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ledger::LedgerLock)

public:
    /// An empty or unreadable lock younger than this may be one that its
    /// program is writing at this moment.
    static constexpr int kUnwrittenLockSeconds = 5;

    /// Takes the lock of the ledger file `ledgerFile`; nothing, with why,
    /// when another ClearLine holds it or the folder may not be written.
    static std::unique_ptr<QLockFile> acquire(const QString &ledgerFile, QString *error);
};

} // namespace clearline::ledger
