// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace clearline::cli {

CommandContext::CommandContext(const QCommandLineParser &parser, core::Profile profile, bool json, QTextStream &out,
                               QTextStream &err)
    : m_parser(parser)
    , m_profile(std::move(profile))
    , m_json(json)
    , m_out(out)
    , m_err(err)
{}

QStringList CommandContext::positional() const
{
    return m_parser.positionalArguments();
}

void CommandContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

int CommandContext::fail(const QString &message)
{
    return report(message, Failure);
}

void CommandContext::warn(const QString &message) const
{
    m_err << "clearline: " << message << '\n';
    m_err.flush();
}

int CommandContext::usageError(const QString &message)
{
    return report(message, UsageError);
}

int CommandContext::report(const QString &message, int code)
{
    if (m_json) {
        printJson({{QStringLiteral("error"), message}, {QStringLiteral("exitCode"), code}});
    } else {
        m_err << "clearline: " << message << '\n';
        m_err.flush();
    }
    return code;
}

void Command::addOptions(QCommandLineParser & /*parser*/) const
{}

} // namespace clearline::cli
