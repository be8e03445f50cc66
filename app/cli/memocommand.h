// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline memo add|list|show|correct` — memos to file.
class MemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::MemoCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;

private:
    int add(CommandContext &context) const;
    int list(CommandContext &context) const;
    int show(CommandContext &context, const QString &id) const;
    int correct(CommandContext &context, const QString &id) const;
};

} // namespace clearline::cli
