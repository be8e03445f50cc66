// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "ledger/ledger.h"
#include "ledger/recordquery.h"

#include <QCoreApplication>

#include <optional>

namespace clearline::cli {

/// `clearline records search [QUERY] [filters] | export [QUERY] --format csv|pdf --out FILE [filters]` —
/// full-text search over every record of the profile, and its export as CSV
/// or as a PDF paper copy, each record with its verification status.
class RecordsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::RecordsCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;

private:
    /// The filter the options ask for, or a usage error in `error`.
    static std::optional<ledger::RecordFilter> filterFrom(const CommandContext &context, QString *error);
    int search(CommandContext &context, const ledger::Ledger &ledger, const ledger::RecordFilter &filter) const;
    int exportTo(CommandContext &context, const ledger::Ledger &ledger, const ledger::RecordFilter &filter) const;
};

} // namespace clearline::cli
