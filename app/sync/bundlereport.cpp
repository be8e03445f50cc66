// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/bundlereport.h"

#include "records/recordkinds.h"

#include "core/zonedtime.h"
#include "crypto/digest.h"
#include "sync/bundlereader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QStringList>

namespace clearline::sync {

namespace {

QString personText(const ledger::KnownPerson &person)
{
    return person.email.isEmpty()
               ? QStringLiteral("%1  %2").arg(person.name, crypto::fingerprint(person.publicKey))
               : QStringLiteral("%1 <%2>  %3").arg(person.name, person.email, crypto::fingerprint(person.publicKey));
}

QJsonObject personJson(const ledger::KnownPerson &person)
{
    return {{QStringLiteral("name"), person.name},
            {QStringLiteral("email"), person.email},
            {QStringLiteral("school"), person.school},
            {QStringLiteral("fingerprint"), crypto::fingerprint(person.publicKey)},
            {QStringLiteral("source"), person.source}};
}

QString outcomeName(ImportReport::Outcome outcome)
{
    switch (outcome) {
    case ImportReport::Outcome::Imported:
        return QStringLiteral("imported");
    case ImportReport::Outcome::NeedsAcceptance:
        return QStringLiteral("needs-acceptance");
    case ImportReport::Outcome::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

} // namespace

QString BundleReport::kindCounts(const QMap<QString, qint64> &kinds)
{
    QStringList parts;
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        //: A kind of record and how many there are: "Contact log entry: 3"
        parts.append(tr("%1: %2").arg(records::RecordKinds::name(it.key())).arg(it.value()));
    }
    return parts.isEmpty() ? tr("nothing") : parts.join(QStringLiteral(", "));
}

QString BundleReport::text(const ImportReport &report, bool commandLine)
{
    QStringList lines;
    const QString name = QFileInfo(report.file).fileName();
    if (report.manifest) {
        lines.append(tr("%1, from %2, made %3")
                         .arg(name, personText(report.manifest->exporter),
                              report.manifest->created.toTimeZone(core::readingZone())
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm t"))));
    } else {
        lines.append(name);
    }
    if (report.outcome == ImportReport::Outcome::Refused) {
        lines.append(tr("  Refused: %1").arg(report.problem));
        lines.append(tr("  Nothing was changed."));
        return lines.join(QLatin1Char('\n'));
    }
    const QString newLine = report.dryRun ? tr("  Would add: %1") : tr("  New: %1");
    lines.append(newLine.arg(kindCounts(report.newByKind)));
    if (report.newAttachments > 0) {
        lines.append(tr("  New attached files: %1").arg(report.newAttachments));
    }
    lines.append(tr("  Already here: %1").arg(report.alreadyThere));
    if (report.withheld > 0) {
        lines.append(
            tr("  Not for you (sealed placeholders that keep the chain of signatures whole): %1").arg(report.withheld));
    }
    for (const ledger::KnownPerson &person : report.newPeople) {
        lines.append(person.source == QLatin1String("pack")
                         ? tr("  New person, listed in the district's pack: %1").arg(personText(person))
                         : tr("  New person, accepted: %1").arg(personText(person)));
    }
    for (const ConflictNote &conflict : report.conflicts) {
        lines.append(tr("  Two versions of \"%1\" now exist (record %2). Both are kept, and its history shows both; "
                        "the person who made it can correct it to settle which stands.")
                         .arg(conflict.title, conflict.recordId.left(8)));
    }
    for (const FutureNote &future : report.futureDated) {
        lines.append(
            tr("  A change to \"%1\" (record %2) is dated %3, in the future: its author's computer clock is "
               "wrong. It is kept with that date; which version counts does not depend on dates.")
                .arg(future.title, future.recordId.left(8),
                     future.created.toTimeZone(core::readingZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm t"))));
    }
    if (report.otherPack) {
        lines.append(tr("  The sender works under another district's policy."));
    }
    for (const NameChange &change : report.nameChanges) {
        const QString was = tr("%1 <%2>").arg(change.oldName, change.oldEmail);
        const QString now = tr("%1 <%2>").arg(change.newName, change.newEmail);
        const QString fingerprint = crypto::fingerprint(change.publicKey);
        if (change.borrowed) {
            lines.append(tr("  %1 (%2) now gives the name %3, which is someone else's that ClearLine knows. It was "
                            "not taken: their records keep the name %1.")
                             .arg(was, fingerprint, now));
        } else if (change.taken) {
            lines.append(tr("  %1 (%2) is now called %3, as you accepted.").arg(was, fingerprint, now));
        } else {
            lines.append(tr("  %1 (%2) now gives the name %3. Their records keep the name %1 until you accept the "
                            "new one: import again with --accept %2.")
                             .arg(was, fingerprint, now));
        }
    }
    if (!report.waiting.isEmpty() && !commandLine) {
        QStringList names;
        for (const ledger::KnownPerson &person : report.waiting) {
            const QString known = report.newKeyOf.value(person.publicKey);
            names.append(known.isEmpty() ? person.name : tr("a new key for %1").arg(known));
        }
        lines.append(tr("  Waits for you to accept: %1").arg(names.join(QStringLiteral(", "))));
    } else if (!report.waiting.isEmpty()) {
        lines.append(tr("  Waiting: these people are new to this profile. Compare each fingerprint with the person "
                        "(in person or by phone), then import again with --accept FINGERPRINT:"));
        for (const ledger::KnownPerson &person : report.waiting) {
            const QString known = report.newKeyOf.value(person.publicKey);
            lines.append(QStringLiteral("    ") + personText(person) +
                         (known.isEmpty() ? QString() : tr(" — a new key for %1").arg(known)));
        }
    }
    if (!report.waiting.isEmpty() && !report.dryRun) {
        lines.append(tr("  Nothing was changed."));
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject BundleReport::toJson(const ImportReport &report)
{
    QJsonObject kinds;
    for (auto it = report.newByKind.begin(); it != report.newByKind.end(); ++it) {
        kinds.insert(it.key(), it.value());
    }
    QJsonArray newPeople;
    for (const ledger::KnownPerson &person : report.newPeople) {
        newPeople.append(personJson(person));
    }
    QJsonArray waiting;
    for (const ledger::KnownPerson &person : report.waiting) {
        QJsonObject object = personJson(person);
        if (const QString known = report.newKeyOf.value(person.publicKey); !known.isEmpty()) {
            object.insert(QStringLiteral("newKeyFor"), known);
        }
        waiting.append(object);
    }
    QJsonArray nameChanges;
    for (const NameChange &change : report.nameChanges) {
        nameChanges.append(QJsonObject{{QStringLiteral("fingerprint"), crypto::fingerprint(change.publicKey)},
                                       {QStringLiteral("name"), change.oldName},
                                       {QStringLiteral("email"), change.oldEmail},
                                       {QStringLiteral("newName"), change.newName},
                                       {QStringLiteral("newEmail"), change.newEmail},
                                       {QStringLiteral("borrowed"), change.borrowed},
                                       {QStringLiteral("taken"), change.taken}});
    }
    QJsonArray conflicts;
    for (const ConflictNote &conflict : report.conflicts) {
        conflicts.append(QJsonObject{{QStringLiteral("record"), conflict.recordId},
                                     {QStringLiteral("title"), conflict.title},
                                     {QStringLiteral("revision"), conflict.revisionId},
                                     {QStringLiteral("competesWith"), conflict.competesWith}});
    }
    QJsonArray future;
    for (const FutureNote &note : report.futureDated) {
        future.append(QJsonObject{{QStringLiteral("revision"), note.revisionId},
                                  {QStringLiteral("title"), note.title},
                                  {QStringLiteral("record"), note.recordId},
                                  {QStringLiteral("created"), ledger::Revision::timeText(note.created)}});
    }
    QJsonObject object{{QStringLiteral("file"), QFileInfo(report.file).absoluteFilePath()},
                       {QStringLiteral("outcome"), outcomeName(report.outcome)},
                       {QStringLiteral("dryRun"), report.dryRun},
                       {QStringLiteral("new"), kinds},
                       {QStringLiteral("newRevisions"), report.newRevisions},
                       {QStringLiteral("newAttachments"), report.newAttachments},
                       {QStringLiteral("alreadyThere"), report.alreadyThere},
                       {QStringLiteral("withheld"), report.withheld},
                       {QStringLiteral("newPeople"), newPeople},
                       {QStringLiteral("waiting"), waiting},
                       {QStringLiteral("nameChanges"), nameChanges},
                       {QStringLiteral("conflicts"), conflicts},
                       {QStringLiteral("futureDated"), future},
                       {QStringLiteral("otherPack"), report.otherPack}};
    if (report.manifest) {
        object.insert(QStringLiteral("from"), personJson(report.manifest->exporter));
    }
    if (!report.problem.isEmpty()) {
        object.insert(QStringLiteral("problem"), report.problem);
    }
    if (!report.revisionId.isEmpty()) {
        object.insert(QStringLiteral("revision"), report.revisionId);
    }
    return object;
}

BundleCheck BundleReport::checkSignatures(BundleReader &reader)
{
    BundleCheck check;
    std::optional<ledger::Revision> revision;
    std::optional<BundleAttachment> attachment;
    for (;;) {
        switch (reader.next(&revision, &attachment, &check.problem)) {
        case BundleReader::Item::End:
            if (check.revisions != reader.manifest().revisions || check.attachments != reader.manifest().attachments) {
                check.problem = tr("it holds %1 revisions and %2 files, not the %3 and %4 its manifest lists")
                                    .arg(check.revisions)
                                    .arg(check.attachments)
                                    .arg(reader.manifest().revisions)
                                    .arg(reader.manifest().attachments);
            }
            return check;
        case BundleReader::Item::Failed:
            return check;
        case BundleReader::Item::Attachment:
            ++check.attachments;
            break;
        case BundleReader::Item::Line: // next() parses every line
            break;
        case BundleReader::Item::Revision:
            ++check.revisions;
            if (!revision->hashMatches() || !revision->signatureValid()) {
                check.problem = tr("revision %1 was changed after it was signed").arg(revision->id);
                return check;
            }
            break;
        }
    }
}

QString BundleReport::describe(const Manifest &manifest, const BundleCheck &check)
{
    QStringList lines;
    lines.append(tr("From:       %1").arg(personText(manifest.exporter)));
    if (!manifest.recipient.isEmpty()) {
        lines.append(tr("For:        %1").arg(manifest.recipient));
    }
    lines.append(
        tr("Made:       %1 with %2")
            .arg(manifest.created.toTimeZone(core::readingZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm t")),
                 manifest.application));
    if (manifest.pack) {
        lines.append(tr("Policy:     %1, adopted %2").arg(manifest.pack->district, manifest.pack->adopted));
    }
    lines.append(tr("Revisions:  %1 (%2)").arg(manifest.revisions).arg(kindCounts(manifest.kinds)));
    lines.append(tr("Files:      %1").arg(manifest.attachments));
    lines.append(tr("Signed by:"));
    for (const ledger::KnownPerson &person : manifest.keys) {
        lines.append(QStringLiteral("  ") + personText(person));
    }
    lines.append(check.problem.isEmpty() ? tr("Every signature checks out.") : tr("Problem: %1").arg(check.problem));
    return lines.join(QLatin1Char('\n'));
}

} // namespace clearline::sync
