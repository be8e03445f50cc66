// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/retentionverbs.h"

#include "records/recordkinds.h"
#include "requests/requestfiling.h"
#include "retention/holdfiling.h"
#include "retention/legalhold.h"
#include "retention/retentionbook.h"

#include "cli/command.h"
#include "cli/session.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace clearline::cli {

namespace {

QJsonObject dueJson(const retention::RetainedRecord &record)
{
    const retention::Retention &r = record.retention;
    return {{QStringLiteral("recordId"), record.recordId},
            {QStringLiteral("kind"), record.kind},
            {QStringLiteral("kindName"), records::RecordKinds::name(record.kind)},
            {QStringLiteral("title"), record.title},
            {QStringLiteral("authorId"), record.authorId},
            {QStringLiteral("created"), record.created.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("retain"), r.entry ? r.entry->retain : QString()},
            {QStringLiteral("from"), r.fromId()},
            {QStringLiteral("keepUntil"), r.keepUntil.toString(Qt::ISODate)},
            {QStringLiteral("documentation"), r.entry ? r.entry->id : QString()},
            {QStringLiteral("section"), r.section},
            {QStringLiteral("retention"), r.sentence()}};
}

QJsonObject holdJson(const ledger::Revision &revision)
{
    const retention::LegalHold hold = retention::LegalHold::fromPayload(revision.payload);
    return {{QStringLiteral("recordId"), revision.recordId},
            {QStringLiteral("holds"), QJsonArray::fromStringList(hold.records)},
            {QStringLiteral("reason"), hold.reason},
            {QStringLiteral("released"), hold.released}};
}

} // namespace

int RetentionVerbs::due(CommandContext &context)
{
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    if (!pack) {
        return context.fail(error);
    }
    QDate asOf = requests::districtToday(*pack);
    if (context.parser().isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(context.parser().value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid()) {
            return context.usageError(tr("--as-of needs a day as YYYY-MM-DD, such as 2033-07-01."));
        }
    }
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error);
    if (!ledger) {
        return context.fail(error);
    }
    const QList<retention::RetainedRecord> due = retention::RetentionBook(*ledger, *pack).due(asOf);
    if (context.json()) {
        QJsonArray array;
        for (const retention::RetainedRecord &record : due) {
            array.append(dueJson(record));
        }
        context.printJson({{QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
                           {QStringLiteral("total"), due.size()},
                           {QStringLiteral("records"), array}});
        return Success;
    }
    QTextStream &out = context.out();
    out << tr("Records whose retention period has ended by %1: %n record(s)", nullptr, int(due.size()))
               .arg(retention::longDay(asOf))
        << '\n';
    for (const retention::RetainedRecord &record : due) {
        out << record.recordId.left(8) << "  " << records::RecordKinds::name(record.kind) << "  " << record.title
            << "  — " << record.retention.sentence() << '\n';
    }
    if (!due.isEmpty()) {
        out << tr("ClearLine deletes nothing. Decide about each record as your district's records schedule says, "
                  "or keep it with 'clearline records hold RECORD --reason TEXT'.")
            << '\n';
    }
    out.flush();
    return Success;
}

int RetentionVerbs::hold(CommandContext &context, const QString &record)
{
    const QString reason = context.parser().value(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty()) {
        return context.usageError(tr("Say why the record is held: --reason TEXT."));
    }
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    std::optional<Session::Writer> writer = pack ? Session::openWriter(context, &error) : std::nullopt;
    if (!writer) {
        return context.fail(error);
    }
    const auto revision = retention::HoldFiling(*writer->ledger, writer->identity, *pack).place(record, reason, &error);
    if (!revision) {
        return context.fail(error);
    }
    if (context.json()) {
        context.printJson(holdJson(*revision));
    } else {
        const retention::LegalHold hold = retention::LegalHold::fromPayload(revision->payload);
        context.out() << tr("Signed a legal hold on \"%1\". It stays off the retention-due list until you release it.")
                             .arg(hold.recordTitles.join(QStringLiteral("; ")))
                      << '\n';
        context.out().flush();
    }
    return Success;
}

int RetentionVerbs::release(CommandContext &context, const QString &record)
{
    QString error;
    const std::optional<policy::Pack> pack = Session::openPack(context, &error);
    std::optional<Session::Writer> writer = pack ? Session::openWriter(context, &error) : std::nullopt;
    if (!writer) {
        return context.fail(error);
    }
    const auto revision = retention::HoldFiling(*writer->ledger, writer->identity, *pack).release(record, &error);
    if (!revision) {
        return context.fail(error);
    }
    if (context.json()) {
        context.printJson(holdJson(*revision));
    } else {
        const retention::LegalHold hold = retention::LegalHold::fromPayload(revision->payload);
        context.out() << tr("Released the legal hold on \"%1\".").arg(hold.recordTitles.join(QStringLiteral("; ")))
                      << '\n';
        context.out().flush();
    }
    return Success;
}

} // namespace clearline::cli
