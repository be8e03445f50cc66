// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace clearline::cli {

class CommandContext;

/// `clearline policy holders add ENROLMENT-FILE|FINGERPRINT --pack FILE` and
/// `policy holders remove FINGERPRINT|ENROLMENT-FILE --pack FILE [--at TIME]`:
/// district IT lists or unlists a role holder in the pack file, which then
/// needs `policy sign` before it travels.
class HoldersVerbs
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::HoldersVerbs)

public:
    static int add(CommandContext &context, const QString &source);
    static int remove(CommandContext &context, const QString &source);
};

} // namespace clearline::cli
