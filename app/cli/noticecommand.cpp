// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/noticecommand.h"

#include "notices/noticebook.h"
#include "notices/noticevalues.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"

#include "cli/session.h"
#include "policy/noticetext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace clearline::cli {

QString NoticeCommand::name() const
{
    return QStringLiteral("notice");
}

QString NoticeCommand::summary() const
{
    return tr("the notices your requests ask you to hand out: what is still to do, the text, and that you gave it "
              "(list, show ID)");
}

QString NoticeCommand::synopsis() const
{
    return QStringLiteral("list | show ID [--notice NOTICE] [--language LANG] [--given-to WHOM] [--profile DIR] "
                          "[--json]");
}

void NoticeCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("notice"), tr("Which notice, when the request names more than one."),
                      QStringLiteral("NOTICE")});
    parser.addOption(
        {QStringLiteral("language"), tr("The notice's language (en, es, pt_BR…)."), QStringLiteral("LANG")});
    parser.addOption(
        {QStringLiteral("given-to"), tr("Record that you handed the notice to these people."), QStringLiteral("WHOM")});
}

int NoticeCommand::run(CommandContext &context) const
{
    const QStringList args = context.positional();
    if (args.size() == 1 && args.at(0) == QLatin1String("list")) {
        return list(context);
    }
    if (args.size() == 2 && args.at(0) == QLatin1String("show")) {
        return show(context, args.at(1));
    }
    return context.usageError(tr("Use 'clearline notice list' or 'clearline notice show ID [--language LANG] "
                                 "[--given-to WHOM]'."));
}

int NoticeCommand::list(CommandContext &context) const
{
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    const auto ledger = pack ? Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error) : nullptr;
    const auto info = ledger ? crypto::Identity::readInfo(context.profile(), &error) : std::nullopt;
    if (!info) {
        return context.fail(error);
    }
    const QList<notices::NoticeDue> due =
        notices::NoticeBook(*ledger, *pack, info->personId).due(requests::districtToday(*pack));
    if (context.json()) {
        QJsonArray items;
        for (const notices::NoticeDue &item : due) {
            items.append(QJsonObject{{QStringLiteral("recordId"), item.requestId},
                                     {QStringLiteral("request"), item.requestTitle},
                                     {QStringLiteral("notice"), item.noticeId},
                                     {QStringLiteral("title"), item.noticeTitle}});
        }
        context.printJson({{QStringLiteral("due"), items}});
        return Success;
    }
    QTextStream &out = context.out();
    if (due.isEmpty()) {
        out << tr("No notice is waiting to be handed out.") << '\n';
    }
    for (const notices::NoticeDue &item : due) {
        out << tr("To hand out: %1, for \"%2\"").arg(item.noticeTitle, item.requestTitle) << '\n'
            << "    clearline notice show " << item.requestId.left(8) << " --notice " << item.noticeId << '\n';
    }
    out.flush();
    return Success;
}

int NoticeCommand::show(CommandContext &context, const QString &id) const
{
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    if (!pack) {
        return context.fail(error);
    }
    const QString givenTo = context.parser().value(QStringLiteral("given-to"));
    std::optional<Session::Writer> writer;
    std::unique_ptr<ledger::Ledger> reader;
    const ledger::Ledger *ledger = nullptr;
    if (!givenTo.isEmpty()) {
        writer = Session::openWriter(context, &error);
        ledger = writer ? writer->ledger.get() : nullptr;
    } else {
        reader = Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error);
        ledger = reader.get();
    }
    const auto info = ledger ? crypto::Identity::readInfo(context.profile(), &error) : std::nullopt;
    const QString recordId = info ? ledger->resolveRecordId(id, &error) : QString();
    if (recordId.isEmpty()) {
        return context.fail(error);
    }
    const auto request = requests::RequestBook(*ledger, *pack, info->personId).request(recordId);
    if (!request) {
        return context.fail(tr("%1 is not one of your requests. A trip's notice is shown by 'clearline disclosure "
                               "notice ID'.")
                                .arg(id));
    }
    const QList<notices::RequestNotice> named = notices::NoticeBook(*ledger, *pack, info->personId).ofRequest(recordId);
    if (named.isEmpty()) {
        return context.fail(tr("Your district's policy asks for no notice with \"%1\".").arg(request->title));
    }
    const QString which = context.parser().value(QStringLiteral("notice"));
    const auto chosen = which.isEmpty()
                            ? named.begin()
                            : std::find_if(named.begin(), named.end(),
                                           [&](const notices::RequestNotice &n) { return n.notice->id == which; });
    if (chosen == named.end()) {
        QStringList ids;
        for (const notices::RequestNotice &n : named) {
            ids.append(n.notice->id);
        }
        return context.usageError(tr("This request's notices are: %1.").arg(ids.join(QStringLiteral(", "))));
    }
    const QString language = context.parser().isSet(QStringLiteral("language"))
                                 ? context.parser().value(QStringLiteral("language"))
                                 : pack->district.languages.value(0, QStringLiteral("en"));
    if (!pack->district.languages.contains(language)) {
        return context.usageError(
            tr("Your district gives its notices in: %1.").arg(pack->district.languages.join(QStringLiteral(", "))));
    }
    const QString text =
        policy::fillNotice(*chosen->notice, language, notices::noticeValues(*pack, *request, info->name));
    if (!givenTo.isEmpty()) {
        const auto saved =
            notices::NoticeFiling(*writer->ledger, writer->identity, *pack)
                .recordHandout(recordId, chosen->notice->id, language, givenTo, requests::districtToday(*pack), &error);
        if (!saved) {
            return context.fail(error);
        }
    }
    if (context.json()) {
        QJsonArray given;
        for (const notices::NoticeHandout &handout : chosen->handouts) {
            given.append(QJsonObject{{QStringLiteral("to"), handout.to},
                                     {QStringLiteral("at"), handout.at.toString(Qt::ISODate)},
                                     {QStringLiteral("language"), handout.language}});
        }
        context.printJson({{QStringLiteral("recordId"), recordId},
                           {QStringLiteral("notice"), chosen->notice->id},
                           {QStringLiteral("title"), policy::textIn(chosen->notice->title, language)},
                           {QStringLiteral("language"), language},
                           {QStringLiteral("text"), text},
                           {QStringLiteral("recorded"), !givenTo.isEmpty()},
                           {QStringLiteral("handedOut"), given}});
        return Success;
    }
    QTextStream &out = context.out();
    out << policy::textIn(chosen->notice->title, language) << '\n' << text << '\n';
    if (!givenTo.isEmpty()) {
        out << tr("Recorded: handed out to %1.").arg(givenTo.trimmed()) << '\n';
    }
    out.flush();
    return Success;
}

} // namespace clearline::cli
