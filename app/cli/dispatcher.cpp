// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/dispatcher.h"

#include "cli/ackcommand.h"
#include "cli/bundlecommand.h"
#include "cli/command.h"
#include "cli/contactcommand.h"
#include "cli/delegatecommand.h"
#include "cli/disclosurecommand.h"
#include "cli/dutycommand.h"
#include "cli/enrolcommand.h"
#include "cli/identitycommand.h"
#include "cli/initcommand.h"
#include "cli/ledgercommand.h"
#include "cli/memocommand.h"
#include "cli/noticecommand.h"
#include "cli/policycommand.h"
#include "cli/recordscommand.h"
#include "cli/requestcommand.h"
#include "cli/reviewcommand.h"
#include "cli/session.h"
#include "cli/settingscommand.h"
#include "core/printabletext.h"
#include "ledger/ledgerrestore.h"
#include "ledger/sqlitelog.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <vector>

namespace clearline::cli {

namespace {

std::vector<std::unique_ptr<Command>> commands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<InitCommand>());
    list.push_back(std::make_unique<MemoCommand>());
    list.push_back(std::make_unique<ContactCommand>());
    list.push_back(std::make_unique<DisclosureCommand>());
    list.push_back(std::make_unique<RequestCommand>());
    list.push_back(std::make_unique<AckCommand>());
    list.push_back(std::make_unique<NoticeCommand>());
    list.push_back(std::make_unique<DutyCommand>());
    list.push_back(std::make_unique<ReviewCommand>());
    list.push_back(std::make_unique<DelegateCommand>());
    list.push_back(std::make_unique<EnrolCommand>());
    list.push_back(std::make_unique<IdentityCommand>());
    list.push_back(std::make_unique<BundleCommand>());
    list.push_back(std::make_unique<RecordsCommand>());
    list.push_back(std::make_unique<LedgerCommand>());
    list.push_back(std::make_unique<PolicyCommand>());
    list.push_back(std::make_unique<SettingsCommand>());
    return list;
}

// Runs the command with the shared options handled; tells which profile it
// acted on, and whether it explained a damaged file itself.
int runCommand(const QString &command, const QStringList &arguments, QTextStream &out, QTextStream &err,
               core::Profile &chosenProfile, bool &damageExplained)
{
    const auto all = commands();
    const auto found = std::find_if(all.begin(), all.end(), [&](const auto &c) { return c->name() == command; });
    const bool json = arguments.contains(QLatin1String("--json"));
    QCommandLineParser parser;
    if (found == all.end()) {
        CommandContext context(parser, core::Profile::standard(), json, out, err);
        return context.usageError(
            Dispatcher::tr("\"%1\" is not a ClearLine command. See 'clearline --help'.").arg(command));
    }

    const Command &chosen = **found;
    const QCommandLineOption profile(QStringLiteral("profile"), Dispatcher::tr("Keep all data and settings in DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Dispatcher::tr("Print one JSON object, for scripts."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Dispatcher::tr("Show this help."));
    const QCommandLineOption authoring(QStringLiteral("authoring"),
                                       Dispatcher::tr("For district IT: let an unsigned policy pack load."));
    parser.addOptions({profile, jsonOption, help, authoring});
    chosen.addOptions(parser);

    // QCommandLineParser wants the program name first.
    if (!parser.parse(QStringList{QStringLiteral("clearline")} + arguments)) {
        CommandContext context(parser, core::Profile::standard(), json, out, err);
        return context.usageError(Dispatcher::tr("%1\nSee 'clearline %2 --help'.").arg(parser.errorText(), command));
    }
    if (parser.isSet(help)) {
        out << Dispatcher::tr("Usage: clearline %1 %2").arg(chosen.name(), chosen.synopsis()) << "\n\n"
            << chosen.summary() << "\n\n"
            << parser.helpText().section(QLatin1Char('\n'), 2);
        out.flush();
        return Success;
    }

    if (parser.isSet(profile) && parser.value(profile).isEmpty()) {
        CommandContext context(parser, core::Profile::standard(), json, out, err);
        return context.usageError(Dispatcher::tr("--profile needs a folder."));
    }
    chosenProfile =
        parser.isSet(profile) ? core::Profile::inDirectory(parser.value(profile)) : core::Profile::standard();
    Session::readOnDistrictClock(chosenProfile);
    CommandContext context(parser, chosenProfile, json, out, err);
    context.setAuthoring(parser.isSet(authoring));
    const int code = chosen.run(context);
    damageExplained = context.damageExplained();
    return code;
}

} // namespace

int Dispatcher::run(const QString &command, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // The command's output is held until it ends, so that a read that met
    // a damaged ledger answers nothing rather than part as if it were all,
    // and so that text for people is shown without control characters.
    QString heldOut;
    QString heldErr;
    QTextStream commandOut(&heldOut);
    QTextStream commandErr(&heldErr);
    core::Profile profile = core::Profile::standard();
    const bool json = arguments.contains(QLatin1String("--json"));
    bool damageExplained = false;
    const int damageBefore = ledger::SqliteLog::damageCount();
    int code = runCommand(command, arguments, commandOut, commandErr, profile, damageExplained);
    commandOut.flush();
    commandErr.flush();
    if (ledger::SqliteLog::damageCount() != damageBefore && !damageExplained) {
        heldOut.clear();
        heldErr.clear();
        const QCommandLineParser parser;
        CommandContext context(parser, profile, json, commandOut, commandErr);
        code = context.fail(ledger::LedgerRestore::damagedMessage(profile));
    }
    commandOut.flush();
    commandErr.flush();
    // JSON escapes control characters itself; the text is for a terminal.
    out << (json ? heldOut : core::PrintableText::clean(heldOut));
    err << core::PrintableText::clean(heldErr);
    out.flush();
    err.flush();
    return code;
}

QList<QPair<QString, QString>> Dispatcher::commandSummaries()
{
    QList<QPair<QString, QString>> summaries;
    for (const auto &command : commands()) {
        summaries.append({command->name(), command->summary()});
    }
    return summaries;
}

} // namespace clearline::cli
