// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "crypto/identity.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline init --name … --email … [--district …] [--school …] [--role …]
/// [--zone …]` — makes this profile's identity (key pair) and its empty ledger.
class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::InitCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;

private:
    /// Empty when school and roles are the pack's; fills in the pack's time zone.
    QString checkAgainstPack(const QString &district, crypto::Identity::NewPerson &person) const;
};

} // namespace clearline::cli
