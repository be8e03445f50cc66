// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/recordscommand.h"

#include "audience/viewer.h"
#include "records/recordexport.h"
#include "records/recordkinds.h"
#include "records/recordsheet.h"
#include "records/recordtext.h"
#include "requests/decision.h"
#include "requests/decisionstanding.h"
#include "retention/retentionbook.h"

#include "cli/audiencetext.h"
#include "cli/pdfprinter.h"
#include "cli/retentionverbs.h"
#include "cli/session.h"
#include "crypto/identity.h"
#include "policy/pack.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

namespace clearline::cli {

namespace {

constexpr int kDefaultLimit = 50;

QJsonObject rowJson(const ledger::RecordRow &row)
{
    return {{QStringLiteral("recordId"), row.recordId},
            {QStringLiteral("kind"), row.kind},
            {QStringLiteral("title"), row.title},
            {QStringLiteral("author"), records::RecordText::author(row)},
            {QStringLiteral("authorId"), row.authorId},
            {QStringLiteral("authorEmail"), row.authorEmail},
            {QStringLiteral("school"), row.school},
            {QStringLiteral("student"), row.student},
            {QStringLiteral("created"), row.created.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("updated"), row.updated.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("revisions"), row.revisionCount},
            {QStringLiteral("conflict"), row.conflict},
            {QStringLiteral("verified"), row.verified},
            {QStringLiteral("verification"), records::RecordText::verification(row)},
            {QStringLiteral("counts"), row.standing.isEmpty()},
            {QStringLiteral("standing"), row.standing}};
}

// Marks the decisions that do not count, when the district's pack is at
// hand to tell: a list must not show a self-made "decision" as an approval.
records::RowStanding standingOf(const CommandContext &context, const ledger::Ledger &ledger)
{
    QString noPack;
    const std::optional<policy::Pack> pack = Session::openPack(context, &noPack);
    if (!pack) {
        return {};
    }
    const auto book = std::make_shared<const requests::DecisionStanding>(ledger, *pack);
    return [book](const ledger::RecordRow &row) {
        return row.kind == requests::Decision::kKind ? book->of(row.recordId) : QString();
    };
}

QString onlyYoursNote()
{
    return RecordsCommand::tr("Only records you may see are included.");
}

} // namespace

QString RecordsCommand::name() const
{
    return QStringLiteral("records");
}

QString RecordsCommand::summary() const
{
    return tr(
        "search every record of the profile, and export the result as CSV or PDF (search, export); list "
        "the records whose retention period has ended, and place or release legal holds (hold, release); show one "
        "record and who can see it (show)");
}

QString RecordsCommand::synopsis() const
{
    return QStringLiteral(
        "search [QUERY] [--limit N] | export [QUERY] --format csv|pdf --out FILE "
        "[--person WHO] [--student TEXT] [--school ID] [--kind KIND] [--from DATE] [--to DATE] "
        "[--profile DIR] [--json] | search --retention-due [--as-of DATE] | hold RECORD --reason TEXT "
        "| release RECORD | show RECORD");
}

void RecordsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("person"), tr("Only records written by this person (part of a name or e-mail)."),
                      QStringLiteral("WHO")});
    parser.addOption({QStringLiteral("student"),
                      tr("Only contacts and concerns with this student (initials or roster id)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("school"), tr("Only records of this school (its id in the district's pack)."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("kind"), tr("Only records of this kind (memo, contact, request, …)."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("from"), tr("Only records last changed on or after this day (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), tr("Only records last changed on or before this day (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("limit"),
                      tr("search: list at most N records (default %1; 0 lists all).").arg(kDefaultLimit),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("format"), tr("export: csv or pdf."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"), tr("export: the file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("retention-due"),
                      tr("search: only the records whose retention period has ended and that no legal hold keeps.")});
    parser.addOption({QStringLiteral("as-of"),
                      tr("with --retention-due: the day to judge on (YYYY-MM-DD) instead of today."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("reason"), tr("hold: why the record must be kept."), QStringLiteral("TEXT")});
}

std::optional<ledger::RecordFilter> RecordsCommand::filterFrom(const CommandContext &context, QString *error)
{
    const QCommandLineParser &parser = context.parser();
    ledger::RecordFilter filter;
    filter.text = context.positional().mid(1).join(QLatin1Char(' '));
    filter.person = parser.value(QStringLiteral("person"));
    filter.student = parser.value(QStringLiteral("student"));
    filter.school = parser.value(QStringLiteral("school"));
    filter.kind = parser.value(QStringLiteral("kind"));
    for (const auto &[option, day] :
         {std::pair{QStringLiteral("from"), &filter.from}, std::pair{QStringLiteral("to"), &filter.to}}) {
        if (parser.isSet(option)) {
            *day = QDate::fromString(parser.value(option), Qt::ISODate);
            if (!day->isValid()) {
                *error = tr("--%1 needs a day as YYYY-MM-DD, such as 2026-09-01.").arg(option);
                return std::nullopt;
            }
        }
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        *error = tr("--from is after --to: no record could match.");
        return std::nullopt;
    }
    return filter;
}

int RecordsCommand::run(CommandContext &context) const
{
    const QString verb = context.positional().value(0);
    const QStringList args = context.positional();
    if ((verb == QLatin1String("hold") || verb == QLatin1String("release")) && args.size() != 2) {
        return context.usageError(tr("Name one record: 'clearline records %1 RECORD'.").arg(verb));
    }
    if (verb == QLatin1String("hold")) {
        return RetentionVerbs::hold(context, args.at(1));
    }
    if (verb == QLatin1String("release")) {
        return RetentionVerbs::release(context, args.at(1));
    }
    if (verb == QLatin1String("show")) {
        if (args.size() != 2) {
            return context.usageError(tr("Name one record: 'clearline records show RECORD'."));
        }
        return show(context, args.at(1));
    }
    if (verb == QLatin1String("search") && context.parser().isSet(QStringLiteral("retention-due"))) {
        if (args.size() > 1) {
            return context.usageError(tr("--retention-due lists every record that is due; it takes no words."));
        }
        return RetentionVerbs::due(context);
    }
    if (context.parser().isSet(QStringLiteral("as-of"))) {
        return context.usageError(tr("--as-of goes with 'search --retention-due'."));
    }
    if (verb != QLatin1String("search") && verb != QLatin1String("export")) {
        return context.usageError(tr("Use 'clearline records search [QUERY]' or 'clearline records export --format "
                                     "csv|pdf --out FILE'."));
    }
    QString error;
    const auto filter = filterFrom(context, &error);
    if (!filter) {
        return context.usageError(error);
    }
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error);
    if (!ledger) {
        return context.fail(error);
    }
    return verb == QLatin1String("search") ? search(context, *ledger, *filter) : exportTo(context, *ledger, *filter);
}

int RecordsCommand::search(CommandContext &context, const ledger::Ledger &ledger,
                           const ledger::RecordFilter &filter) const
{
    const ledger::Database &database = ledger.database();
    const QCommandLineParser &parser = context.parser();
    bool ok = true;
    const int limit =
        parser.isSet(QStringLiteral("limit")) ? parser.value(QStringLiteral("limit")).toInt(&ok) : kDefaultLimit;
    if (!ok || limit < 0) {
        return context.usageError(tr("--limit needs a number, 0 or more."));
    }
    QString error;
    const ledger::RecordQuery query(database);
    const auto total = query.count(filter, &error);
    if (!total) {
        return context.fail(error);
    }
    QList<ledger::RecordRow> rows;
    const bool read = records::RecordExport::forEachPage(
        database, filter,
        [&](const QList<ledger::RecordRow> &page) {
            for (const ledger::RecordRow &row : page) {
                if (limit > 0 && rows.size() == limit) {
                    return false;
                }
                rows.append(row);
            }
            return true;
        },
        &error, standingOf(context, ledger));
    if (!read) {
        return context.fail(error);
    }

    if (context.json()) {
        // Each record's retention, when the profile's district pack loads.
        QString noPack;
        const std::optional<policy::Pack> pack = Session::openPack(context, &noPack);
        QJsonArray array;
        for (const ledger::RecordRow &row : std::as_const(rows)) {
            QJsonObject item = rowJson(row);
            if (pack) {
                if (const auto kept = retention::RetentionBook(ledger, *pack).record(row.recordId)) {
                    item.insert(QStringLiteral("keepUntil"), kept->retention.keepUntil.toString(Qt::ISODate));
                    item.insert(QStringLiteral("retention"), kept->retention.sentence());
                    item.insert(QStringLiteral("legalHold"), kept->hold.has_value());
                }
            }
            array.append(item);
        }
        context.printJson({{QStringLiteral("total"), *total},
                           {QStringLiteral("shown"), rows.size()},
                           {QStringLiteral("records"), array}});
        return Success;
    }
    QTextStream &out = context.out();
    out << records::RecordText::describe(filter) << ": "
        << (rows.size() == *total ? tr("%n record(s)", nullptr, int(*total))
                                  : tr("%1 of %2 records (use --limit 0 for all)").arg(rows.size()).arg(*total))
        << '\n';
    for (const ledger::RecordRow &row : std::as_const(rows)) {
        out << row.recordId.left(8) << "  " << records::RecordText::utc(row.updated) << "  " << row.kind << "  "
            << row.title << " — " << records::RecordText::author(row) << "  [" << records::RecordText::verification(row)
            << (row.standing.isEmpty() ? QString() : QStringLiteral("; ") + row.standing) << "]\n";
    }
    out.flush();
    return Success;
}

int RecordsCommand::exportTo(CommandContext &context, const ledger::Ledger &ledger,
                             const ledger::RecordFilter &filter) const
{
    const ledger::Database &database = ledger.database();
    const records::RowStanding standing = standingOf(context, ledger);
    const QCommandLineParser &parser = context.parser();
    const QString format = parser.value(QStringLiteral("format"));
    const QString file = parser.value(QStringLiteral("out"));
    if (format != QLatin1String("csv") && format != QLatin1String("pdf")) {
        return context.usageError(tr("--format is csv or pdf."));
    }
    if (file.isEmpty()) {
        return context.usageError(tr("--out needs the file to write, such as records.%1.").arg(format));
    }
    QString error;
    const std::optional<crypto::IdentityInfo> self = crypto::Identity::readInfo(context.profile(), &error);
    if (!self) {
        return context.fail(error);
    }
    // Only what this profile's own key may see, by the pack's audiences;
    // without the pack, only what this person wrote.
    QString noPack;
    const std::optional<policy::Pack> pack = Session::openPack(context, &noPack);
    const audience::Viewer viewer(ledger, pack ? &*pack : nullptr, self->publicKey, self->personId);
    const records::RowFilter mayShow = [&](const ledger::RecordRow &row) {
        return viewer.maySee(row.recordId, row.authorId);
    };
    qint64 rows = 0;
    qint64 unverified = 0;
    QStringList files{file};
    if (format == QLatin1String("csv")) {
        const auto result = records::RecordExport::writeCsvFile(database, filter, file, &error, {}, standing, mayShow);
        if (!result) {
            return context.fail(error);
        }
        rows = result->rows;
        unverified = result->unverified;
    } else {
        if (!Pdf::printer()) {
            return context.fail(tr("PDF export needs the web engine of the full ClearLine program; this one was "
                                   "started without it. Use --format csv, or run the clearline program itself."));
        }
        const auto parts = records::RecordSheet::htmlParts(database, filter, QDateTime::currentDateTimeUtc(), &error,
                                                           standing, mayShow);
        if (!parts) {
            return context.fail(error);
        }
        files = records::RecordSheet::partFiles(file, parts->size());
        for (qsizetype part = 0; part < parts->size(); ++part) {
            if (!Pdf::printer()(parts->at(part), files.at(part), &error)) {
                return context.fail(part == 0 ? error
                                              : error + QLatin1Char(' ') +
                                                    tr("The first %n part(s) were written.", nullptr, int(part)));
            }
        }
        // The sheet counted what it may show; count again the same way.
        qint64 shown = 0;
        records::RecordExport::forEachPage(
            database, filter,
            [&](const QList<ledger::RecordRow> &page) {
                for (const ledger::RecordRow &row : page) {
                    shown += mayShow(row) ? 1 : 0;
                }
                return true;
            },
            &error);
        rows = std::min<qint64>(shown, records::RecordSheet::kMaxRecords);
        unverified = -1;
    }
    if (context.json()) {
        QJsonArray written;
        for (const QString &part : std::as_const(files)) {
            written.append(QFileInfo(part).absoluteFilePath());
        }
        QJsonObject object{{QStringLiteral("file"), QFileInfo(files.constFirst()).absoluteFilePath()},
                           {QStringLiteral("files"), written},
                           {QStringLiteral("format"), format},
                           {QStringLiteral("records"), rows},
                           {QStringLiteral("note"), onlyYoursNote()}};
        if (unverified >= 0) {
            object.insert(QStringLiteral("unverified"), unverified);
        }
        context.printJson(object);
    } else {
        if (files.size() == 1) {
            context.out() << tr("Wrote %n record(s) to %1.", nullptr, int(rows)).arg(QDir::toNativeSeparators(file));
        } else {
            QStringList names;
            for (const QString &part : std::as_const(files)) {
                names.append(QDir::toNativeSeparators(part));
            }
            context.out() << tr("The paper copy of %n record(s) is too long for one PDF file, so ClearLine wrote it "
                                "in %1 parts: %2.",
                                nullptr, int(rows))
                                 .arg(files.size())
                                 .arg(names.join(QStringLiteral(", ")));
        }
        context.out() << ' ' << onlyYoursNote();
        if (unverified > 0) {
            context.out() << ' '
                          << tr("%n of them are NOT verified; see the verification column.", nullptr, int(unverified));
        }
        context.out() << '\n';
        context.out().flush();
    }
    return Success;
}

int RecordsCommand::show(CommandContext &context, const QString &id) const
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
    const std::optional<ledger::RecordSummary> record = ledger->record(recordId);
    if (!record) {
        return context.fail(tr("This profile holds no record %1.").arg(id));
    }
    QString noPack;
    const std::optional<policy::Pack> pack = Session::openPack(context, &noPack);
    if (context.json()) {
        context.printJson(
            {{QStringLiteral("recordId"), recordId},
             {QStringLiteral("kind"), record->kind},
             {QStringLiteral("kindName"), records::RecordKinds::name(record->kind)},
             {QStringLiteral("title"), record->title},
             {QStringLiteral("created"), record->created.toUTC().toString(Qt::ISODateWithMs)},
             {QStringLiteral("updated"), record->updated.toUTC().toString(Qt::ISODateWithMs)},
             {QStringLiteral("revisions"), record->revisionCount},
             {QStringLiteral("whoCanSee"),
              pack ? QJsonValue(AudienceText::toJson(*ledger, *pack, recordId)) : QJsonValue(QJsonValue::Null)}});
        return Success;
    }
    QTextStream &out = context.out();
    out << record->title << '\n'
        << records::RecordKinds::name(record->kind) << " — " << records::RecordText::utc(record->created) << '\n'
        << (pack ? AudienceText::line(*ledger, *pack, recordId)
                 : tr("Who can see this: ClearLine cannot tell without your district's policy (%1).").arg(noPack))
        << '\n';
    out.flush();
    return Success;
}

} // namespace clearline::cli
