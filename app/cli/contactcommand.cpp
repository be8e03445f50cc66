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

namespace {
// A contact's to-dos for scripts: the stored form, with the words in the
// reader's language and whether each is late now.
QJsonArray toDoJson(const QList<contacts::ContactToDoItem> &toDos)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray array;
    for (const contacts::ContactToDoItem &toDo : toDos) {
        QJsonObject object = toDo.toJson();
        object.insert(QStringLiteral("words"), toDo.words());
        object.insert(QStringLiteral("late"), toDo.isLate(now));
        array.append(object);
    }
    return array;
}
} // namespace

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
    return QStringLiteral(
        "log --with INITIALS --audience students|parents [--on-message one|group|with-parent] --channel CHANNEL "
        "[--device district|personal] [--their-phone student|family] [--purpose ID] "
        "[--when TIME] [--roster ID] [--text TEXT] "
        "[--copied ROLE]… [--forwarded] [--at-risk] [--own-child | --family ID] [--trip | --trip-id ID] | "
        "list [--from DATE] [--to DATE] [--student WHO] [--channel CHANNEL] [--trip-id ID] "
        "[--off-hours] [--flagged] | forwarded ID | done ID TODO [--note TEXT] | reported ID [--when TIME] "
        "[--reported-to WHOM] "
        "[--profile DIR] [--json]");
}

void ContactCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("when"), tr("When it happened (ISO 8601; default now)."), QStringLiteral("TIME")});
    parser.addOption({QStringLiteral("with"), tr("The person's initials."), QStringLiteral("INITIALS")});
    parser.addOption({QStringLiteral("roster"), tr("The student's roster id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("audience"), tr("students or parents."), QStringLiteral("WHO")});
    parser.addOption({QStringLiteral("on-message"),
                      tr("Who was on the message: one (only this person; the default), group (a group, a class or "
                         "a team) or with-parent (the student, with a parent or guardian copied)."),
                      QStringLiteral("WHO")});
    parser.addOption({QStringLiteral("channel"), tr("The channel used."), QStringLiteral("CHANNEL")});
    parser.addOption({QStringLiteral("device"),
                      tr("district or personal: the device you used (default: what the channel says)."),
                      QStringLiteral("WHICH")});
    parser.addOption({QStringLiteral("their-phone"),
                      tr("For a call or a text: student (the student's own phone) or family (the family's phone)."),
                      QStringLiteral("WHOSE")});
    parser.addOption({QStringLiteral("purpose"),
                      tr("Why: one of your district's purposes ('clearline policy show' lists them)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("text"), tr("A summary, or the message text."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("forwarded"), tr("A copy went to your district account.")});
    parser.addOption({QStringLiteral("copied"),
                      tr("You copied someone in this role on the message (a role of your district's policy; may be "
                         "repeated)."),
                      QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("note"), tr("done: what you did, in a few words."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("at-risk"), tr("The student may be at risk, neglected or harmed.")});
    parser.addOption({QStringLiteral("own-child"), tr("The student is your own child.")});
    parser.addOption({QStringLiteral("family"),
                      tr("The student is family, as your district names it ('clearline policy show' lists the ties)."),
                      QStringLiteral("ID")});
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
    const bool known =
        (args.size() == 1 && (verb == QLatin1String("log") || verb == QLatin1String("list"))) ||
        (args.size() == 2 && (verb == QLatin1String("forwarded") || verb == QLatin1String("reported"))) ||
        (args.size() == 3 && verb == QLatin1String("done"));
    if (!known) {
        return context.usageError(
            tr("Use 'clearline contact log --with … --audience … --channel … [--purpose …]', "
               "'contact list', 'contact forwarded ID', 'contact done ID TODO' or 'contact reported ID'."));
    }
    if (verb == QLatin1String("list")) {
        return list(context);
    }
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    if (!pack) {
        return context.fail(error);
    }
    return verb == QLatin1String("log") ? log(context, *pack) : mark(context, *pack, verb, args.at(1), args.value(2));
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
    if (parser.isSet(QStringLiteral("on-message"))) {
        entry.recipients = parser.value(QStringLiteral("on-message"));
    }
    entry.channel = parser.value(QStringLiteral("channel"));
    entry.device = parser.value(QStringLiteral("device"));
    entry.theirPhone = parser.value(QStringLiteral("their-phone"));
    entry.purpose = parser.value(QStringLiteral("purpose"));
    entry.summary = parser.value(QStringLiteral("text"));
    entry.forwarded = parser.isSet(QStringLiteral("forwarded"));
    entry.atRisk = parser.isSet(QStringLiteral("at-risk"));
    entry.ownChild = parser.isSet(QStringLiteral("own-child"));
    entry.family = parser.value(QStringLiteral("family"));
    entry.trip = parser.value(QStringLiteral("trip-id"));
    entry.schoolTrip = parser.isSet(QStringLiteral("trip")) || !entry.trip.isEmpty();
    entry.copiedRoles = parser.values(QStringLiteral("copied"));
    for (const QString &role : entry.copiedRoles) {
        if (!pack.role(role)) {
            return context.usageError(tr("Your district's policy has no role \"%1\" for --copied.").arg(role));
        }
    }
    if (const QString problem = entry.problem(pack); !problem.isEmpty()) {
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
                           {QStringLiteral("guidance"), QJsonArray::fromStringList(assessment.guidance)},
                           {QStringLiteral("toDo"), toDoJson(assessment.toDos)}};
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
    for (const contacts::ContactToDoItem &toDo : assessment.toDos) {
        if (!toDo.isDone()) {
            out << tr("Once done, run 'clearline contact done %1 %2'.").arg(logged->contact.recordId, toDo.id) << '\n';
        }
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
                                     {QStringLiteral("recipients"), item.entry.recipients},
                                     {QStringLiteral("channel"), item.entry.channel},
                                     {QStringLiteral("device"), item.entry.effectiveDevice()},
                                     {QStringLiteral("theirPhone"), item.entry.theirPhone},
                                     {QStringLiteral("purpose"), item.entry.purpose},
                                     {QStringLiteral("purposeLabel"), item.entry.purposeText()},
                                     {QStringLiteral("offHours"), item.offHours},
                                     {QStringLiteral("verdict"), item.verdict},
                                     {QStringLiteral("clause"), item.clauseId},
                                     {QStringLiteral("flagged"), item.flagged()},
                                     {QStringLiteral("awaitsForwarding"), item.awaitsForwarding()},
                                     {QStringLiteral("trip"), item.entry.trip},
                                     {QStringLiteral("toDo"), toDoJson(item.entry.toDos)}});
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
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const contacts::ContactToDoItem &toDo : item.openToDos()) {
            marks.append(toDo.isLate(now) ? tr("overdue: %1 (%2)").arg(toDo.words(), toDo.id)
                                          : tr("to do: %1 (%2)").arg(toDo.words(), toDo.id));
        }
        out << item.recordId.left(8) << "  "
            << item.entry.when.toTimeZone(core::readingZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm t")) << "  "
            << item.entry.initials << "  " << policy::VocabularyWords::channel(item.entry.channel) << "  "
            << (item.entry.purpose.isEmpty() ? QString() : item.entry.purposeText() + QStringLiteral("  "))
            << marks.join(QStringLiteral(", ")) << '\n';
    }
    out.flush();
    return Success;
}

int ContactCommand::mark(CommandContext &context, const policy::Pack &pack, const QString &verb, const QString &id,
                         const QString &toDo) const
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
    } else if (verb == QLatin1String("done")) {
        saved = filing.markToDoDone(recordId, toDo, parser.value(QStringLiteral("note")), &error);
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
                          : verb == QLatin1String("done")    ? tr("Marked as done: %1")
                                                             : tr("Report recorded: %1"))
                             .arg(recordId)
                      << '\n';
        context.out().flush();
    }
    return Success;
}

} // namespace clearline::cli
