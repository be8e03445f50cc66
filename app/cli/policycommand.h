// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline policy validate PATH… | show PACK [--clause ID]` — check and
/// read district policy packs.
class PolicyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::PolicyCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;

private:
    int validate(CommandContext &context, const QStringList &paths) const;
    int show(CommandContext &context, const QString &path) const;
    int check(CommandContext &context, const QString &path) const;
    int keygen(CommandContext &context) const;
    int sign(CommandContext &context, const QString &path) const;
};

} // namespace clearline::cli
