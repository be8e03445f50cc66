// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QTextStream;

namespace clearline::cli {

/// Finds the command a `clearline VERB …` names and runs it with the shared
/// options (--profile DIR, --json, --help) already handled.
class Dispatcher
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::Dispatcher)

public:
    /// Runs `command` with `arguments` (as in Invocation); returns the exit
    /// code. Writes to `out` and `err` only.
    static int run(const QString &command, const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// Name and one-line summary of every command, for `clearline --help`.
    static QList<QPair<QString, QString>> commandSummaries();
};

} // namespace clearline::cli
