// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/contactcommand.h"

#include "contacts/contactentry.h"

#include "cli/session.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace clearline::cli {

QString ContactCommand::name() const
{
    return QStringLiteral("contact");
}

QString ContactCommand::summary() const
{
    return tr("log a contact with a student or family, checked against your district's policy");
}

QString ContactCommand::synopsis() const
{
    return QStringLiteral("log --with INITIALS --audience students|parents --channel CHANNEL --purpose "
                          "educational|scheduling|safety|other [--when TIME] [--roster ID] [--text TEXT] "
                          "[--forwarded] [--at-risk] [--own-child] [--trip] [--profile DIR] [--json]");
}

void ContactCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("when"), tr("When it happened (ISO 8601; default now)."), QStringLiteral("TIME")});
    parser.addOption({QStringLiteral("with"), tr("The person's initials."), QStringLiteral("INITIALS")});
    parser.addOption({QStringLiteral("roster"), tr("The student's roster id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("audience"), tr("students or parents."), QStringLiteral("WHO")});
    parser.addOption({QStringLiteral("channel"), tr("The channel used."), QStringLiteral("CHANNEL")});
    parser.addOption(
        {QStringLiteral("purpose"), tr("educational, scheduling, safety or other."), QStringLiteral("WHY")});
    parser.addOption({QStringLiteral("text"), tr("A summary, or the message text."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("forwarded"), tr("A copy went to your district account.")});
    parser.addOption({QStringLiteral("at-risk"), tr("The student may be at risk, neglected or harmed.")});
    parser.addOption({QStringLiteral("own-child"), tr("The student is your own child.")});
    parser.addOption({QStringLiteral("trip"), tr("It was for a school-sponsored trip.")});
}

int ContactCommand::run(CommandContext &context) const
{
    if (context.positional() != QStringList{QStringLiteral("log")}) {
        return context.usageError(tr("Use 'clearline contact log --with … --audience … --channel … --purpose …'."));
    }
    const QCommandLineParser &parser = context.parser();
    contacts::ContactEntry entry;
    entry.when = parser.isSet(QStringLiteral("when"))
                     ? QDateTime::fromString(parser.value(QStringLiteral("when")), Qt::ISODate)
                     : QDateTime::currentDateTime();
    entry.initials = parser.value(QStringLiteral("with")).trimmed();
    entry.rosterId = parser.value(QStringLiteral("roster")).trimmed();
    entry.audience = parser.value(QStringLiteral("audience"));
    entry.channel = parser.value(QStringLiteral("channel"));
    entry.purpose = parser.value(QStringLiteral("purpose"));
    entry.summary = parser.value(QStringLiteral("text"));
    entry.forwarded = parser.isSet(QStringLiteral("forwarded"));
    entry.atRisk = parser.isSet(QStringLiteral("at-risk"));
    entry.ownChild = parser.isSet(QStringLiteral("own-child"));
    entry.schoolTrip = parser.isSet(QStringLiteral("trip"));
    if (const QString problem = entry.problem(); !problem.isEmpty()) {
        return context.usageError(problem);
    }

    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    if (!pack) {
        return context.fail(error);
    }
    const contacts::ContactAssessment assessment = contacts::assess(*pack, entry);
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    // An entry is saved whatever the verdict: a forbidden channel is a
    // self-report, and a report about a student at risk is never held back.
    const auto revision = writer->ledger->submit(
        writer->identity, {contacts::ContactEntry::kKind, {}, {}, {}, contacts::toPayload(entry, assessment), {}},
        &error);
    if (!revision) {
        return context.fail(error);
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("recordId"), revision->recordId},
                           {QStringLiteral("offHours"), assessment.time.state == policy::SchoolTime::State::OffHours},
                           {QStringLiteral("time"), assessment.time.reason},
                           {QStringLiteral("verdict"), assessment.verdict},
                           {QStringLiteral("rule"), assessment.ruleId},
                           {QStringLiteral("clause"), assessment.clauseId},
                           {QStringLiteral("mustForward"), assessment.mustForward},
                           {QStringLiteral("guidance"), QJsonArray::fromStringList(assessment.guidance)}});
        return Success;
    }
    QTextStream &out = context.out();
    out << tr("Contact logged (%1).").arg(assessment.time.reason) << '\n';
    for (const QString &line : assessment.guidance) {
        out << "- " << line << '\n';
    }
    out.flush();
    return Success;
}

} // namespace clearline::cli
