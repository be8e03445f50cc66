// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "policy/pack.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline disclosure new|authorize-request|notice|report-misuse|close|
/// list|show` — a personal phone number given for a trip, from planning to
/// closing.
class DisclosureCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::DisclosureCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;

private:
    int create(CommandContext &context, const policy::Pack &pack) const;
    int list(CommandContext &context, const policy::Pack &pack) const;
    int show(CommandContext &context, const policy::Pack &pack, const QString &id) const;
    int step(CommandContext &context, const policy::Pack &pack, const QString &verb, const QString &id) const;
};

} // namespace clearline::cli
