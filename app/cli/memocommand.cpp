// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/memocommand.h"

#include "cli/revisionhistory.h"
#include "cli/session.h"
#include "core/zonedtime.h"
#include "ledger/memo.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace clearline::cli {

namespace {

using ledger::Memo;

QString localTime(const QDateTime &time)
{
    return core::zonedTimeText(time);
}

} // namespace

QString MemoCommand::name() const
{
    return QStringLiteral("memo");
}

QString MemoCommand::summary() const
{
    return tr("write, list and correct memos to file (add, list, show ID, correct ID)");
}

QString MemoCommand::synopsis() const
{
    return QStringLiteral("add --title TITLE --text TEXT [--attach FILE]… | list | show ID | "
                          "correct ID --reason WHY [--title TITLE] [--text TEXT] [--profile DIR] [--json]");
}

void MemoCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("title"), tr("The memo's title."), QStringLiteral("TITLE")});
    parser.addOption({QStringLiteral("text"), tr("What happened."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("attach"), tr("A file to attach (may be repeated)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("reason"), tr("Why a memo is corrected."), QStringLiteral("WHY")});
}

int MemoCommand::run(CommandContext &context) const
{
    const QStringList args = context.positional();
    const QString action = args.value(0);
    if (action == QLatin1String("add") && args.size() == 1) {
        return add(context);
    }
    if (action == QLatin1String("list") && args.size() == 1) {
        return list(context);
    }
    if (action == QLatin1String("show") && args.size() == 2) {
        return show(context, args.at(1));
    }
    if (action == QLatin1String("correct") && args.size() == 2) {
        return correct(context, args.at(1));
    }
    return context.usageError(tr("Use 'clearline memo add --title … --text …', 'clearline memo list', "
                                 "'clearline memo show ID' or 'clearline memo correct ID --reason …'."));
}

int MemoCommand::add(CommandContext &context) const
{
    QString error;
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    const auto &ledger = writer->ledger;
    const crypto::Identity &identity = writer->identity;
    Memo memo;
    memo.title = context.parser().value(QStringLiteral("title"));
    memo.text = context.parser().value(QStringLiteral("text"));
    if (const QString problem = memo.problem(); !problem.isEmpty()) {
        return context.usageError(problem);
    }
    for (const QString &path : context.parser().values(QStringLiteral("attach"))) {
        const auto attachment = ledger->addAttachment(path, &error);
        if (!attachment) {
            return context.fail(error);
        }
        memo.attachments.append(*attachment);
    }
    const auto revision = ledger->submit(identity, {Memo::kKind, {}, {}, {}, memo.toPayload(), {}}, &error);
    if (!revision) {
        return context.fail(error);
    }
    if (context.json()) {
        context.printJson(RevisionHistory::summaryJson(*revision));
    } else {
        context.out() << tr("Memo filed: %1").arg(revision->recordId) << '\n';
        context.out().flush();
    }
    return Success;
}

int MemoCommand::list(CommandContext &context) const
{
    QString error;
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error);
    if (!ledger) {
        return context.fail(error);
    }
    const QList<ledger::RecordSummary> memos = ledger->records(Memo::kKind);
    if (context.json()) {
        QJsonArray items;
        for (const auto &memo : memos) {
            items.append(QJsonObject{{QStringLiteral("recordId"), memo.recordId},
                                     {QStringLiteral("title"), memo.title},
                                     {QStringLiteral("created"), ledger::Revision::timeText(memo.created)},
                                     {QStringLiteral("updated"), ledger::Revision::timeText(memo.updated)},
                                     {QStringLiteral("revisions"), memo.revisionCount}});
        }
        context.printJson({{QStringLiteral("memos"), items}});
        return Success;
    }
    QTextStream &out = context.out();
    if (memos.isEmpty()) {
        out << tr("No memos yet.") << '\n';
    }
    for (const auto &memo : memos) {
        out << memo.recordId.left(8) << "  " << localTime(memo.updated) << "  " << memo.title;
        if (memo.revisionCount > 1) {
            out << "  " << tr("(corrected)");
        }
        out << '\n';
    }
    out.flush();
    return Success;
}

int MemoCommand::show(CommandContext &context, const QString &id) const
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
    const QList<ledger::Revision> history = ledger->history(recordId);
    const Memo memo = Memo::fromPayload(history.constLast().payload);
    if (context.json()) {
        QJsonObject object = memo.toPayload();
        object.insert(QStringLiteral("recordId"), recordId);
        object.insert(QStringLiteral("revisions"), RevisionHistory::toJson(history));
        context.printJson(object);
        return Success;
    }
    QTextStream &out = context.out();
    out << memo.title << '\n' << '\n' << memo.text << '\n';
    for (const auto &attachment : memo.attachments) {
        out << tr("Attached: %1 (%2, SHA-256 %3)")
                   .arg(attachment.name, QLocale().formattedDataSize(attachment.size), attachment.sha256)
            << '\n';
    }
    out << '\n';
    RevisionHistory::print(out, history);
    out.flush();
    return Success;
}

int MemoCommand::correct(CommandContext &context, const QString &id) const
{
    QString error;
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    const auto &ledger = writer->ledger;
    const crypto::Identity &identity = writer->identity;
    const QString recordId = ledger->resolveRecordId(id, &error);
    if (recordId.isEmpty()) {
        return context.fail(error);
    }
    const ledger::RecordSummary current = *ledger->record(recordId);
    Memo memo = Memo::fromPayload(ledger->revision(current.headRevision)->payload);
    const QCommandLineParser &parser = context.parser();
    if (parser.isSet(QStringLiteral("title"))) {
        memo.title = parser.value(QStringLiteral("title"));
    }
    if (parser.isSet(QStringLiteral("text"))) {
        memo.text = parser.value(QStringLiteral("text"));
    }
    if (const QString problem = memo.problem(); !problem.isEmpty()) {
        return context.usageError(problem);
    }
    const auto revision = ledger->submit(
        identity,
        {Memo::kKind, recordId, current.headRevision, parser.value(QStringLiteral("reason")), memo.toPayload(), {}},
        &error);
    if (!revision) {
        return context.fail(error);
    }
    if (context.json()) {
        context.printJson(RevisionHistory::summaryJson(*revision));
    } else {
        context.out() << tr("Memo corrected: %1").arg(recordId) << '\n';
        context.out().flush();
    }
    return Success;
}

} // namespace clearline::cli
