// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/delegatecommand.h"

#include "requests/authority.h"
#include "requests/delegation.h"
#include "requests/requestfiling.h"

#include "cli/session.h"
#include "crypto/digest.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace clearline::cli {

QString DelegateCommand::name() const
{
    return QStringLiteral("delegate");
}

QString DelegateCommand::summary() const
{
    return tr("name a designee for one of your roles for a period, list delegations, end one");
}

QString DelegateCommand::synopsis() const
{
    return QStringLiteral("ROLE --to PERSON --until DATE | list | revoke ID [--reason TEXT] [--profile DIR] [--json]");
}

void DelegateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("to"), tr("The designee: a name, e-mail, person id or key fingerprint."),
                      QStringLiteral("PERSON")});
    parser.addOption({QStringLiteral("until"), tr("The delegation's last day (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("reason"), tr("Why you end it early."), QStringLiteral("TEXT")});
}

int DelegateCommand::run(CommandContext &context) const
{
    const QStringList args = context.positional();
    const QCommandLineParser &parser = context.parser();
    if (args == QStringList{QStringLiteral("list")}) {
        return list(context);
    }
    const bool revoking = args.size() == 2 && args.at(0) == QLatin1String("revoke");
    if (!revoking &&
        (args.size() != 1 || !parser.isSet(QStringLiteral("to")) || !parser.isSet(QStringLiteral("until")))) {
        return context.usageError(tr("Use 'clearline delegate ROLE --to PERSON --until DATE', 'delegate list' or "
                                     "'delegate revoke ID'."));
    }
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    if (!pack) {
        return context.fail(error);
    }
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    requests::DelegationFiling filing(*writer->ledger, writer->identity, *pack);
    if (revoking) {
        const QString recordId = writer->ledger->resolveRecordId(args.at(1), &error);
        const auto saved =
            recordId.isEmpty() ? std::nullopt : filing.revoke(recordId, parser.value(QStringLiteral("reason")), &error);
        if (!saved) {
            return context.fail(error);
        }
        if (context.json()) {
            context.printJson({{QStringLiteral("delegationId"), recordId}, {QStringLiteral("revoked"), true}});
        } else {
            context.out() << tr("The delegation %1 has ended.").arg(recordId) << '\n';
        }
        return Success;
    }
    const QDate until = QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate);
    if (!until.isValid()) {
        return context.usageError(tr("--until needs a date as YYYY-MM-DD."));
    }
    const QList<ledger::KnownPerson> people =
        requests::DelegationFiling::findPeople(*writer->ledger, *pack, parser.value(QStringLiteral("to")));
    if (people.size() != 1) {
        QStringList names;
        for (const ledger::KnownPerson &person : people) {
            names.append(
                QStringLiteral("%1 <%2> %3").arg(person.name, person.email, crypto::fingerprint(person.publicKey)));
        }
        return context.fail(people.isEmpty()
                                ? tr("ClearLine knows nobody called \"%1\". Name them by name, e-mail or key "
                                     "fingerprint; their key must be in the pack or in something of theirs you "
                                     "imported.")
                                      .arg(parser.value(QStringLiteral("to")))
                                : tr("\"%1\" could be more than one person; use the key fingerprint:\n%2")
                                      .arg(parser.value(QStringLiteral("to")), names.join(QLatin1Char('\n'))));
    }
    const auto saved = filing.delegate(args.at(0), people.constFirst(), until, requests::districtToday(*pack), &error);
    if (!saved) {
        return context.fail(error);
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("delegationId"), saved->recordId},
                           {QStringLiteral("role"), args.at(0)},
                           {QStringLiteral("to"), people.constFirst().name},
                           {QStringLiteral("until"), until.toString(Qt::ISODate)}});
    } else {
        context.out() << tr("%1 can act for you as %2 until %3 (delegation %4).")
                             .arg(people.constFirst().name, pack->role(args.at(0))->title, until.toString(Qt::ISODate),
                                  saved->recordId)
                      << '\n';
    }
    return Success;
}

int DelegateCommand::list(CommandContext &context) const
{
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    const auto ledger = pack ? Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error) : nullptr;
    if (!ledger) {
        return context.fail(error);
    }
    const requests::Authority authority(*ledger, *pack);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray array;
    for (const requests::DelegationItem &item : authority.delegations()) {
        const policy::Role *role = pack->role(item.delegation.roleId);
        const bool active = authority.isActive(item, now);
        if (context.json()) {
            array.append(QJsonObject{{QStringLiteral("delegationId"), item.recordId},
                                     {QStringLiteral("role"), item.delegation.roleId},
                                     {QStringLiteral("school"), item.delegation.school},
                                     {QStringLiteral("from"), authority.nameOf(item.byKey)},
                                     {QStringLiteral("to"), item.delegation.toName},
                                     {QStringLiteral("first"), item.delegation.from.toString(Qt::ISODate)},
                                     {QStringLiteral("until"), item.delegation.until.toString(Qt::ISODate)},
                                     {QStringLiteral("revoked"), item.revokedAt.isValid()},
                                     {QStringLiteral("active"), active}});
        } else {
            context.out() << item.recordId.left(8) << "  " << (role ? role->title : item.delegation.roleId) << ": "
                          << authority.nameOf(item.byKey) << " → " << item.delegation.toName << ", "
                          << item.delegation.from.toString(Qt::ISODate) << " – "
                          << item.delegation.until.toString(Qt::ISODate) << "  "
                          << (active                     ? tr("active")
                              : item.revokedAt.isValid() ? tr("ended early")
                                                         : tr("not active"))
                          << '\n';
        }
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("delegations"), array}});
    } else if (authority.delegations().isEmpty()) {
        context.out() << tr("No delegations.") << '\n';
    }
    context.out().flush();
    return Success;
}

} // namespace clearline::cli
