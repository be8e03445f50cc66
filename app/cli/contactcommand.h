// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline contact log --when … --with … --audience … --channel …
/// --purpose … [--text …]` — the off-hours and personal-channel contact log,
/// checked against the profile's district pack.
class ContactCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::ContactCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;
};

} // namespace clearline::cli
