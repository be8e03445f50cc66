// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/requestcommand.h"

#include "requests/formcheck.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"
#include "requests/trustedroute.h"

#include "cli/audiencetext.h"
#include "cli/revisionhistory.h"
#include "cli/session.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace clearline::cli {

namespace {

using requests::RequestForm;
using requests::RequestStatus;

QJsonObject statusJson(const RequestStatus &status)
{
    QJsonObject object{{QStringLiteral("state"), RequestStatus::stateId(status.state)},
                       {QStringLiteral("description"), status.description()}};
    if (!status.waitingFor.isEmpty()) {
        object.insert(QStringLiteral("waitingFor"), status.waitingFor);
    }
    if (status.due.isValid()) {
        object.insert(QStringLiteral("due"), status.due.toString(Qt::ISODate));
    }
    return object;
}

} // namespace

QString RequestCommand::name() const
{
    return QStringLiteral("request");
}

QString RequestCommand::summary() const
{
    return tr("ask for what the district's policy asks approval for (kinds, new, list, show, correct, withdraw)");
}

QString RequestCommand::synopsis() const
{
    return QStringLiteral("kinds | new KIND [--follows ID] [--field NAME=VALUE]… [--check ITEM]… [--submit] | list | "
                          "show ID | "
                          "correct ID --reason WHY [--field NAME=VALUE]… | withdraw ID --reason WHY "
                          "[--profile DIR] [--json]");
}

void RequestCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("follows"),
                      tr("new: the approved request this one continues; its answers are filled in."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("field"), tr("An answer, as the field's id and its value (may be repeated)."),
                      QStringLiteral("NAME=VALUE")});
    parser.addOption(
        {QStringLiteral("check"), tr("A checklist item that is true (may be repeated)."), QStringLiteral("ITEM")});
    parser.addOption({QStringLiteral("submit"), tr("Sign and send the request; without it, a draft is saved.")});
    parser.addOption({QStringLiteral("reason"), tr("Why a request is corrected or withdrawn."), QStringLiteral("WHY")});
}

int RequestCommand::run(CommandContext &context) const
{
    const QStringList args = context.positional();
    const QString action = args.value(0);
    const bool known =
        (args.size() == 1 && (action == QLatin1String("kinds") || action == QLatin1String("list"))) ||
        (args.size() == 2 && (action == QLatin1String("new") || action == QLatin1String("show") ||
                              action == QLatin1String("correct") || action == QLatin1String("withdraw")));
    if (!known) {
        return context.usageError(tr("Use 'clearline request kinds', 'request new KIND --field NAME=VALUE … "
                                     "[--submit]', 'request list', 'request show ID', 'request correct ID --reason "
                                     "…' or 'request withdraw ID --reason …'."));
    }
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    if (!pack) {
        return context.fail(error);
    }
    if (action == QLatin1String("kinds")) {
        return kinds(context, *pack);
    }
    if (action == QLatin1String("list")) {
        return list(context, *pack);
    }
    if (action == QLatin1String("new")) {
        return create(context, *pack, args.at(1));
    }
    if (action == QLatin1String("show")) {
        return show(context, *pack, args.at(1));
    }
    return revise(context, *pack, args.at(1),
                  action == QLatin1String("correct") ? Revision::Correct : Revision::Withdraw);
}

int RequestCommand::kinds(CommandContext &context, const policy::Pack &pack) const
{
    if (context.json()) {
        QJsonArray items;
        for (const policy::Procedure &procedure : pack.procedures) {
            QJsonArray fields;
            for (const policy::Field &field : procedure.fields) {
                fields.append(QJsonObject{{QStringLiteral("id"), field.id},
                                          {QStringLiteral("type"), field.type},
                                          {QStringLiteral("label"), policy::localizedText(field.label)},
                                          {QStringLiteral("required"), field.required},
                                          {QStringLiteral("choices"), QJsonArray::fromStringList(field.choices)}});
            }
            QJsonArray checklist;
            for (const policy::ChecklistItem &item : procedure.checklist) {
                checklist.append(QJsonObject{{QStringLiteral("id"), item.id},
                                             {QStringLiteral("text"), policy::localizedText(item.text)}});
            }
            items.append(QJsonObject{{QStringLiteral("kind"), procedure.id},
                                     {QStringLiteral("title"), policy::localizedText(procedure.title)},
                                     {QStringLiteral("fields"), fields},
                                     {QStringLiteral("checklist"), checklist}});
        }
        context.printJson({{QStringLiteral("kinds"), items}});
        return Success;
    }
    QTextStream &out = context.out();
    for (const policy::Procedure &procedure : pack.procedures) {
        out << procedure.id << "  " << policy::localizedText(procedure.title) << '\n';
        for (const policy::Field &field : procedure.fields) {
            out << "    --field " << field.id << '='
                << (field.choices.isEmpty() ? field.type : field.choices.join(QLatin1Char('|')))
                << (field.required ? QString() : tr("  (optional)")) << '\n';
        }
        for (const policy::ChecklistItem &item : procedure.checklist) {
            out << "    --check " << item.id << '\n';
        }
    }
    out.flush();
    return Success;
}

bool RequestCommand::readAnswers(CommandContext &context, const policy::Pack &pack, RequestForm &form, int *exitCode)
{
    const policy::Procedure *procedure = pack.procedure(form.procedureId);
    for (const QString &pair : context.parser().values(QStringLiteral("field"))) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString id = pair.left(equals);
        if (equals <= 0 || !procedure->field(id)) {
            QStringList ids;
            for (const policy::Field &field : procedure->fields) {
                ids.append(field.id);
            }
            *exitCode = context.usageError(tr("\"%1\" is not a field of %2; its fields are: %3")
                                               .arg(pair, procedure->id, ids.join(QStringLiteral(", "))));
            return false;
        }
        form.answers.insert(id, pair.mid(equals + 1));
    }
    for (const QString &item : context.parser().values(QStringLiteral("check"))) {
        const bool known = std::any_of(procedure->checklist.begin(), procedure->checklist.end(),
                                       [&](const policy::ChecklistItem &c) { return c.id == item; });
        if (!known) {
            *exitCode = context.usageError(tr("\"%1\" is not on the checklist of %2.").arg(item, procedure->id));
            return false;
        }
        if (!form.ticked.contains(item)) {
            form.ticked.append(item);
        }
    }
    return true;
}

int RequestCommand::create(CommandContext &context, const policy::Pack &pack, const QString &kind) const
{
    if (!pack.procedure(kind)) {
        return context.usageError(
            tr("Your district's policy has no request called \"%1\"; 'clearline request kinds' lists them.").arg(kind));
    }
    RequestForm form;
    form.procedureId = kind;
    if (const QString follows = context.parser().value(QStringLiteral("follows")); !follows.isEmpty()) {
        QString error;
        const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error);
        const auto info = ledger ? crypto::Identity::readInfo(context.profile(), &error) : std::nullopt;
        const QString followsId = info ? ledger->resolveRecordId(follows, &error) : QString();
        if (followsId.isEmpty()) {
            return context.fail(error);
        }
        const auto followOn =
            requests::RequestBook(*ledger, pack, info->personId).followOn(followsId, requests::districtToday(pack));
        if (!followOn || followOn->procedureId != kind) {
            return context.fail(tr("%1 is not an approved request of yours that \"%2\" continues.")
                                    .arg(follows, policy::localizedText(pack.procedure(kind)->title)));
        }
        form = followOn->form;
    }
    int exitCode = Success;
    if (!readAnswers(context, pack, form, &exitCode)) {
        return exitCode;
    }
    QString error;
    if (!context.parser().isSet(QStringLiteral("submit"))) {
        // A draft is not signed: no passphrase is needed to keep one.
        const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadWrite, &error);
        const auto draftId = ledger ? requests::RequestFiling::saveDraft(*ledger, form, {}, &error) : std::nullopt;
        if (!draftId) {
            return context.fail(error);
        }
        QStringList problems;
        for (const auto &problem : requests::FormCheck(pack).problems(*pack.procedure(kind), form)) {
            problems.append(problem.message);
        }
        if (context.json()) {
            context.printJson({{QStringLiteral("draftId"), *draftId},
                               {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
        } else {
            context.out() << tr("Draft saved: %1").arg(*draftId) << '\n';
            for (const QString &problem : problems) {
                context.out() << "- " << problem << '\n';
            }
            context.out().flush();
        }
        return Success;
    }
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    requests::RequestFiling filing(*writer->ledger, writer->identity, pack);
    const auto revision = filing.send(form, {}, requests::districtToday(pack), &error);
    if (!revision) {
        return context.fail(error);
    }
    const requests::Request sent = requests::readRequest(pack, revision->payload);
    const RequestStatus status = RequestStatus::of(sent, requests::districtToday(pack));
    if (context.json()) {
        context.printJson({{QStringLiteral("recordId"), revision->recordId},
                           {QStringLiteral("revisionId"), revision->id},
                           {QStringLiteral("route"), requests::routeToJson(sent.route)},
                           {QStringLiteral("status"), statusJson(status)}});
    } else {
        context.out() << tr("Request sent: %1").arg(revision->recordId) << '\n' << status.description() << '\n';
        context.out().flush();
    }
    return Success;
}

int RequestCommand::list(CommandContext &context, const policy::Pack &pack) const
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
    const requests::RequestBook book(*ledger, pack, info->personId);
    const QList<requests::RequestItem> items = book.items(requests::districtToday(pack));
    const QList<requests::FollowOn> followOns = book.followOns(requests::districtToday(pack));
    if (context.json()) {
        QJsonArray array;
        for (const auto &item : items) {
            QJsonObject object{{QStringLiteral("kind"), item.procedureId},
                               {QStringLiteral("title"), item.title},
                               {QStringLiteral("status"), statusJson(item.status)},
                               {QStringLiteral("updated"), ledger::Revision::timeText(item.updated)}};
            object.insert(item.draftId.isEmpty() ? QStringLiteral("recordId") : QStringLiteral("draftId"),
                          item.draftId.isEmpty() ? item.recordId : item.draftId);
            array.append(object);
        }
        QJsonArray next;
        for (const requests::FollowOn &followOn : followOns) {
            next.append(QJsonObject{{QStringLiteral("follows"), followOn.followsRecordId},
                                    {QStringLiteral("followsTitle"), followOn.followsTitle},
                                    {QStringLiteral("kind"), followOn.procedureId},
                                    {QStringLiteral("title"), followOn.title},
                                    {QStringLiteral("form"), followOn.form.toJson()}});
        }
        context.printJson({{QStringLiteral("requests"), array}, {QStringLiteral("nextSteps"), next}});
        return Success;
    }
    QTextStream &out = context.out();
    for (const requests::FollowOn &followOn : followOns) {
        out << tr("Next step: \"%1\" is approved; now send \"%2\":").arg(followOn.followsTitle, followOn.title) << '\n'
            << "         clearline request new " << followOn.procedureId << " --follows "
            << followOn.followsRecordId.left(8) << '\n';
    }
    if (items.isEmpty()) {
        out << tr("No requests yet.") << '\n';
    }
    for (const auto &item : items) {
        const QString id = item.draftId.isEmpty() ? item.recordId.left(8) : tr("draft");
        out << id.leftJustified(9) << item.status.stateName().leftJustified(10) << item.title << '\n'
            << "         " << item.status.description() << '\n';
    }
    out.flush();
    return Success;
}

int RequestCommand::show(CommandContext &context, const policy::Pack &pack, const QString &id) const
{
    QString error;
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error);
    if (!ledger) {
        return context.fail(error);
    }
    const QString recordId = ledger->resolveRecordId(id, &error);
    if (recordId.isEmpty()) {
        return context.fail(error);
    }
    const auto info = crypto::Identity::readInfo(context.profile(), &error);
    if (!info) {
        return context.fail(error);
    }
    const requests::RequestBook book(*ledger, pack, info->personId);
    const auto request = book.request(recordId);
    if (!request) {
        return context.fail(tr("%1 is not a request.").arg(recordId));
    }
    const RequestStatus status = *book.status(recordId, requests::districtToday(pack));
    const QList<requests::StepDecision> decisions = book.decisions(recordId);
    const QList<ledger::Revision> history = ledger->history(recordId);
    if (context.json()) {
        QJsonObject object = request->toPayload();
        object.insert(QStringLiteral("recordId"), recordId);
        object.insert(QStringLiteral("status"), statusJson(status));
        object.insert(QStringLiteral("routeAsSent"), requests::Request::routeCheckId(request->routeCheck));
        QJsonArray answered;
        for (const requests::StepDecision &decision : decisions) {
            answered.append(QJsonObject{{QStringLiteral("step"), decision.step},
                                        {QStringLiteral("action"), requests::Decision::actionId(decision.action)},
                                        {QStringLiteral("by"), decision.byName},
                                        {QStringLiteral("at"), ledger::Revision::timeText(decision.at)},
                                        {QStringLiteral("comment"), decision.comment},
                                        {QStringLiteral("decisionId"), decision.decisionId}});
        }
        object.insert(QStringLiteral("decisions"), answered);
        object.insert(QStringLiteral("revisions"), RevisionHistory::toJson(history));
        object.insert(QStringLiteral("whoCanSee"), AudienceText::toJson(*ledger, pack, recordId));
        context.printJson(object);
        return Success;
    }
    QTextStream &out = context.out();
    out << request->title << '\n' << status.description() << '\n' << '\n';
    const policy::Procedure *procedure = pack.procedure(request->form.procedureId);
    for (const policy::Field &field : procedure ? procedure->fields : QList<policy::Field>()) {
        if (const QString answer = request->form.answer(field.id); !answer.isEmpty()) {
            out << policy::localizedText(field.label) << ": " << requests::answerText(pack, field, answer) << '\n';
        }
    }
    out << '\n' << tr("Route:") << '\n';
    if (const QString notice = request->routeNotice(); !notice.isEmpty()) {
        out << "  ! " << notice << '\n';
    }
    for (qsizetype index = 0; index < request->route.size(); ++index) {
        out << "  " << request->route.at(index).stage + 1 << ". " << request->route.at(index).sentence() << '\n';
        for (const requests::StepDecision &decision : decisions) {
            if (decision.step == int(index)) {
                out << "     " << tr("%1 by %2").arg(requests::Decision::actionText(decision.action), decision.byName)
                    << (decision.comment.isEmpty() ? QString() : QStringLiteral(": ") + decision.comment) << '\n';
            }
        }
    }
    out << '\n' << AudienceText::line(*ledger, pack, recordId) << '\n' << '\n';
    RevisionHistory::print(out, history);
    out.flush();
    return Success;
}

int RequestCommand::revise(CommandContext &context, const policy::Pack &pack, const QString &id,
                           Revision revision) const
{
    const bool correcting = revision == Revision::Correct;
    const QString reason = context.parser().value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty()) {
        return context.usageError(correcting ? tr("Say why with --reason; it is kept with the correction.")
                                             : tr("Say why with --reason; it is kept with the withdrawal."));
    }
    QString error;
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    const QString recordId = writer->ledger->resolveRecordId(id, &error);
    if (recordId.isEmpty()) {
        return context.fail(error);
    }
    requests::RequestFiling filing(*writer->ledger, writer->identity, pack);
    std::optional<ledger::Revision> saved;
    if (correcting) {
        const auto current =
            requests::RequestBook(*writer->ledger, pack, writer->identity.info().personId).request(recordId);
        if (!current || !pack.procedure(current->form.procedureId)) {
            return context.fail(tr("%1 is not a request under your district's current policy.").arg(recordId));
        }
        RequestForm form = current->form;
        int exitCode = Success;
        if (!readAnswers(context, pack, form, &exitCode)) {
            return exitCode;
        }
        saved = filing.correct(recordId, form, reason, requests::districtToday(pack), &error);
    } else {
        saved = filing.withdraw(recordId, reason, &error);
    }
    if (!saved) {
        return context.fail(error);
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("recordId"), recordId}, {QStringLiteral("revisionId"), saved->id}});
    } else {
        context.out() << (correcting ? tr("Request corrected: %1") : tr("Request withdrawn: %1")).arg(recordId) << '\n';
        context.out().flush();
    }
    return Success;
}

} // namespace clearline::cli
