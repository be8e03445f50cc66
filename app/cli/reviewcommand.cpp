// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/reviewcommand.h"

#include "overview/buildingoverview.h"
#include "requests/enrolment.h"
#include "requests/requestfiling.h"
#include "requests/requestsheet.h"
#include "requests/review.h"

#include "cli/session.h"
#include "core/zonedtime.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace clearline::cli {

QString ReviewCommand::name() const
{
    return QStringLiteral("review");
}

QString ReviewCommand::summary() const
{
    return tr("what waits for your decision, and your signed answers (queue, show, approve, deny, return)");
}

QString ReviewCommand::synopsis() const
{
    return QStringLiteral(
        "queue [--procedure ID] [--school ID] [--requester PERSON-ID] [--state decide|inform|overdue] "
        "| show ID [--html] | overview [--school ID] | approve ID [--comment TEXT] | deny ID --comment TEXT "
        "| return ID --comment TEXT [--profile DIR] [--json]");
}

void ReviewCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("comment"), tr("What you tell the person who asked (needed to deny or return)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("procedure"), tr("Only requests of this procedure."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("school"), tr("Only requests for this school."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("requester"), tr("Only requests from this person."), QStringLiteral("PERSON-ID")});
    parser.addOption({QStringLiteral("state"), tr("decide, inform or overdue."), QStringLiteral("STATE")});
    parser.addOption({QStringLiteral("html"), tr("Show the request as the printable page (HTML).")});
}

int ReviewCommand::run(CommandContext &context) const
{
    const QStringList args = context.positional();
    const QString verb = args.value(0);
    const auto action = requests::Decision::actionFrom(verb);
    const bool deciding = args.size() == 2 && action && *action != requests::Decision::Action::Acknowledge;
    const bool showing = args.size() == 2 && verb == QLatin1String("show");
    const bool overviewing = args == QStringList{QStringLiteral("overview")};
    if (!(args == QStringList{QStringLiteral("queue")}) && !deciding && !showing && !overviewing) {
        return context.usageError(
            tr("Use 'clearline review queue', 'review show ID' or 'review approve|deny|return ID --comment …'."));
    }
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    if (!pack) {
        return context.fail(error);
    }
    if (showing) {
        return show(context, *pack, args.at(1));
    }
    if (overviewing) {
        return overview(context, *pack);
    }
    if (!deciding) {
        return queue(context, *pack);
    }
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    const QString recordId = writer->ledger->resolveRecordId(args.at(1), &error);
    if (recordId.isEmpty()) {
        return context.fail(error);
    }
    requests::Review review(*writer->ledger, writer->identity, *pack);
    const auto saved = review.decide(recordId, *action, context.parser().value(QStringLiteral("comment")),
                                     requests::districtToday(*pack), &error);
    if (!saved) {
        return context.fail(error);
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("decisionId"), saved->recordId},
                           {QStringLiteral("request"), recordId},
                           {QStringLiteral("action"), saved->payload.value(QStringLiteral("action"))}});
    } else {
        const auto done = requests::Decision::fromPayload(saved->payload);
        context.out() << tr("You %1 request %2.").arg(requests::Decision::actionText(done->action), recordId) << '\n';
        context.out().flush();
    }
    return Success;
}

int ReviewCommand::queue(CommandContext &context, const policy::Pack &pack) const
{
    QString error;
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error);
    if (!ledger) {
        return context.fail(error);
    }
    const auto info = crypto::Identity::readInfo(context.profile(), &error);
    if (!info) {
        return context.fail(error);
    }
    const QCommandLineParser &parser = context.parser();
    const requests::QueueFilter filter{
        parser.value(QStringLiteral("procedure")), parser.value(QStringLiteral("school")),
        parser.value(QStringLiteral("requester")), parser.value(QStringLiteral("state"))};
    if (!filter.state.isEmpty() &&
        !QStringList{QStringLiteral("decide"), QStringLiteral("inform"), QStringLiteral("overdue")}.contains(
            filter.state)) {
        return context.usageError(tr("--state is decide, inform or overdue."));
    }
    QList<requests::QueueItem> items;
    for (const requests::QueueItem &item :
         requests::Review::queue(*ledger, pack, info->publicKey, requests::districtToday(pack))) {
        if (filter.matches(item)) {
            items.append(item);
        }
    }
    if (context.json()) {
        QJsonArray array;
        for (const requests::QueueItem &item : items) {
            array.append(QJsonObject{{QStringLiteral("recordId"), item.recordId},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("procedure"), item.procedureId},
                                     {QStringLiteral("requester"), item.requesterId},
                                     {QStringLiteral("requesterName"), item.requesterName},
                                     {QStringLiteral("school"), item.school},
                                     {QStringLiteral("sentOn"), item.sentOn.toString(Qt::ISODate)},
                                     {QStringLiteral("waitingDays"), item.waitingDays},
                                     {QStringLiteral("dueBefore"), item.plannedStep.dueBefore.toString(Qt::ISODate)},
                                     {QStringLiteral("dueNote"), item.plannedStep.dueNote},
                                     {QStringLiteral("step"), item.step},
                                     {QStringLiteral("action"), item.plannedStep.action},
                                     {QStringLiteral("role"), item.plannedStep.roleId},
                                     {QStringLiteral("asDesigneeOf"), item.asDesigneeOf},
                                     {QStringLiteral("state"), item.stateId()},
                                     {QStringLiteral("needsDecision"), item.needsDecision},
                                     {QStringLiteral("urgent"), item.urgent},
                                     {QStringLiteral("mayRefuse"), item.mayRefuse}});
        }
        context.printJson({{QStringLiteral("items"), array}});
        return Success;
    }
    QTextStream &out = context.out();
    // Someone whose key the pack does not list yet waits for district IT,
    // which is not the same as having nothing to do.
    QStringList waiting;
    for (const requests::Enrolment &enrolment : requests::Enrolment::pending(*ledger, pack, info->publicKey)) {
        waiting.append(pack.role(enrolment.roleId)->title);
    }
    for (const QString &role : requests::Enrolment::waitingRoles(pack, info->roles, info->school, info->publicKey)) {
        if (!waiting.contains(pack.role(role)->title)) {
            waiting.append(pack.role(role)->title);
        }
    }
    if (items.isEmpty() && !waiting.isEmpty()) {
        out << tr("Waiting for district IT to confirm you as %1 (clearline enrol --role ROLE asks them).")
                   .arg(waiting.join(u", "))
            << '\n';
    } else if (items.isEmpty()) {
        out << tr("Nothing waits for you.") << '\n';
    }
    for (const requests::QueueItem &item : items) {
        const QString state = item.overdue         ? tr("OVERDUE")
                              : item.needsDecision ? tr("decide")
                                                   : tr("for your information");
        out << item.recordId.left(8) << "  " << (item.urgent ? tr("URGENT") + QStringLiteral("  ") : QString()) << state
            << "  " << item.title << "  (" << item.requesterName << ", "
            << tr("%n day(s) waiting", nullptr, item.waitingDays) << ")" << '\n';
    }
    out.flush();
    return Success;
}

int ReviewCommand::overview(CommandContext &context, const policy::Pack &pack) const
{
    QString error;
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error);
    if (!ledger) {
        return context.fail(error);
    }
    QString school = context.parser().value(QStringLiteral("school"));
    if (school.isEmpty()) {
        if (const auto info = crypto::Identity::readInfo(context.profile(), &error)) {
            school = info->school;
        }
    }
    const overview::BuildingOverview building =
        overview::BuildingOverview::of(*ledger, pack, school, requests::districtToday(pack));
    if (context.json()) {
        QJsonArray staff;
        for (const overview::StaffMember &member : building.staff) {
            staff.append(QJsonObject{{QStringLiteral("name"), member.person.name},
                                     {QStringLiteral("personId"), member.person.personId},
                                     {QStringLiteral("acknowledged"), member.acknowledged}});
        }
        QJsonArray trips;
        for (const overview::OverviewTrip &trip : building.tripsThisWeek) {
            trips.append(QJsonObject{{QStringLiteral("recordId"), trip.item.recordId},
                                     {QStringLiteral("owner"), trip.owner},
                                     {QStringLiteral("trip"), trip.item.disclosure.trip.name},
                                     {QStringLiteral("state"), trip.item.status.stateName()}});
        }
        QJsonArray reports;
        for (const overview::OverviewReport &report : building.misuseReports) {
            reports.append(QJsonObject{{QStringLiteral("recordId"), report.recordId},
                                       {QStringLiteral("owner"), report.owner},
                                       {QStringLiteral("title"), report.title}});
        }
        QJsonArray accounts;
        for (const overview::OverviewAccount &account : building.accounts) {
            accounts.append(QJsonObject{{QStringLiteral("recordId"), account.account.recordId},
                                        {QStringLiteral("owner"), account.owner},
                                        {QStringLiteral("platform"), account.account.platform},
                                        {QStringLiteral("address"), account.account.address}});
        }
        QJsonArray duties;
        for (const requests::DutyItem &duty : building.duties) {
            duties.append(QJsonObject{{QStringLiteral("id"), duty.dutyId},
                                      {QStringLiteral("title"), duty.title},
                                      {QStringLiteral("dueBy"), duty.dueBy.toString(Qt::ISODate)},
                                      {QStringLiteral("state"), duty.stateId()},
                                      {QStringLiteral("doneBy"), duty.doneBy}});
        }
        context.printJson({{QStringLiteral("school"), school},
                           {QStringLiteral("schoolYear"), building.schoolYear},
                           {QStringLiteral("acknowledgmentRequired"), building.acknowledgmentRequired},
                           {QStringLiteral("staff"), staff},
                           {QStringLiteral("duties"), duties},
                           {QStringLiteral("tripsThisWeek"), trips},
                           {QStringLiteral("misuseReports"), reports},
                           {QStringLiteral("accounts"), accounts}});
        return Success;
    }
    QTextStream &out = context.out();
    for (const requests::DutyItem &duty : building.duties) {
        out << tr("Duty: %1 (%2)").arg(duty.title, duty.stateText()) << '\n';
    }
    // Where the pack does not ask for the acknowledgment, nobody is behind on it.
    if (building.acknowledgmentRequired) {
        out << tr("Acknowledged %1: %2 of %3 staff")
                   .arg(building.schoolYear)
                   .arg(building.acknowledgedCount())
                   .arg(building.staff.size())
            << '\n';
        for (const overview::StaffMember &member : building.staff) {
            if (!member.acknowledged) {
                out << "  " << tr("not yet: %1").arg(member.person.name) << '\n';
            }
        }
    }
    out << tr("Trips with a shared number this week: %1").arg(building.tripsThisWeek.size()) << '\n'
        << tr("Misuse reports this school year: %1").arg(building.misuseReports.size()) << '\n'
        << tr("Professional accounts registered: %1").arg(building.accounts.size()) << '\n';
    out.flush();
    return Success;
}

int ReviewCommand::show(CommandContext &context, const policy::Pack &pack, const QString &id) const
{
    QString error;
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error);
    if (!ledger) {
        return context.fail(error);
    }
    const QString recordId = ledger->resolveRecordId(id, &error);
    const auto sheet = recordId.isEmpty() ? std::nullopt
                                          : requests::RequestSheet::load(*ledger, pack, recordId,
                                                                         requests::districtToday(pack), &error);
    if (!sheet) {
        return context.fail(error);
    }
    if (context.parser().isSet(QStringLiteral("html"))) {
        context.out() << sheet->html(pack);
        context.out().flush();
        return Success;
    }
    if (context.json()) {
        QJsonArray checks;
        for (const requests::ReviewCheck &check : sheet->checks) {
            checks.append(
                QJsonObject{{QStringLiteral("text"), check.text}, {QStringLiteral("clause"), check.clauseId}});
        }
        QJsonArray signatures;
        for (const requests::SheetSignature &signature : sheet->signatures) {
            signatures.append(QJsonObject{{QStringLiteral("what"), signature.what},
                                          {QStringLiteral("name"), signature.name},
                                          {QStringLiteral("role"), signature.role},
                                          {QStringLiteral("at"), signature.at.toString(Qt::ISODateWithMs)},
                                          {QStringLiteral("fingerprint"), signature.fingerprint},
                                          {QStringLiteral("comment"), signature.comment},
                                          {QStringLiteral("version"), signature.version},
                                          {QStringLiteral("verified"), signature.verified}});
        }
        context.printJson({{QStringLiteral("recordId"), sheet->recordId},
                           {QStringLiteral("title"), sheet->request.title},
                           {QStringLiteral("requester"), sheet->requesterName},
                           {QStringLiteral("state"), requests::RequestStatus::stateId(sheet->status.state)},
                           {QStringLiteral("status"), sheet->status.description()},
                           {QStringLiteral("form"), sheet->request.form.toJson()},
                           {QStringLiteral("route"), requests::routeToJson(sheet->request.route)},
                           {QStringLiteral("routeAsSent"), requests::Request::routeCheckId(sheet->request.routeCheck)},
                           {QStringLiteral("checks"), checks},
                           {QStringLiteral("signatures"), signatures}});
        return Success;
    }
    QTextStream &out = context.out();
    out << sheet->request.title << '\n' << sheet->status.description() << '\n';
    for (const requests::ReviewCheck &check : sheet->checks) {
        out << "  ! " << check.text << '\n';
    }
    for (const requests::SheetSignature &signature : sheet->signatures) {
        out << "  " << signature.what << " — " << signature.name << " (" << signature.role << "), "
            << core::zonedTimeText(signature.at) << ", " << signature.fingerprint
            << (signature.verified ? QString() : tr(" — DOES NOT CHECK OUT")) << '\n';
    }
    out.flush();
    return Success;
}

} // namespace clearline::cli
