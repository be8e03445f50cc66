// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/revision.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

class QTextStream;

namespace clearline::cli {

/// How commands show a record's revisions, the same for every kind.
class RevisionHistory
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::RevisionHistory)

public:
    /// Record, revision, hash and time: what a command that saved one prints.
    static QJsonObject summaryJson(const ledger::Revision &revision);
    /// Every revision with its author, key fingerprint, reason and payload.
    static QJsonArray toJson(const QList<ledger::Revision> &history);
    /// One line per revision: when, signed by which key, and the reason.
    static void print(QTextStream &out, const QList<ledger::Revision> &history);
};

} // namespace clearline::cli
