// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline ledger stats|verify|rebuild|backup|restore` — look after a
/// profile's record store.
class LedgerCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::LedgerCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;

private:
    int stats(CommandContext &context) const;
    int verify(CommandContext &context) const;
    int rebuild(CommandContext &context) const;
    int backup(CommandContext &context) const;
    int restore(CommandContext &context) const;
    int backups(CommandContext &context) const;
};

} // namespace clearline::cli
