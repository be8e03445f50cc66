// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "core/settings.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline settings [list] | get KEY | set KEY VALUE` — read and change
/// a profile's preferences from scripts.
class SettingsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::SettingsCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    int run(CommandContext &context) const override;

private:
    int list(CommandContext &context) const;
    int get(CommandContext &context, const QString &key) const;
    int set(CommandContext &context, const QString &key, const QString &value) const;
    /// How --json names where a value comes from.
    static QString sourceName(core::Settings::Source source);
    /// Why `district` cannot be the profile's district; empty when it can.
    static QString districtProblem(const QString &district);
};

} // namespace clearline::cli
