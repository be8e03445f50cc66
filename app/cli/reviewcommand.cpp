// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/reviewcommand.h"

#include "requests/requestfiling.h"
#include "requests/review.h"

#include "cli/session.h"

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
    return tr("what waits for your decision, and your signed answers (queue, approve, deny, return)");
}

QString ReviewCommand::synopsis() const
{
    return QStringLiteral("queue | approve ID [--comment TEXT] | deny ID --comment TEXT | return ID --comment TEXT "
                          "[--profile DIR] [--json]");
}

void ReviewCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("comment"), tr("What you tell the person who asked (needed to deny or return)."),
                      QStringLiteral("TEXT")});
}

int ReviewCommand::run(CommandContext &context) const
{
    const QStringList args = context.positional();
    const QString verb = args.value(0);
    const auto action = requests::Decision::actionFrom(verb);
    const bool deciding = args.size() == 2 && action && *action != requests::Decision::Action::Acknowledge;
    if (!(args == QStringList{QStringLiteral("queue")}) && !deciding) {
        return context.usageError(tr("Use 'clearline review queue' or 'review approve|deny|return ID --comment …'."));
    }
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    if (!pack) {
        return context.fail(error);
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
    const QList<requests::QueueItem> items =
        requests::Review::queue(*ledger, pack, info->publicKey, requests::districtToday(pack));
    if (context.json()) {
        QJsonArray array;
        for (const requests::QueueItem &item : items) {
            array.append(QJsonObject{{QStringLiteral("recordId"), item.recordId},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("requester"), item.requesterId},
                                     {QStringLiteral("sentOn"), item.sentOn.toString(Qt::ISODate)},
                                     {QStringLiteral("step"), item.step},
                                     {QStringLiteral("action"), item.plannedStep.action},
                                     {QStringLiteral("role"), item.plannedStep.roleId},
                                     {QStringLiteral("needsDecision"), item.needsDecision}});
        }
        context.printJson({{QStringLiteral("items"), array}});
        return Success;
    }
    QTextStream &out = context.out();
    if (items.isEmpty()) {
        out << tr("Nothing waits for you.") << '\n';
    }
    for (const requests::QueueItem &item : items) {
        out << item.recordId.left(8) << "  " << (item.needsDecision ? tr("decide") : tr("for your information")) << "  "
            << item.title << '\n';
    }
    out.flush();
    return Success;
}

} // namespace clearline::cli
