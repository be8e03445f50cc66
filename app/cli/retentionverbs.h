// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace clearline::cli {

class CommandContext;

/// The records officer's part of `clearline records`: `search
/// --retention-due [--as-of DATE]`, `hold RECORD --reason TEXT` and
/// `release RECORD`. ClearLine deletes nothing; it says what is due.
class RetentionVerbs
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::RetentionVerbs)

public:
    static int due(CommandContext &context);
    static int hold(CommandContext &context, const QString &record);
    static int release(CommandContext &context, const QString &record);
};

} // namespace clearline::cli
