// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ackcommand.h"

#include "requests/requestbook.h"
#include "requests/requestfiling.h"

#include "cli/session.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

namespace clearline::cli {

QString AckCommand::name() const
{
    return QStringLiteral("ack");
}

QString AckCommand::summary() const
{
    return tr("sign that you read this school year's policy (--status: whether it is still to do)");
}

QString AckCommand::synopsis() const
{
    return QStringLiteral("[--status] [--profile DIR] [--json]");
}

void AckCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("status"), tr("Only say whether this school year's acknowledgment is done.")});
}

int AckCommand::run(CommandContext &context) const
{
    if (!context.positional().isEmpty()) {
        return context.usageError(tr("Use 'clearline ack' or 'clearline ack --status'."));
    }
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    if (!pack) {
        return context.fail(error);
    }
    const QDate today = requests::districtToday(*pack);
    if (context.parser().isSet(QStringLiteral("status"))) {
        const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error);
        const auto info = ledger ? crypto::Identity::readInfo(context.profile(), &error) : std::nullopt;
        if (!info) {
            return context.fail(error);
        }
        const auto reminder = requests::AcknowledgmentReminder::of(
            *pack, requests::RequestBook(*ledger, *pack, info->personId).acknowledgments(), today);
        if (context.json()) {
            context.printJson({{QStringLiteral("schoolYear"), reminder.schoolYear},
                               {QStringLiteral("acknowledged"), reminder.done},
                               {QStringLiteral("required"), reminder.required},
                               {QStringLiteral("dueBy"), reminder.dueBy.toString(Qt::ISODate)}});
            return Success;
        }
        if (reminder.done) {
            context.out() << tr("You acknowledged the policy for this school year.") << '\n';
        } else if (reminder.due) {
            context.out() << (reminder.dueBy.isValid()
                                  ? tr("Still to do: %1, by %2.")
                                        .arg(reminder.dutyTitle,
                                             QLocale().toString(reminder.dueBy, QLocale::ShortFormat))
                                  : tr("Still to do: %1.").arg(reminder.dutyTitle))
                          << '\n';
        } else {
            context.out() << tr("Your district's policy does not ask for a yearly acknowledgment; you may still "
                                "record one with 'clearline ack'.")
                          << '\n';
        }
        context.out().flush();
        return Success;
    }
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    const auto revision = requests::RequestFiling(*writer->ledger, writer->identity, *pack).acknowledge(today, &error);
    if (!revision) {
        return context.fail(error);
    }
    const auto ack = requests::Acknowledgment::fromPayload(revision->payload);
    if (context.json()) {
        context.printJson({{QStringLiteral("recordId"), revision->recordId},
                           {QStringLiteral("schoolYear"), ack.schoolYear},
                           {QStringLiteral("policy"), ack.policyTitle}});
    } else {
        context.out() << tr("Signed: you read %1 for the school year %2.").arg(ack.policyTitle, ack.schoolYear) << '\n';
        context.out().flush();
    }
    return Success;
}

} // namespace clearline::cli
