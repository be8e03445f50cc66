// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace clearline::ledger {

/// SQLite's locking is unreliable on network file systems, and cloud sync
/// programs copy a database file while it is being written: both can
/// corrupt the ledger. This refuses such folders before anything is written.
class StorageCheck
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ledger::StorageCheck)

public:
    /// True when folder is safe for the ledger; else false with why.
    static bool isSafeFolder(const QString &folder, QString *why);
};

} // namespace clearline::ledger
