// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline identity show` — who this profile signs as, and the public key
/// others need: district IT to list the person in the pack (`holders`), and a
/// colleague to send records before the two have met (`bundle export --for`).
class IdentityCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::IdentityCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    int run(CommandContext &context) const override;
};

} // namespace clearline::cli
