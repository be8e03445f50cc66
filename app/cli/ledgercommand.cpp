// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ledgercommand.h"

#include "cli/session.h"
#include "core/settings.h"
#include "ledger/autobackup.h"
#include "ledger/ledgerrestore.h"
#include "ledger/sqlitelog.h"
#include "ledger/verifier.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QTextStream>

namespace clearline::cli {

namespace {

QString problemKindName(ledger::VerifyProblem::Kind kind)
{
    using Kind = ledger::VerifyProblem::Kind;
    switch (kind) {
    case Kind::DamagedFile:
        return QStringLiteral("damaged-file");
    case Kind::ChangedContent:
        return QStringLiteral("changed-content");
    case Kind::BadSignature:
        return QStringLiteral("bad-signature");
    case Kind::BrokenChain:
        return QStringLiteral("broken-chain");
    case Kind::UnknownKey:
        return QStringLiteral("unknown-key");
    case Kind::MissingSupersedes:
        return QStringLiteral("missing-supersedes");
    case Kind::BadAttachment:
        return QStringLiteral("bad-attachment");
    case Kind::DerivedMismatch:
        return QStringLiteral("derived-mismatch");
    }
    return {};
}

// What a failed verification means for the person, and what to do.
QString adviceFor(ledger::VerifyProblem::Kind kind, const core::Profile &profile)
{
    using Kind = ledger::VerifyProblem::Kind;
    switch (kind) {
    case Kind::DamagedFile:
        return LedgerCommand::tr("The records file is damaged, so some records may be lost or wrong. ClearLine has "
                                 "not changed it. Restore your latest backup: %1")
            .arg(ledger::LedgerRestore::command(profile));
    case Kind::ChangedContent:
    case Kind::BadSignature:
    case Kind::BrokenChain:
    case Kind::MissingSupersedes:
    case Kind::BadAttachment:
        return LedgerCommand::tr("Records were changed or removed outside ClearLine, so they can no longer be shown "
                                 "as their authors signed them. Keep this file for your IT staff, and restore your "
                                 "latest backup: %1")
            .arg(ledger::LedgerRestore::command(profile));
    case Kind::UnknownKey:
        return LedgerCommand::tr("A record is signed by someone this profile does not know: it was added outside "
                                 "ClearLine. Keep this file for your IT staff.");
    case Kind::DerivedMismatch:
        return LedgerCommand::tr("Your signed records are intact; only the tables ClearLine searches in are out of "
                                 "date. 'clearline ledger rebuild' makes them again.");
    }
    return {};
}

} // namespace

QString LedgerCommand::name() const
{
    return QStringLiteral("ledger");
}

QString LedgerCommand::summary() const
{
    return tr("check, rebuild, back up and restore your records (stats, verify, rebuild, backup --to FILE, backups, "
              "restore --from BACKUP)");
}

QString LedgerCommand::synopsis() const
{
    return QStringLiteral("stats | verify [--file BACKUP] | rebuild | backup --to FILE | backups | restore --from "
                          "BACKUP [--profile DIR] [--json]");
}

void LedgerCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("to"), tr("Where to write the backup."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("file"), tr("Verify this ledger file (a backup) instead of the profile's."),
                      QStringLiteral("BACKUP")});
    parser.addOption({QStringLiteral("from"),
                      tr("restore: the backup (made by 'clearline ledger backup') to put in place of the profile's "
                         "records."),
                      QStringLiteral("BACKUP")});
}

int LedgerCommand::run(CommandContext &context) const
{
    const QStringList args = context.positional();
    const QString action = args.value(0);
    if (args.size() == 1) {
        if (action == QLatin1String("stats")) {
            return stats(context);
        }
        if (action == QLatin1String("verify")) {
            return verify(context);
        }
        if (action == QLatin1String("rebuild")) {
            return rebuild(context);
        }
        if (action == QLatin1String("backup")) {
            return backup(context);
        }
        if (action == QLatin1String("restore")) {
            return restore(context);
        }
        if (action == QLatin1String("backups")) {
            return backups(context);
        }
    }
    return context.usageError(tr("Use 'clearline ledger stats', 'verify', 'rebuild', 'backup --to FILE', 'backups' or "
                                 "'restore --from BACKUP'."));
}

int LedgerCommand::stats(CommandContext &context) const
{
    QString error;
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error);
    if (!ledger) {
        return context.fail(error);
    }
    const ledger::LedgerStats stats = ledger->stats();
    if (context.json()) {
        QJsonObject kinds;
        for (auto it = stats.recordsByKind.begin(); it != stats.recordsByKind.end(); ++it) {
            kinds.insert(it.key(), it.value());
        }
        context.printJson({{QStringLiteral("revisions"), stats.revisions},
                           {QStringLiteral("records"), stats.records},
                           {QStringLiteral("recordsByKind"), kinds},
                           {QStringLiteral("drafts"), stats.drafts},
                           {QStringLiteral("attachments"), stats.attachments},
                           {QStringLiteral("authors"), stats.authors},
                           {QStringLiteral("fileBytes"), stats.fileBytes},
                           {QStringLiteral("file"), ledger->database().fileName()}});
        return Success;
    }
    QTextStream &out = context.out();
    out << tr("Ledger: %1").arg(QDir::toNativeSeparators(ledger->database().fileName())) << '\n'
        << tr("Revisions: %1").arg(stats.revisions) << '\n'
        << tr("Records: %1").arg(stats.records) << '\n';
    for (auto it = stats.recordsByKind.begin(); it != stats.recordsByKind.end(); ++it) {
        out << "  " << it.key() << ": " << it.value() << '\n';
    }
    out << tr("Drafts: %1").arg(stats.drafts) << '\n'
        << tr("Attachments: %1").arg(stats.attachments) << '\n'
        << tr("Authors: %1").arg(stats.authors) << '\n';
    out.flush();
    return Success;
}

int LedgerCommand::verify(CommandContext &context) const
{
    // Damage is what verification looks for: its report explains it, of
    // the profile's ledger or of the backup it was given.
    context.setDamageExplained();
    QString error;
    const QString file = context.parser().value(QStringLiteral("file"));
    const int damageBefore = ledger::SqliteLog::damageCount();
    const auto ledger = file.isEmpty() ? Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error)
                                       : ledger::Ledger::openFile(file, &error);
    ledger::VerifyReport report;
    if (ledger) {
        report = ledger->verify();
    } else if (ledger::SqliteLog::damageCount() != damageBefore) {
        // So damaged that it did not open: that too is what verification
        // finds, and explains as it explains any damage.
        report.problems.append({ledger::VerifyProblem::Kind::DamagedFile, 0, QString(),
                                ledger::Verifier::tr("the file is damaged: parts of it can no longer be read as they "
                                                     "were written"),
                                error});
    } else {
        return context.fail(error);
    }
    if (context.json()) {
        QJsonArray problems;
        for (const auto &problem : report.problems) {
            problems.append(QJsonObject{{QStringLiteral("kind"), problemKindName(problem.kind)},
                                        {QStringLiteral("revision"), problem.revisionId},
                                        {QStringLiteral("seq"), problem.seq},
                                        {QStringLiteral("message"), problem.message},
                                        {QStringLiteral("detail"), problem.detail}});
        }
        context.printJson({{QStringLiteral("ok"), report.ok()},
                           {QStringLiteral("revisions"), report.revisions},
                           {QStringLiteral("records"), report.records},
                           {QStringLiteral("authors"), report.authors},
                           {QStringLiteral("attachments"), report.attachments},
                           {QStringLiteral("problems"), problems}});
        return report.ok() ? Success : Failure;
    }
    QTextStream &out = context.out();
    if (report.ok()) {
        out << tr("Verified (revisions: %1, records: %2, authors: %3, attachments: %4). Every hash, chain link "
                  "and signature is intact.")
                   .arg(report.revisions)
                   .arg(report.records)
                   .arg(report.authors)
                   .arg(report.attachments)
            << '\n';
        out.flush();
        return Success;
    }
    const ledger::VerifyProblem &first = report.problems.constFirst();
    const QString where = first.revisionId.isEmpty()
                              ? tr("The ledger")
                              : tr("Revision %1 (number %2)").arg(first.revisionId).arg(first.seq);
    return context.fail(tr("Verification failed. %1: %2. (Problems found: %3; revisions checked: %4.)")
                            .arg(where, first.message)
                            .arg(report.problems.size())
                            .arg(report.revisions) +
                        QLatin1Char('\n') + adviceFor(first.kind, context.profile()));
}

int LedgerCommand::rebuild(CommandContext &context) const
{
    QString error;
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadWrite, &error);
    if (!ledger || !ledger->rebuild(&error)) {
        return context.fail(error);
    }
    const ledger::LedgerStats stats = ledger->stats();
    if (context.json()) {
        context.printJson({{QStringLiteral("revisions"), stats.revisions}, {QStringLiteral("records"), stats.records}});
    } else {
        context.out()
            << tr("Rebuilt the query tables (revisions: %1, records: %2).").arg(stats.revisions).arg(stats.records)
            << '\n';
        context.out().flush();
    }
    return Success;
}

int LedgerCommand::backup(CommandContext &context) const
{
    const QString target = context.parser().value(QStringLiteral("to"));
    if (target.isEmpty()) {
        return context.usageError(tr("Say where to write the backup: --to FILE"));
    }
    QString error;
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadOnly, &error);
    if (!ledger || !ledger->backup(target, &error)) {
        return context.fail(error);
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("backup"), QFileInfo(target).absoluteFilePath()}});
    } else {
        context.out() << tr("Backup written to %1.").arg(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()))
                      << '\n';
        context.out().flush();
    }
    return Success;
}

int LedgerCommand::restore(CommandContext &context) const
{
    const QString backup = context.parser().value(QStringLiteral("from"));
    if (backup.isEmpty()) {
        return context.usageError(tr("Say which backup to restore: --from BACKUP"));
    }
    QString error;
    // A damaged backup is refused with a message of its own.
    context.setDamageExplained();
    const auto restored = ledger::LedgerRestore::restore(context.profile(), backup, &error);
    if (!restored) {
        return context.fail(error);
    }
    const QString from = QFileInfo(backup).absoluteFilePath();
    if (context.json()) {
        context.printJson({{QStringLiteral("restored"), restored->ledgerFile},
                           {QStringLiteral("from"), from},
                           {QStringLiteral("keptAside"), restored->keptAside},
                           {QStringLiteral("revisions"), restored->report.revisions},
                           {QStringLiteral("records"), restored->report.records}});
        return Success;
    }
    QTextStream &out = context.out();
    out << tr("Restored your records from %1 (revisions: %2, records: %3); the backup was verified first.")
               .arg(QDir::toNativeSeparators(from))
               .arg(restored->report.revisions)
               .arg(restored->report.records)
        << '\n';
    if (!restored->keptAside.isEmpty()) {
        out << tr("The file it replaces is kept as %1, for your IT staff.")
                   .arg(QDir::toNativeSeparators(restored->keptAside))
            << '\n';
    }
    out.flush();
    return Success;
}

int LedgerCommand::backups(CommandContext &context) const
{
    const core::Profile &profile = context.profile();
    const QList<ledger::BackupFile> backups = ledger::AutoBackup::list(profile);
    const int days = core::Settings(profile).backupDays();
    const QString folder = QDir::toNativeSeparators(ledger::AutoBackup::folderFor(profile));
    if (context.json()) {
        QJsonArray list;
        for (const ledger::BackupFile &backup : backups) {
            list.append(QJsonObject{{QStringLiteral("file"), backup.file},
                                    {QStringLiteral("date"), backup.date.toString(Qt::ISODate)},
                                    {QStringLiteral("made"),
                                     backup.made.toOffsetFromUtc(backup.made.offsetFromUtc()).toString(Qt::ISODate)},
                                    {QStringLiteral("bytes"), backup.bytes}});
        }
        context.printJson({{QStringLiteral("folder"), ledger::AutoBackup::folderFor(profile)},
                           {QStringLiteral("keepDays"), days},
                           {QStringLiteral("backups"), list}});
        return Success;
    }
    QTextStream &out = context.out();
    if (backups.isEmpty()) {
        out << tr("No automatic backup yet. ClearLine makes one each day it saves, once you have records, in %1.")
                   .arg(folder)
            << '\n';
    } else {
        out << tr("Automatic backups in %1, newest first; each was checked when it was made, and %n day(s) of them "
                  "are kept:",
                  nullptr, days)
                   .arg(folder)
            << '\n';
        const QDate today = QDate::currentDate();
        for (const ledger::BackupFile &backup : backups) {
            out << "  " << QDir::toNativeSeparators(backup.file) << "  "
                << tr("made %1, %2 KB")
                       .arg(ledger::AutoBackup::whenText(backup, today))
                       .arg((backup.bytes + 1023) / 1024)
                << '\n';
        }
        out << tr("To restore one: %1").arg(ledger::LedgerRestore::command(profile)) << '\n';
    }
    out.flush();
    return Success;
}

} // namespace clearline::cli
