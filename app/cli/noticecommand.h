// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline notice list | show ID [--notice N] [--language L] [--given-to WHOM]`
/// — the notices a request's procedure asks staff to hand out.
class NoticeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::NoticeCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;

private:
    int list(CommandContext &context) const;
    int show(CommandContext &context, const QString &id) const;
};

} // namespace clearline::cli
