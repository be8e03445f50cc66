// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/contactcommand.h"

#include "contacts/contactbook.h"
#include "contacts/contactfiling.h"

#include "cli/session.h"
#include "core/zonedtime.h"
#include "policy/vocabularywords.h"

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
                          "[--forwarded] [--at-risk] [--own-child] [--trip | --trip-id ID] | "
                          "list [--from DATE] [--to DATE] [--student WHO] [--channel CHANNEL] [--trip-id ID] "
                          "[--off-hours] [--flagged] | forwarded ID | reported ID [--when TIME] [--reported-to WHOM] "
                          "[--profile DIR] [--json]");
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
    parser.addOption({QStringLiteral("trip-id"), tr("The trip disclosure it belongs to."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("from"), tr("List entries from this day (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), tr("List entries up to this day (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("reported-to"), tr("Whom you reported to."), QStringLiteral("WHOM")});
    parser.addOption(
        {QStringLiteral("student"), tr("List entries with these initials or roster id."), QStringLiteral("WHO")});
    parser.addOption({QStringLiteral("off-hours"), tr("List off-hours entries only.")});
    parser.addOption({QStringLiteral("flagged"), tr("List flagged entries only.")});
}

int ContactCommand::run(CommandContext &context) const
{
    const QStringList args = context.positional();
    const QString verb = args.value(0);
    const bool known = (args.size() == 1 && (verb == QLatin1String("log") || verb == QLatin1String("list"))) ||
                       (args.size() == 2 && (verb == QLatin1String("forwarded") || verb == QLatin1String("reported")));
    if (!known) {
        return context.usageError(tr("Use 'clearline contact log --with … --audience … --channel … --purpose …', "
                                     "'contact list', 'contact forwarded ID' or 'contact reported ID'."));
    }
    if (verb == QLatin1String("list")) {
        return list(context);
    }
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    if (!pack) {
        return context.fail(error);
    }
    return verb == QLatin1String("log") ? log(context, *pack) : mark(context, *pack, verb, args.at(1));
}

int ContactCommand::log(CommandContext &context, const policy::Pack &pack) const
{
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
    entry.trip = parser.value(QStringLiteral("trip-id"));
    entry.schoolTrip = parser.isSet(QStringLiteral("trip")) || !entry.trip.isEmpty();
    if (const QString problem = entry.problem(); !problem.isEmpty()) {
        return context.usageError(problem);
    }
    QString error;
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    if (!entry.trip.isEmpty()) {
        entry.trip = writer->ledger->resolveRecordId(entry.trip, &error);
        if (entry.trip.isEmpty()) {
            return context.fail(error);
        }
    }
    const auto logged = contacts::ContactFiling(*writer->ledger, writer->identity, pack).log(entry, &error);
    if (!logged) {
        return context.fail(error);
    }
    const contacts::ContactAssessment &assessment = logged->assessment;
    if (context.json()) {
        QJsonObject object{{QStringLiteral("recordId"), logged->contact.recordId},
                           {QStringLiteral("offHours"), assessment.time.state == policy::SchoolTime::State::OffHours},
                           {QStringLiteral("time"), assessment.time.reason},
                           {QStringLiteral("verdict"), assessment.verdict},
                           {QStringLiteral("rule"), assessment.ruleId},
                           {QStringLiteral("clause"), assessment.clauseId},
                           {QStringLiteral("mustForward"), assessment.mustForward},
                           {QStringLiteral("guidance"), QJsonArray::fromStringList(assessment.guidance)}};
        if (!logged->concernId.isEmpty()) {
            object.insert(QStringLiteral("concernId"), logged->concernId);
        }
        if (!logged->concernError.isEmpty()) {
            object.insert(QStringLiteral("concernError"), logged->concernError);
        }
        context.printJson(object);
        return Success;
    }
    QTextStream &out = context.out();
    out << tr("Contact logged (%1): %2").arg(assessment.time.reason, logged->contact.recordId) << '\n';
    for (const QString &line : assessment.guidance) {
        out << "- " << line << '\n';
    }
    if (!logged->concernId.isEmpty()) {
        out << tr("A notification record was made (%1). Once you have reported, run 'clearline contact reported "
                  "%1'.")
                   .arg(logged->concernId)
            << '\n';
    }
    if (!logged->concernError.isEmpty()) {
        out << tr("The notification record could not be saved: %1").arg(logged->concernError) << '\n';
    }
    out.flush();
    return Success;
}

int ContactCommand::list(CommandContext &context) const
{
    const QCommandLineParser &parser = context.parser();
    contacts::ContactFilter filter;
    filter.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    filter.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if ((parser.isSet(QStringLiteral("from")) && !filter.from.isValid()) ||
        (parser.isSet(QStringLiteral("to")) && !filter.to.isValid())) {
        return context.usageError(tr("Give dates as YYYY-MM-DD."));
    }
    filter.student = parser.value(QStringLiteral("student"));
    filter.channel = parser.value(QStringLiteral("channel"));
    filter.offHoursOnly = parser.isSet(QStringLiteral("off-hours"));
    filter.flaggedOnly = parser.isSet(QStringLiteral("flagged"));
    QString error;
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error);
    if (!ledger) {
        return context.fail(error);
    }
    if (parser.isSet(QStringLiteral("trip-id"))) {
        filter.trip = ledger->resolveRecordId(parser.value(QStringLiteral("trip-id")), &error);
        if (filter.trip.isEmpty()) {
            return context.fail(error);
        }
    }
    const auto info = crypto::Identity::readInfo(context.profile(), &error);
    if (!info) {
        return context.fail(error);
    }
    const QList<contacts::ContactItem> items = contacts::ContactBook(*ledger, info->personId).entries(filter);
    if (context.json()) {
        QJsonArray array;
        for (const contacts::ContactItem &item : items) {
            array.append(QJsonObject{{QStringLiteral("recordId"), item.recordId},
                                     {QStringLiteral("when"), item.entry.when.toString(Qt::ISODate)},
                                     {QStringLiteral("initials"), item.entry.initials},
                                     {QStringLiteral("rosterId"), item.entry.rosterId},
                                     {QStringLiteral("audience"), item.entry.audience},
                                     {QStringLiteral("channel"), item.entry.channel},
                                     {QStringLiteral("purpose"), item.entry.purpose},
                                     {QStringLiteral("offHours"), item.offHours},
                                     {QStringLiteral("verdict"), item.verdict},
                                     {QStringLiteral("clause"), item.clauseId},
                                     {QStringLiteral("flagged"), item.flagged()},
                                     {QStringLiteral("awaitsForwarding"), item.awaitsForwarding()},
                                     {QStringLiteral("trip"), item.entry.trip}});
        }
        context.printJson({{QStringLiteral("entries"), array}});
        return Success;
    }
    QTextStream &out = context.out();
    if (items.isEmpty()) {
        out << tr("No contact entries match.") << '\n';
    }
    for (const contacts::ContactItem &item : items) {
        QStringList marks;
        if (item.offHours) {
            marks.append(tr("off-hours"));
        }
        if (item.flagged()) {
            marks.append(tr("flagged"));
        }
        if (item.awaitsForwarding()) {
            marks.append(tr("to forward"));
        }
        out << item.recordId.left(8) << "  "
            << item.entry.when.toTimeZone(core::readingZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm t")) << "  "
            << item.entry.initials << "  " << policy::VocabularyWords::channel(item.entry.channel) << "  "
            << marks.join(QStringLiteral(", ")) << '\n';
    }
    out.flush();
    return Success;
}

int ContactCommand::mark(CommandContext &context, const policy::Pack &pack, const QString &verb,
                         const QString &id) const
{
    QString error;
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    const QString recordId = writer->ledger->resolveRecordId(id, &error);
    if (recordId.isEmpty()) {
        return context.fail(error);
    }
    contacts::ContactFiling filing(*writer->ledger, writer->identity, pack);
    const QCommandLineParser &parser = context.parser();
    std::optional<ledger::Revision> saved;
    if (verb == QLatin1String("forwarded")) {
        saved = filing.markForwarded(recordId, &error);
    } else {
        const QDateTime at = parser.isSet(QStringLiteral("when"))
                                 ? QDateTime::fromString(parser.value(QStringLiteral("when")), Qt::ISODate)
                                 : QDateTime::currentDateTime();
        saved = filing.recordReport(recordId, at, parser.value(QStringLiteral("reported-to")), &error);
    }
    if (!saved) {
        return context.fail(error);
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("recordId"), recordId}, {QStringLiteral("revisionId"), saved->id}});
    } else {
        context.out() << (verb == QLatin1String("forwarded") ? tr("Marked as forwarded: %1")
                                                             : tr("Report recorded: %1"))
                             .arg(recordId)
                      << '\n';
        context.out().flush();
    }
    return Success;
}

} // namespace clearline::cli
