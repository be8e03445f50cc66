// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/dutycommand.h"

#include "requests/dutybook.h"
#include "requests/dutyfiling.h"
#include "requests/requestfiling.h"

#include "cli/session.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace clearline::cli {

namespace {

QJsonObject toJson(const requests::DutyItem &item)
{
    return {{QStringLiteral("id"), item.dutyId},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("period"), item.period},
            {QStringLiteral("dueBy"), item.dueBy.toString(Qt::ISODate)},
            {QStringLiteral("state"), item.stateId()},
            {QStringLiteral("byAcknowledgment"), item.byAcknowledgment},
            {QStringLiteral("byPackUpdate"), item.byPackUpdate},
            {QStringLiteral("doneBy"), item.doneBy},
            {QStringLiteral("doneAt"), item.doneAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("note"), item.note},
            {QStringLiteral("recordId"), item.recordId}};
}

} // namespace

QString DutyCommand::name() const
{
    return QStringLiteral("duty");
}

QString DutyCommand::summary() const
{
    return tr("list what your district's policy asks you to do this school year, or mark one as done");
}

QString DutyCommand::synopsis() const
{
    return QStringLiteral("list | done ID [--note TEXT] [--profile DIR] [--json]");
}

void DutyCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("note"), tr("What you did, in a few words (with 'done')."), QStringLiteral("TEXT")});
}

int DutyCommand::run(CommandContext &context) const
{
    const QStringList args = context.positional();
    if (args.size() == 1 && args.first() == QLatin1String("list") && !context.parser().isSet(QStringLiteral("note"))) {
        return list(context);
    }
    if (args.size() == 2 && args.first() == QLatin1String("done")) {
        return done(context, args.at(1));
    }
    return context.usageError(
        tr("Use 'clearline duty list' to see your duties, or 'clearline duty done ID [--note TEXT]' to mark one as "
           "done."));
}

int DutyCommand::list(CommandContext &context) const
{
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    const auto ledger = pack ? Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error) : nullptr;
    const auto info = ledger ? crypto::Identity::readInfo(context.profile(), &error) : std::nullopt;
    if (!info) {
        return context.fail(error);
    }
    const QList<requests::DutyItem> items =
        requests::DutyBook(*ledger, *pack, info->school)
            .heldBy(info->personId, info->publicKey, requests::districtToday(*pack));
    if (context.json()) {
        QJsonArray duties;
        for (const requests::DutyItem &item : items) {
            duties.append(toJson(item));
        }
        context.printJson({{QStringLiteral("duties"), duties}});
        return Success;
    }
    QTextStream &out = context.out();
    if (items.isEmpty()) {
        out << tr("Your district's policy gives you no duties to do.") << '\n';
    }
    for (const requests::DutyItem &item : items) {
        out << item.dutyId << "  " << item.title << "  (" << item.stateText() << ")" << '\n';
        if (item.byAcknowledgment && item.isOpen()) {
            out << "    " << tr("Done by reading the policy and signing: clearline ack") << '\n';
        }
        if (item.byPackUpdate) {
            out << "    " << tr("Done when your district's policy pack carries the renewed list.") << '\n';
        }
    }
    out.flush();
    return Success;
}

int DutyCommand::done(CommandContext &context, const QString &dutyId) const
{
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    if (!pack) {
        return context.fail(error);
    }
    if (!requests::findDuty(*pack, dutyId)) {
        QStringList ids;
        for (const policy::Duty &duty : pack->duties) {
            ids.append(duty.id);
        }
        return context.usageError(ids.isEmpty()
                                      ? tr("Your district's policy has no duties.")
                                      : tr("Your district's policy has no duty \"%1\"; its duties are: %2. See "
                                           "'clearline duty list'.")
                                            .arg(dutyId, ids.join(QStringLiteral(", "))));
    }
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    const auto revision =
        requests::DutyFiling(*writer->ledger, writer->identity, *pack)
            .markDone(dutyId, context.parser().value(QStringLiteral("note")), requests::districtToday(*pack), &error);
    if (!revision) {
        return context.fail(error);
    }
    const auto done = requests::DutyDone::fromPayload(revision->payload);
    if (context.json()) {
        context.printJson({{QStringLiteral("recordId"), revision->recordId},
                           {QStringLiteral("id"), done.dutyId},
                           {QStringLiteral("period"), done.period},
                           {QStringLiteral("note"), done.note}});
    } else {
        context.out() << (done.period == requests::DutyDone::kOnce
                              ? tr("Signed: \"%1\" is done.").arg(done.dutyTitle)
                              : tr("Signed: \"%1\" is done for the school year %2.").arg(done.dutyTitle, done.period))
                      << '\n';
        context.out().flush();
    }
    return Success;
}

} // namespace clearline::cli
