// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/disclosurecommand.h"

#include "disclosures/disclosurebook.h"
#include "disclosures/disclosurefiling.h"
#include "requests/requestfiling.h"

#include "cli/requestcommand.h"
#include "cli/revisionhistory.h"
#include "cli/session.h"
#include "core/zonedtime.h"
#include "policy/noticetext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace clearline::cli {

using disclosures::Disclosure;
using disclosures::DisclosureFiling;
using disclosures::DisclosureStatus;

namespace {

QJsonObject statusJson(const DisclosureStatus &status)
{
    return {{QStringLiteral("state"), DisclosureStatus::stateId(status.state)},
            {QStringLiteral("description"), status.description()},
            {QStringLiteral("mayHandOut"), status.mayHandOut()},
            {QStringLiteral("misuseReports"), status.misuseReports}};
}

} // namespace

QString DisclosureCommand::name() const
{
    return QStringLiteral("disclosure");
}

QString DisclosureCommand::summary() const
{
    return tr("give a personal number for a trip the way your district asks (new, authorize-request, notice, "
              "report-misuse, close, list, show)");
}

QString DisclosureCommand::synopsis() const
{
    return QStringLiteral(
        "new --trip NAME --from DATE --to DATE --number PHONE --shared-with students|parents|students-and-parents "
        "[--not-sponsored] [--home-number] [--destination TEXT] [--group TEXT] [--students N] [--grades TEXT] "
        "[--school ID] [--confirm-purpose] | authorize-request ID [--field NAME=VALUE]… [--check ITEM]… | "
        "notice ID [--language LANG] [--given-to WHOM] | report-misuse ID --text WHAT | close ID [--note TEXT] | "
        "list | show ID [--profile DIR] [--json]");
}

void DisclosureCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("trip"), tr("The trip or event."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("from"), tr("The trip's first day (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), tr("The trip's last day (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("number"), tr("The phone number you will give."), QStringLiteral("PHONE")});
    parser.addOption(
        {QStringLiteral("shared-with"), tr("students, parents or students-and-parents."), QStringLiteral("WHO")});
    parser.addOption({QStringLiteral("not-sponsored"), tr("The trip or event is not school-sponsored.")});
    parser.addOption({QStringLiteral("home-number"), tr("It is your home number, not your personal cell.")});
    parser.addOption({QStringLiteral("destination"), tr("Where the trip goes."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("group"), tr("The team, class or club."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("students"), tr("How many students go."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("grades"), tr("The students' grades, such as 9-12."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("school"), tr("The school's id (default: yours)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("confirm-purpose"),
                      tr("You confirm the number is only for the trip's educational, informational or safety "
                         "purposes.")});
    parser.addOption({QStringLiteral("field"), tr("An answer of the authorization request (may be repeated)."),
                      QStringLiteral("NAME=VALUE")});
    parser.addOption(
        {QStringLiteral("check"), tr("A checklist item that is true (may be repeated)."), QStringLiteral("ITEM")});
    parser.addOption(
        {QStringLiteral("language"), tr("The notice's language (en, es, pt_BR…)."), QStringLiteral("LANG")});
    parser.addOption(
        {QStringLiteral("given-to"), tr("Record that you handed the notice to these people."), QStringLiteral("WHOM")});
    parser.addOption({QStringLiteral("text"), tr("What happened."), QStringLiteral("WHAT")});
    parser.addOption({QStringLiteral("note"), tr("Any follow-up, when closing."), QStringLiteral("TEXT")});
}

int DisclosureCommand::run(CommandContext &context) const
{
    const QStringList args = context.positional();
    const QString verb = args.value(0);
    static const QStringList withId{QStringLiteral("authorize-request"), QStringLiteral("notice"),
                                    QStringLiteral("report-misuse"), QStringLiteral("close"), QStringLiteral("show")};
    const bool known = (args.size() == 1 && (verb == QLatin1String("new") || verb == QLatin1String("list"))) ||
                       (args.size() == 2 && withId.contains(verb));
    if (!known) {
        return context.usageError(tr("Use 'clearline disclosure new --trip … --from … --to … --number … "
                                     "--shared-with …', or 'disclosure authorize-request|notice|report-misuse|"
                                     "close|show ID', or 'disclosure list'."));
    }
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    if (!pack) {
        return context.fail(error);
    }
    if (verb == QLatin1String("new")) {
        return create(context, *pack);
    }
    if (verb == QLatin1String("list")) {
        return list(context, *pack);
    }
    if (verb == QLatin1String("show") ||
        (verb == QLatin1String("notice") && !context.parser().isSet(QStringLiteral("given-to")))) {
        return show(context, *pack, args.at(1));
    }
    return step(context, *pack, verb, args.at(1));
}

int DisclosureCommand::create(CommandContext &context, const policy::Pack &pack) const
{
    const QCommandLineParser &parser = context.parser();
    Disclosure disclosure;
    disclosure.trip.name = parser.value(QStringLiteral("trip")).trimmed();
    disclosure.trip.sponsored = !parser.isSet(QStringLiteral("not-sponsored"));
    disclosure.trip.start = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    disclosure.trip.end = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    disclosure.trip.destination = parser.value(QStringLiteral("destination")).trimmed();
    disclosure.trip.group = parser.value(QStringLiteral("group")).trimmed();
    disclosure.trip.students = parser.value(QStringLiteral("students")).toInt();
    disclosure.trip.grades = parser.value(QStringLiteral("grades")).trimmed();
    disclosure.trip.school = parser.value(QStringLiteral("school")).trimmed();
    disclosure.phoneNumber = parser.value(QStringLiteral("number")).trimmed();
    disclosure.numberKind =
        parser.isSet(QStringLiteral("home-number")) ? QStringLiteral("home") : QStringLiteral("personal-cell");
    disclosure.sharedWith = parser.value(QStringLiteral("shared-with"));
    disclosure.purposeConfirmed = parser.isSet(QStringLiteral("confirm-purpose"));
    if (const QString problem = disclosure.problem(); !problem.isEmpty()) {
        return context.usageError(problem);
    }
    // What the pack says comes first: a forbidden disclosure needs no key.
    const disclosures::DisclosurePolicy policy = disclosures::assess(pack, disclosure.trip, disclosure.sharedWith);
    if (policy.forbidden()) {
        if (context.json()) {
            context.printJson({{QStringLiteral("error"), DisclosureFiling::forbiddenMessage(pack, policy)},
                               {QStringLiteral("policy"), policy.toJson()}});
            return Failure;
        }
        return context.fail(DisclosureFiling::forbiddenMessage(pack, policy));
    }
    QString error;
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    DisclosureFiling filing(*writer->ledger, writer->identity, pack);
    const auto saved = filing.create(disclosure, &error);
    if (!saved) {
        return context.fail(error);
    }
    const auto item = disclosures::DisclosureBook(*writer->ledger, pack, writer->identity.info().personId)
                          .item(saved->recordId, requests::districtToday(pack));
    if (context.json()) {
        context.printJson({{QStringLiteral("recordId"), saved->recordId},
                           {QStringLiteral("policy"), policy.toJson()},
                           {QStringLiteral("status"), statusJson(item->status)}});
        return Success;
    }
    QTextStream &out = context.out();
    out << tr("Trip disclosure saved: %1").arg(saved->recordId) << '\n' << item->status.description() << '\n';
    out.flush();
    return Success;
}

int DisclosureCommand::list(CommandContext &context, const policy::Pack &pack) const
{
    QString error;
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error);
    const auto info = ledger ? crypto::Identity::readInfo(context.profile(), &error) : std::nullopt;
    if (!ledger || !info) {
        return context.fail(error);
    }
    const QList<disclosures::DisclosureItem> items =
        disclosures::DisclosureBook(*ledger, pack, info->personId).items(requests::districtToday(pack));
    if (context.json()) {
        QJsonArray array;
        for (const disclosures::DisclosureItem &item : items) {
            array.append(QJsonObject{{QStringLiteral("recordId"), item.recordId},
                                     {QStringLiteral("trip"), item.disclosure.trip.toJson()},
                                     {QStringLiteral("sharedWith"), item.disclosure.sharedWith},
                                     {QStringLiteral("status"), statusJson(item.status)}});
        }
        context.printJson({{QStringLiteral("disclosures"), array}});
        return Success;
    }
    QTextStream &out = context.out();
    if (items.isEmpty()) {
        out << tr("No trip disclosures yet.") << '\n';
    }
    for (const disclosures::DisclosureItem &item : items) {
        out << item.recordId.left(8) << "  " << item.status.stateName() << "  " << item.disclosure.trip.name << "  "
            << item.disclosure.trip.dates() << (item.status.flagged() ? QStringLiteral("  !") : QString()) << '\n';
    }
    out.flush();
    return Success;
}

int DisclosureCommand::show(CommandContext &context, const policy::Pack &pack, const QString &id) const
{
    QString error;
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error);
    const auto info = ledger ? crypto::Identity::readInfo(context.profile(), &error) : std::nullopt;
    if (!ledger || !info) {
        return context.fail(error);
    }
    const QString recordId = ledger->resolveRecordId(id, &error);
    if (recordId.isEmpty()) {
        return context.fail(error);
    }
    const auto item =
        disclosures::DisclosureBook(*ledger, pack, info->personId).item(recordId, requests::districtToday(pack));
    if (!item) {
        return context.fail(tr("%1 is not a trip disclosure.").arg(recordId));
    }
    const Disclosure &disclosure = item->disclosure;
    const QString language = context.parser().value(QStringLiteral("language"));
    const QMap<QString, QString> values = DisclosureFiling::noticeValues(pack, disclosure, info->name);
    QJsonArray notices;
    QStringList noticeTexts;
    for (const policy::Notice &notice : pack.notices) {
        if (!disclosure.policy.noticeIds.contains(notice.id)) {
            continue;
        }
        for (const QString &code : language.isEmpty() ? pack.district.languages : QStringList{language}) {
            const QString text = policy::fillNotice(notice, code, values);
            notices.append(QJsonObject{{QStringLiteral("notice"), notice.id},
                                       {QStringLiteral("language"), code},
                                       {QStringLiteral("title"), policy::textIn(notice.title, code)},
                                       {QStringLiteral("text"), text}});
            noticeTexts.append(QStringLiteral("[%1] %2\n%3").arg(code, policy::textIn(notice.title, code), text));
        }
    }
    const bool noticeOnly = context.positional().value(0) == QLatin1String("notice");
    if (noticeOnly && !item->status.mayHandOut()) {
        return context.fail(tr("The number may not be given out yet: %1").arg(item->status.description()));
    }
    if (context.json()) {
        QJsonObject object = disclosure.toPayload();
        object.insert(QStringLiteral("recordId"), recordId);
        object.insert(QStringLiteral("status"), statusJson(item->status));
        object.insert(QStringLiteral("notices"), notices);
        if (!noticeOnly) {
            object.insert(QStringLiteral("revisions"), RevisionHistory::toJson(ledger->history(recordId)));
        }
        context.printJson(object);
        return Success;
    }
    QTextStream &out = context.out();
    if (noticeOnly) {
        out << (noticeTexts.isEmpty() ? tr("Your district's policy asks for no notice with this number.")
                                      : noticeTexts.join(QStringLiteral("\n\n")))
            << '\n';
        out.flush();
        return Success;
    }
    out << disclosure.trip.name << " (" << disclosure.trip.dates() << ")\n"
        << item->status.description() << '\n'
        << tr("Number: %1, shared with %2")
               .arg(disclosure.phoneNumber, Disclosure::sharedWithText(disclosure.sharedWith))
        << '\n';
    if (const policy::Clause *clause = pack.clause(disclosure.policy.clauseId)) {
        out << tr("Policy: § %1 %2").arg(clause->section, clause->title) << '\n';
    }
    for (const disclosures::Handout &handout : disclosure.handouts) {
        out << tr("Notice handed out to %1 (%2)")
                   .arg(handout.to, core::zonedTimeText(handout.at, core::zoneNamed(pack.district.timezone)))
            << '\n';
    }
    if (item->status.flagged()) {
        out << tr("Unauthorized use reported %n time(s).", nullptr, item->status.misuseReports) << '\n';
    }
    out << '\n';
    RevisionHistory::print(out, ledger->history(recordId));
    out.flush();
    return Success;
}

int DisclosureCommand::step(CommandContext &context, const policy::Pack &pack, const QString &verb,
                            const QString &id) const
{
    const QCommandLineParser &parser = context.parser();
    QString error;
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    const QString recordId = writer->ledger->resolveRecordId(id, &error);
    if (recordId.isEmpty()) {
        return context.fail(error);
    }
    DisclosureFiling filing(*writer->ledger, writer->identity, pack);
    const QDate today = requests::districtToday(pack);
    std::optional<ledger::Revision> saved;
    QString done;
    if (verb == QLatin1String("authorize-request")) {
        auto form = filing.authorizationForm(recordId, &error);
        if (!form) {
            return context.fail(error);
        }
        int exitCode = Success;
        if (!RequestCommand::readAnswers(context, pack, *form, &exitCode)) {
            return exitCode;
        }
        saved = filing.requestAuthorization(recordId, *form, today, &error);
        done = tr("Authorization requested: %1");
    } else if (verb == QLatin1String("notice")) {
        const QString language = parser.isSet(QStringLiteral("language")) ? parser.value(QStringLiteral("language"))
                                                                          : pack.district.languages.value(0);
        saved = filing.recordHandout(recordId, parser.value(QStringLiteral("given-to")), language,
                                     QDateTime::currentDateTimeUtc(), today, &error);
        done = tr("Notice recorded as handed out: %1");
    } else if (verb == QLatin1String("report-misuse")) {
        saved = filing.reportMisuse(recordId, parser.value(QStringLiteral("text")), today, &error);
        done = tr("Unauthorized use reported: %1");
    } else {
        saved = filing.close(recordId, parser.value(QStringLiteral("note")), today, &error);
        done = tr("Disclosure closed: %1");
    }
    if (!saved) {
        return context.fail(error);
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("recordId"), saved->recordId}, {QStringLiteral("revisionId"), saved->id}});
    } else {
        context.out() << done.arg(saved->recordId) << '\n';
        context.out().flush();
    }
    return Success;
}

} // namespace clearline::cli
