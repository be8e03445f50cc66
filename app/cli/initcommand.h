// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "crypto/identity.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline init --name … --email … [--district …] [--school …] [--role …]
/// [--zone …]` — makes this profile's empty ledger, then its identity (key
/// pair). Run again by the same person on a profile whose first run made the
/// identity but no ledger, it finishes that profile with the key it has.
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
    int finishProfile(CommandContext &context, const crypto::Identity::NewPerson &person,
                      const QString &district) const;
    /// Saves the district and says the profile is ready.
    int ready(CommandContext &context, const crypto::Identity &identity, const QString &district) const;
};

} // namespace clearline::cli
