// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace clearline::cli {

/// What the program was asked to do, decided from its arguments before any
/// Q*Application exists, so that --version, --help and the commands never
/// need a display.
struct Invocation
{
    enum class Action {
        RunGui,      ///< no command: open the window (and import openFiles)
        RunCommand,  ///< `clearline VERB …`
        ShowVersion, ///< --version
        ShowHelp,    ///< --help
        Fail,        ///< the arguments are wrong; message says how
    };

    Action action = Action::RunGui;
    /// The --profile DIR given, for the window or a command; empty for the
    /// standard per-user profile. Commands parse their own --profile too.
    QString profileDirectory;
    /// --authoring: unsigned policy packs load, and the window says so.
    bool authoring = false;
    /// Bundles to import in the window (`clearline FILE.clbundle…`, as a file
    /// manager opens them), as absolute paths.
    QStringList openFiles;
    QString command;
    /// The arguments for the command: everything but the program and the
    /// verb, in order, options given before the verb included.
    QStringList commandArguments;
    QString message;
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(clearline::cli::CommandLine)

public:
    /// `arguments` as in QCoreApplication::arguments(): the program first.
    static Invocation parse(const QStringList &arguments);
    /// Whether an argument names a sync bundle rather than a command.
    static bool isBundleFile(const QString &argument);
    /// The text of `clearline --help`.
    static QString helpText();
};

} // namespace clearline::cli
