// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace clearline::cli {

/// `clearline bundle export|import|inspect|sync`: sync bundles between
/// profiles (docs/bundle-format.md).
class BundleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::BundleCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context) const override;

private:
    int exportBundle(CommandContext &context) const;
    int importBundles(CommandContext &context, const QStringList &files) const;
    int inspect(CommandContext &context, const QString &file) const;
    int syncFolder(CommandContext &context) const;
};

} // namespace clearline::cli
