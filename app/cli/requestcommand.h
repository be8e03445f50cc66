// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace clearline::policy {
struct Pack;
}

namespace clearline::requests {
struct RequestForm;
}

namespace clearline::cli {

/// `clearline request kinds|new|list|show|correct|withdraw` — requests under
/// the district's procedures.
class RequestCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::RequestCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;

private:
    int kinds(CommandContext &context, const policy::Pack &pack) const;
    int create(CommandContext &context, const policy::Pack &pack, const QString &kind) const;
    int list(CommandContext &context, const policy::Pack &pack) const;
    int show(CommandContext &context, const policy::Pack &pack, const QString &id) const;
    enum class Revision { Correct, Withdraw };
    /// A later revision of the person's own request, with --reason.
    int revise(CommandContext &context, const policy::Pack &pack, const QString &id, Revision revision) const;

public:
    /// Reads --field NAME=VALUE and --check ITEM into the form; false with
    /// a usage error already reported. (The command must add both options.)
    static bool readAnswers(CommandContext &context, const policy::Pack &pack, requests::RequestForm &form,
                            int *exitCode);
};

} // namespace clearline::cli
