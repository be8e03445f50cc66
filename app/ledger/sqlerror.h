// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace clearline::ledger {

/// What went wrong with the ledger file, in words a teacher can act on.
class SqlError
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ledger::SqlError)

public:
    enum class Kind { None, DiskFull, ReadOnly, Locked, Damaged, CannotOpen, Other };

    static Kind kindOf(const QSqlError &error);
    /// A plain message for error on the ledger file `file`; names the
    /// technical cause at the end for IT staff.
    static QString message(const QSqlError &error, const QString &file);
};

} // namespace clearline::ledger
