// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profile.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace clearline::cli {

enum ExitCode : int {
    Success = 0,
    Failure = 1,    ///< the command could not do what was asked
    UsageError = 2, ///< the command was given wrongly
};

/// What a command gets to work with: its parsed arguments, the profile it
/// acts on, and where to write. Output is plain text for people, or one
/// JSON object with --json for scripts.
class CommandContext
{
public:
    CommandContext(const QCommandLineParser &parser, core::Profile profile, bool json, QTextStream &out,
                   QTextStream &err);

    const QCommandLineParser &parser() const { return m_parser; }
    QStringList positional() const;
    const core::Profile &profile() const { return m_profile; }
    bool json() const { return m_json; }
    /// --authoring: district IT trying a pack; an unsigned pack loads.
    bool authoring() const { return m_authoring; }
    void setAuthoring(bool authoring) { m_authoring = authoring; }
    QTextStream &out() { return m_out; }

    /// Prints a JSON object on one line (for --json).
    void printJson(const QJsonObject &object);
    /// Reports a failure (exit 1): on stderr, or as {"error": …} with --json.
    int fail(const QString &message);
    /// Tells the person of something that went wrong beside the command,
    /// which itself goes on: always on stderr, so --json output stays one
    /// object.
    void warn(const QString &message) const;
    /// Reports wrong use (exit 2) the same way.
    int usageError(const QString &message);

    /// Says that this command's own report covers a damaged ledger file it
    /// met (`ledger verify`), so the dispatcher need not replace it.
    void setDamageExplained() { m_damageExplained = true; }
    bool damageExplained() const { return m_damageExplained; }

private:
    int report(const QString &message, int code);

    const QCommandLineParser &m_parser;
    core::Profile m_profile;
    bool m_json = false;
    bool m_authoring = false;
    bool m_damageExplained = false;
    QTextStream &m_out;
    QTextStream &m_err;
};

/// One `clearline VERB`. Each lives in its own file and is listed in
/// Dispatcher::commands().
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    /// One line for `clearline --help`.
    virtual QString summary() const = 0;
    /// What follows "clearline NAME" in the usage line, e.g. "get KEY".
    virtual QString synopsis() const = 0;
    /// Options besides the shared --profile, --json and --help.
    virtual void addOptions(QCommandLineParser &parser) const;
    virtual int run(CommandContext &context) const = 0;
};

} // namespace clearline::cli
