// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/bundlecommand.h"

#include "requests/delegation.h"

#include "cli/session.h"
#include "core/settings.h"
#include "crypto/digest.h"
#include "crypto/sealedfile.h"
#include "policy/pack.h"
#include "sync/bundleexport.h"
#include "sync/bundleimport.h"
#include "sync/bundlereader.h"
#include "sync/bundlereport.h"
#include "sync/foldersync.h"
#include "sync/packcarriage.h"
#include "sync/sealedbundle.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace clearline::cli {

namespace {

/// The one person a bundle is for: someone this profile has met, or anyone
/// the district's pack lists as a role holder (a coach can send to the
/// principal the pack names before they have met). Empty with why otherwise.
std::optional<ledger::KnownPerson> recipientOf(const ledger::Ledger &ledger, const std::optional<policy::Pack> &pack,
                                               const QString &text, QString *error)
{
    const QString wanted = text.trimmed();
    // A public key (as `clearline identity show` prints it) names someone
    // not met yet; unknown, they hold no role here, so only what anyone may
    // see goes to them whole.
    const QByteArray key = QByteArray::fromBase64(wanted.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (wanted.size() == 44 && key.size() == 32) {
        const QList<ledger::KnownPerson> known =
            pack ? requests::DelegationFiling::findPeople(ledger, *pack, crypto::fingerprint(key)) : ledger.people();
        for (const ledger::KnownPerson &person : known) {
            if (person.publicKey == key) {
                return person;
            }
        }
        ledger::KnownPerson stranger;
        stranger.publicKey = key;
        stranger.name = BundleCommand::tr("the person with key %1").arg(crypto::fingerprint(key));
        return stranger;
    }
    QList<ledger::KnownPerson> found;
    if (pack) {
        found = requests::DelegationFiling::findPeople(ledger, *pack, wanted);
    } else {
        for (const ledger::KnownPerson &person : ledger.people()) {
            if (person.isNamedBy(wanted)) {
                found.append(person);
            }
        }
    }
    if (found.size() == 1) {
        return found.constFirst();
    }
    if (found.size() > 1) {
        QStringList names;
        for (const ledger::KnownPerson &person : std::as_const(found)) {
            names.append(QStringLiteral("%1 (%2)").arg(person.name, crypto::fingerprint(person.publicKey)));
        }
        *error = BundleCommand::tr("\"%1\" names more than one person: %2. Name one by e-mail or key fingerprint.")
                     .arg(wanted, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const bool isSchool = pack && std::any_of(pack->schools.begin(), pack->schools.end(),
                                              [&](const policy::School &school) { return school.id == wanted; });
    *error = isSchool ? BundleCommand::tr("A bundle is made for one person, not a school: one file for a school "
                                          "would show each person there what only another may see. Make one "
                                          "bundle for each person with --for PERSON.")
                      : BundleCommand::tr("ClearLine knows nobody called \"%1\": not among the people you have "
                                          "met, nor among those your district's policy lists. Name a person by "
                                          "name, e-mail or key fingerprint.")
                            .arg(wanted);
    return std::nullopt;
}

QString fullBackupNote()
{
    return BundleCommand::tr("This is a full backup of everything this profile holds, including records about "
                             "students that only you may see. It is locked so that only you can open it, with your "
                             "key; to send records to a colleague, use --for PERSON.");
}

QString onlyTheirsNote(const QString &recipient)
{
    return BundleCommand::tr("Only the records %1 may see are in it; the others are sealed placeholders that "
                             "keep the chain of signatures whole. It is locked so that only %1 and you can open it.")
        .arg(recipient);
}

/// Prints each report (words, or collects JSON); true when all imported.
bool printReports(CommandContext &context, const QList<sync::ImportReport> &reports, QJsonArray *json)
{
    bool allImported = true;
    for (const sync::ImportReport &report : reports) {
        allImported = allImported && report.outcome == sync::ImportReport::Outcome::Imported;
        if (context.json()) {
            json->append(sync::BundleReport::toJson(report));
        } else {
            context.out() << sync::BundleReport::text(report) << '\n';
        }
    }
    return allImported;
}

/// What happened to the district policy the bundles carried: one line each
/// and, when taken, what changed. Printed before the import reports.
void printArrivals(CommandContext &context, const QList<sync::PackCarriage::Arrival> &arrivals, QJsonArray *json)
{
    using Outcome = sync::PackCarriage::Arrival::Outcome;
    for (const sync::PackCarriage::Arrival &arrival : arrivals) {
        if (arrival.outcome == Outcome::NoneCarried) {
            continue;
        }
        if (context.json()) {
            const QString outcome = arrival.outcome == Outcome::Adopted    ? QStringLiteral("adopted")
                                    : arrival.outcome == Outcome::NotNewer ? QStringLiteral("not-newer")
                                                                           : QStringLiteral("refused");
            json->append(QJsonObject{{QStringLiteral("outcome"), outcome},
                                     {QStringLiteral("version"), arrival.version},
                                     {QStringLiteral("message"), arrival.line},
                                     {QStringLiteral("changes"), QJsonArray::fromStringList(arrival.changes)}});
            continue;
        }
        context.out() << sync::PackCarriage::text(arrival) << '\n';
    }
}

} // namespace

QString BundleCommand::name() const
{
    return QStringLiteral("bundle");
}

QString BundleCommand::summary() const
{
    return tr("send records to colleagues and take theirs in: sync bundles, by file or a shared folder");
}

QString BundleCommand::synopsis() const
{
    return QStringLiteral("export --to FILE [--for PERSON [--again]] [--since DATE] [--until DATE] | import FILE... "
                          "[--dry-run] [--accept FINGERPRINT] | inspect FILE | sync [--folder DIR] [--profile DIR] "
                          "[--json]");
}

void BundleCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("to"), tr("The bundle file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("for"),
                      tr("Whom it is for: a person (name, e-mail or key fingerprint) you have met or your district's "
                         "policy lists, or anyone's public key (clearline identity show). Only what they may see and "
                         "have not acknowledged goes in, locked so only they and you can open it; without it, the "
                         "bundle is a full backup only you can open."),
                      QStringLiteral("WHO")});
    parser.addOption({QStringLiteral("again"),
                      tr("With --for: put in again everything they may see, also what they had before. For someone "
                         "who has just been given the right to see more, such as a new designee.")});
    parser.addOption({QStringLiteral("since"),
                      tr("Start each person's records at their first one dated on or "
                         "after DATE (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("until"),
                      tr("Stop each person's records before their first one dated "
                         "after DATE (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check the bundles and say what they would add; change "
                                                    "nothing.")});
    parser.addOption({QStringLiteral("accept"),
                      tr("Trust the person with this key fingerprint, new to this profile (repeat for each). "
                         "Compare it with them first."),
                      QStringLiteral("FINGERPRINT")});
    parser.addOption(
        {QStringLiteral("folder"), tr("The shared folder (default: the sync_folder setting)."), QStringLiteral("DIR")});
}

int BundleCommand::run(CommandContext &context) const
{
    const QStringList args = context.positional();
    const QString verb = args.value(0);
    if (verb == QLatin1String("export") && args.size() == 1) {
        return exportBundle(context);
    }
    if (verb == QLatin1String("import") && args.size() > 1) {
        return importBundles(context, args.mid(1));
    }
    if (verb == QLatin1String("inspect") && args.size() == 2) {
        return inspect(context, args.at(1));
    }
    if (verb == QLatin1String("sync") && args.size() == 1) {
        return syncFolder(context);
    }
    return context.usageError(tr("Use 'clearline bundle export --to FILE', 'bundle import FILE…', 'bundle inspect "
                                 "FILE' or 'bundle sync'."));
}

int BundleCommand::exportBundle(CommandContext &context) const
{
    const QCommandLineParser &parser = context.parser();
    const QString file = parser.value(QStringLiteral("to"));
    if (file.isEmpty()) {
        return context.usageError(tr("Say where to write the bundle: --to FILE."));
    }
    sync::ExportChoice choice;
    for (const auto &[option, date] :
         {std::pair(QStringLiteral("since"), &choice.since), std::pair(QStringLiteral("until"), &choice.until)}) {
        if (parser.isSet(option)) {
            *date = QDate::fromString(parser.value(option), Qt::ISODate);
            if (!date->isValid()) {
                return context.usageError(tr("--%1 needs a date as YYYY-MM-DD.").arg(option));
            }
        }
    }
    if (parser.isSet(QStringLiteral("again")) && !parser.isSet(QStringLiteral("for"))) {
        return context.usageError(tr("--again needs --for: say whom to send everything they may see again."));
    }
    QString error;
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    QString packProblem;
    const std::optional<policy::Pack> pack = Session::openPack(context, &packProblem);
    QList<QByteArray> readers;
    if (parser.isSet(QStringLiteral("for"))) {
        const std::optional<ledger::KnownPerson> recipient =
            recipientOf(*writer->ledger, pack, parser.value(QStringLiteral("for")), &error);
        if (!recipient) {
            return context.fail(error);
        }
        readers = {recipient->publicKey};
        // What they acknowledged is left out, unless they are to have it
        // again: what they hold as placeholders then comes whole
        // (docs/privacy.md, "Joining an audience later").
        if (!parser.isSet(QStringLiteral("again"))) {
            choice.peerKeys = readers;
        }
        choice.recipient = recipient->name;
        // Only what this person may see goes whole (app/audience).
        choice.audienceOf = recipient->publicKey;
        choice.audiencePack = pack;
    }
    const bool backup = choice.audienceOf.isEmpty();
    // Locked for the people it is for, whatever way it travels: a backup for
    // its maker alone, a bundle for a colleague for them and its maker.
    const auto result = sync::SealedBundle::write(*writer->ledger, writer->identity, sync::BundleExport::stampOf(pack),
                                                  choice, readers, file, &error);
    if (!result) {
        return context.fail(error);
    }
    if (context.json()) {
        QJsonArray lockedFor{crypto::fingerprint(writer->identity.info().publicKey)};
        for (const QByteArray &key : std::as_const(readers)) {
            lockedFor.append(crypto::fingerprint(key));
        }
        QJsonObject kinds;
        for (auto it = result->kinds.begin(); it != result->kinds.end(); ++it) {
            kinds.insert(it.key(), it.value());
        }
        context.printJson({{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                           {QStringLiteral("revisions"), result->revisions},
                           {QStringLiteral("withheld"), result->withheld},
                           {QStringLiteral("backup"), backup},
                           {QStringLiteral("for"),
                            backup ? QJsonValue(QJsonValue::Null) : QJsonValue(crypto::fingerprint(choice.audienceOf))},
                           {QStringLiteral("note"), backup ? fullBackupNote() : onlyTheirsNote(choice.recipient)},
                           {QStringLiteral("lockedFor"), lockedFor},
                           {QStringLiteral("attachments"), result->attachments},
                           {QStringLiteral("kinds"), kinds},
                           {QStringLiteral("bytes"), result->bytes}});
    } else {
        context.out() << tr("Wrote %1: %2 revisions, %3 attached files, %4 KB.")
                             .arg(QDir::toNativeSeparators(file))
                             .arg(result->revisions)
                             .arg(result->attachments)
                             .arg((result->bytes + 1023) / 1024)
                      << '\n'
                      << (backup ? fullBackupNote() : onlyTheirsNote(choice.recipient)) << '\n';
    }
    return Success;
}

int BundleCommand::importBundles(CommandContext &context, const QStringList &files) const
{
    QString error;
    const auto ledger = Session::openLedger(context, ledger::Database::Mode::ReadWrite, &error);
    if (!ledger) {
        return context.fail(error);
    }
    sync::ImportOptions options;
    options.dryRun = context.parser().isSet(QStringLiteral("dry-run"));
    options.accepted = context.parser().values(QStringLiteral("accept"));
    QString packProblem;
    options.pack = Session::openPack(context, &packProblem);
    // A locked bundle opens only with the person's key (and passphrase).
    std::optional<crypto::Identity> identity;
    QString identityProblem;
    if (std::any_of(files.begin(), files.end(), [](const QString &f) { return crypto::SealedFile::looksSealed(f); })) {
        identity = Session::openIdentity(context, &identityProblem);
    }
    QList<sync::ImportReport> done;
    QList<sync::PackCarriage::Arrival> arrivals;
    for (const QString &file : files) {
        // A sealed bundle is opened first (with the person's key); the pack it
        // carries is taken before its records, so that they are checked under
        // the policy that lists their signers.
        sync::SealedBundle::Problem problem = sync::SealedBundle::Problem::None;
        QString openError;
        const auto plain = sync::SealedBundle::open(file, identity ? &identity->key() : nullptr, &problem, &openError);
        if (!plain) {
            sync::ImportReport refused;
            refused.file = file;
            refused.problem = openError.isEmpty() ? identityProblem : openError;
            done.append(refused);
            continue;
        }
        sync::BundleReader peek(plain->path);
        QString unreadable;
        if (!options.dryRun && peek.open(&unreadable)) {
            arrivals.append(sync::PackCarriage::receive(context.profile(), peek.manifest().pack));
            if (arrivals.constLast().outcome == sync::PackCarriage::Arrival::Outcome::Adopted) {
                options.pack = Session::openPack(context, &packProblem);
            }
        }
        sync::ImportReport report = sync::BundleImport::run(*ledger, plain->path, options);
        report.file = file;
        done.append(report);
    }
    QJsonArray policy;
    printArrivals(context, arrivals, &policy);
    QJsonArray reports;
    const bool allImported = printReports(context, done, &reports);
    if (context.json()) {
        context.printJson({{QStringLiteral("ok"), allImported},
                           {QStringLiteral("bundles"), reports},
                           {QStringLiteral("policy"), policy}});
    }
    return allImported ? Success : Failure;
}

int BundleCommand::inspect(CommandContext &context, const QString &file) const
{
    QString error;
    std::optional<crypto::Identity> identity;
    if (crypto::SealedFile::looksSealed(file)) {
        identity = Session::openIdentity(context, &error);
        if (!identity) {
            return context.fail(error);
        }
    }
    sync::SealedBundle::Problem problem = sync::SealedBundle::Problem::None;
    const auto plain = sync::SealedBundle::open(file, identity ? &identity->key() : nullptr, &problem, &error);
    if (!plain) {
        return context.fail(error);
    }
    sync::BundleReader reader(plain->path);
    if (!reader.open(&error)) {
        return context.fail(error);
    }
    const sync::BundleCheck check = sync::BundleReport::checkSignatures(reader);
    if (context.json()) {
        QJsonObject object = reader.manifest().toJson();
        object.insert(QStringLiteral("file"), QFileInfo(file).absoluteFilePath());
        object.insert(QStringLiteral("sha256"), reader.fileSha256());
        object.insert(QStringLiteral("signaturesValid"), check.problem.isEmpty());
        if (!check.problem.isEmpty()) {
            object.insert(QStringLiteral("problem"), check.problem);
        }
        context.printJson(object);
    } else {
        context.out() << sync::BundleReport::describe(reader.manifest(), check) << '\n';
    }
    return check.problem.isEmpty() ? Success : Failure;
}

int BundleCommand::syncFolder(CommandContext &context) const
{
    const core::Settings settings(context.profile());
    const QString folder = context.parser().isSet(QStringLiteral("folder"))
                               ? context.parser().value(QStringLiteral("folder"))
                               : settings.syncFolder();
    if (folder.isEmpty()) {
        return context.usageError(tr("No shared folder is set. Name one with --folder DIR, or set it with "
                                     "'clearline settings set sync_folder DIR'."));
    }
    QString error;
    std::optional<Session::Writer> writer = Session::openWriter(context, &error);
    if (!writer) {
        return context.fail(error);
    }
    const QList<sync::PackCarriage::Arrival> arrivals = sync::PackCarriage::receiveFromFolder(
        context.profile(), folder, writer->identity.info().publicKey, &writer->identity.key());
    QString packProblem;
    const std::optional<policy::Pack> pack = Session::openPack(context, &packProblem);
    const auto round = sync::FolderSync::run(*writer->ledger, writer->identity.info().publicKey, &writer->identity,
                                             pack, folder, QDateTime::currentDateTimeUtc(), &error);
    if (!round) {
        return context.fail(error);
    }
    QJsonArray policy;
    printArrivals(context, arrivals, &policy);
    QJsonArray reports;
    const bool allImported = printReports(context, round->imported, &reports);
    if (context.json()) {
        context.printJson({{QStringLiteral("ok"), allImported},
                           {QStringLiteral("policy"), policy},
                           {QStringLiteral("bundles"), reports},
                           {QStringLiteral("waiting"), QJsonArray::fromStringList(round->waitingFiles)},
                           {QStringLiteral("written"), QJsonArray::fromStringList(round->written)},
                           {QStringLiteral("sent"), round->sent.revisions},
                           {QStringLiteral("removedUnsealedBundle"), round->removedPlainBundle}});
    } else {
        for (const QString &waiting : round->waitingFiles) {
            context.out() << tr("%1 is still being copied in; it will be read next time.").arg(waiting) << '\n';
        }
        if (round->removedPlainBundle) {
            context.out() << tr("Removed your unlocked bundle left in the folder by an earlier ClearLine: anyone who "
                                "could open the folder could read it.")
                          << '\n';
        }
        context.out() << (round->written.isEmpty()
                              ? tr("Your bundles in the folder are up to date.")
                              : tr("Wrote %n bundle(s), each locked for the one person it is for (%1 revisions).",
                                   nullptr, int(round->written.size()))
                                    .arg(round->sent.revisions))
                      << '\n';
    }
    return allImported ? Success : Failure;
}

} // namespace clearline::cli
