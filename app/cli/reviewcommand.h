// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "policy/pack.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline review queue [filters] | show ID [--html] | overview [--school ID] | approve|deny|return ID
/// [--comment TEXT]` — what waits for an approver, the request as they
/// review it, and their signed decisions.
class ReviewCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::ReviewCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;

private:
    int queue(CommandContext &context, const policy::Pack &pack) const;
    int show(CommandContext &context, const policy::Pack &pack, const QString &id) const;
    int overview(CommandContext &context, const policy::Pack &pack) const;
};

} // namespace clearline::cli
