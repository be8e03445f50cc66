// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline delegate ROLE --to PERSON --until DATE | list | revoke ID` — a
/// role holder names a designee for a period, and ends it.
class DelegateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::DelegateCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;

private:
    int list(CommandContext &context) const;
};

} // namespace clearline::cli
