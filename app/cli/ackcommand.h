// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline ack [--status]` — the yearly acknowledgment of the policy.
class AckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::AckCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;
};

} // namespace clearline::cli
