// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace clearline::ledger {

class Database;

/// Whether the records of one page of results can be trusted, checked where
/// they are shown or exported rather than over the whole ledger (that is
/// `clearline ledger verify`): every revision of the record still matches
/// its hash, carries a valid signature of that hash, and is signed by a key
/// this ledger trusts.
class RecordCheck
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ledger::RecordCheck)

public:
    /// The first problem of each record of `recordIds` that has one, by
    /// record id; a record missing from the result is verified.
    static QHash<QString, QString> problems(const Database &database, const QStringList &recordIds);
};

} // namespace clearline::ledger
