// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "policy/pack.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline contact log|list|forwarded|reported` — the off-hours and
/// personal-channel contact log, checked against the district's pack.
class ContactCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::ContactCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;

private:
    int log(CommandContext &context, const policy::Pack &pack) const;
    int list(CommandContext &context) const;
    int mark(CommandContext &context, const policy::Pack &pack, const QString &verb, const QString &id,
             const QString &toDo) const;
};

} // namespace clearline::cli
