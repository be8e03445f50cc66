// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline duty list|done` — what the district's policy asks the person
/// to do each school year (or once), and signing that they did it.
class DutyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::DutyCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;

private:
    int list(CommandContext &context) const;
    int done(CommandContext &context, const QString &dutyId) const;
};

} // namespace clearline::cli
