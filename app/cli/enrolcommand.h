// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline enrol --role ROLE [--school S] [--out FILE]` — ask district IT
/// to list this profile's key as a holder of a role: a signed enrolment
/// record, which travels with the person's bundles, and a file to hand over.
class EnrolCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::EnrolCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;
};

} // namespace clearline::cli
