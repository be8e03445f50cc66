// SPDX-License-Identifier: GPL-3.0-or-later
//
// Sync bundles one at a time: what a bundle carries, that importing is
// idempotent, that people new to a profile wait to be accepted, and that
// every kind of tampering is refused with nothing changed. Conflicts keep
// both versions; a wrong clock orders nothing; a shared folder never reads
// a half-copied bundle as a real one.

#include "../requests/packanswers.h"
#include "bundlesmith.h"
#include "testprofile.h"

#include "crypto/digest.h"
#include "ledger/syncstore.h"
#include "sync/bundleexport.h"
#include "sync/bundleimport.h"
#include "sync/bundlereader.h"
#include "sync/bundlereport.h"
#include "sync/foldersync.h"
#include "sync/sealedbundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace clearline;

namespace {

using Outcome = sync::ImportReport::Outcome;

/// What a test compares before and after a refused import.
struct Snapshot
{
    ledger::LedgerStats stats;
    qsizetype people = 0;
    qsizetype peers = 0;

    static Snapshot of(ledger::Ledger &ledger)
    {
        ledger::SyncStore store(ledger);
        return {ledger.stats(), ledger.people().size(), store.peers().size()};
    }
    bool operator==(const Snapshot &other) const
    {
        return stats.revisions == other.stats.revisions && stats.records == other.stats.records &&
               stats.attachments == other.stats.attachments && people == other.people && peers == other.peers;
    }
};

/// The same person on another computer: a key of its own, the same person.
struct SecondComputer
{
    QTemporaryDir dir;
    core::Profile profile = core::Profile::inDirectory(dir.filePath(QStringLiteral("profile")));
    std::optional<crypto::Identity> identity;
    std::unique_ptr<ledger::Ledger> ledger;

    explicit SecondComputer(const test::TestProfile &first)
    {
        QString error;
        const crypto::IdentityInfo &info = first.identity->info();
        ledger = ledger::Ledger::open(profile, ledger::Database::Mode::ReadWrite, &error);
        if (!ledger || !crypto::Identity::create(profile, {info.name, info.email, {}, {}},
                                                 test::fixedPassphrase(test::kPassphrase), &error)) {
            qFatal("%s", qPrintable(error));
        }
        // Set up as the same person (a profile made from their identity).
        const QString file = QDir(profile.dataDirectory()).filePath(QStringLiteral("identity.json"));
        QJsonObject json = QJsonDocument::fromJson(test::readFile(file)).object();
        json.insert(QStringLiteral("personId"), info.personId);
        test::writeFile(file, QJsonDocument(json).toJson());
        identity = crypto::Identity::open(profile, test::fixedPassphrase(test::kPassphrase), &error);
        if (!identity || !ledger->trustKey(identity->info(), QStringLiteral("self"), &error) ||
            !ledger->trustKey(info, QStringLiteral("accepted"), &error)) {
            qFatal("%s", qPrintable(error));
        }
        // The first computer's key hands the person's records over to this
        // one's, so that either may correct them.
        const QJsonObject handover{
            {QStringLiteral("newKey"), QString::fromLatin1(identity->info().publicKey.toBase64())}};
        if (!first.ledger->submit(*first.identity, {ledger::SyncStore::kKeyHandoverKind, {}, {}, {}, handover, {}},
                                  &error)) {
            qFatal("%s", qPrintable(error));
        }
    }
};

/// A sender with three memos (one corrected, one with a file) and a
/// receiver who has accepted the sender's key.
/// How many of an author's revisions a ledger holds, whole or as the
/// placeholders of records it may not see.
qint64 heldOf(ledger::Ledger &ledger, const QByteArray &author)
{
    for (const ledger::AuthorHead &head : ledger::SyncStore(ledger).heads()) {
        if (head.authorKey == author) {
            return head.count;
        }
    }
    return 0;
}

struct Pair
{
    test::TestProfile sender{QStringLiteral("Sam Sender")};
    test::TestProfile receiver{QStringLiteral("Rae Receiver")};
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("sam.clbundle"));
    ledger::Revision first;

    Pair()
    {
        QString error;
        first = sender.submit({{QStringLiteral("title"), QStringLiteral("Trip to Boston")},
                               {QStringLiteral("text"), QStringLiteral("The bus leaves at seven.")}});
        const QString attachmentPath = dir.filePath(QStringLiteral("roster.txt"));
        test::writeFile(attachmentPath, "Ana, Ben, Cy\n");
        const auto attachment = sender.ledger->addAttachment(attachmentPath, &error);
        sender.submit({{QStringLiteral("title"), QStringLiteral("Roster")},
                       {QStringLiteral("text"), QStringLiteral("Who goes.")},
                       {QStringLiteral("attachments"), QJsonArray{attachment->toJson()}}});
        correct(sender, first.recordId, QStringLiteral("The bus leaves at eight."));
        if (!receiver.ledger->trustKey(sender.identity->info(), QStringLiteral("accepted"), &error)) {
            qFatal("%s", qPrintable(error));
        }
    }

    static ledger::Revision correct(test::TestProfile &who, const QString &recordId, const QString &text)
    {
        return correct(*who.ledger, *who.identity, recordId, text);
    }

    static ledger::Revision correct(ledger::Ledger &ledger, const crypto::Identity &identity, const QString &recordId,
                                    const QString &text)
    {
        QString error;
        const auto head = ledger.record(recordId)->headRevision;
        const auto saved = ledger.submit(
            identity,
            {QStringLiteral("memo"),
             recordId,
             head,
             QStringLiteral("new time"),
             {{QStringLiteral("title"), QStringLiteral("Trip to Boston")}, {QStringLiteral("text"), text}},
             {}},
            &error);
        if (!saved) {
            qFatal("%s", qPrintable(error));
        }
        return *saved;
    }

    bool exportAll(const sync::ExportChoice &choice = {})
    {
        QString error;
        const bool ok =
            sync::BundleExport::write(*sender.ledger, *sender.identity, {}, choice, file, &error).has_value();
        if (!ok) {
            qWarning("%s", qPrintable(error));
        }
        return ok;
    }

    sync::ImportReport importInto(const sync::ImportOptions &options = {})
    {
        return sync::BundleImport::run(*receiver.ledger, file, options);
    }

    /// Imports `file` and checks it was refused, that the report says why
    /// in words containing `why`, and that the receiver is as it was.
    void expectRefused(const QString &why, const QString &revisionId = {})
    {
        const Snapshot before = Snapshot::of(*receiver.ledger);
        const sync::ImportReport report = importInto();
        QCOMPARE(int(report.outcome), int(Outcome::Refused));
        QVERIFY2(report.problem.contains(why), qPrintable(report.problem));
        if (!revisionId.isEmpty()) {
            QCOMPARE(report.revisionId, revisionId);
        }
        QVERIFY(Snapshot::of(*receiver.ledger) == before);
        QVERIFY(receiver.ledger->verify().ok());
    }
};

/// Gives a profile another name and e-mail, as editing its identity would.
void rename(test::TestProfile &who, const QString &name, const QString &email)
{
    const QString file = who.profile.dataDirectory() + QStringLiteral("/identity.json");
    QJsonObject json = QJsonDocument::fromJson(test::readFile(file)).object();
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("email"), email);
    test::writeFile(file, QJsonDocument(json).toJson());
    QString error;
    who.identity = crypto::Identity::open(who.profile, test::fixedPassphrase(test::kPassphrase), &error);
    if (!who.identity) {
        qFatal("%s", qPrintable(error));
    }
}

/// The name a ledger keeps for a person's key.
QString nameIn(const ledger::Ledger &ledger, const test::TestProfile &who)
{
    for (const ledger::KnownPerson &person : ledger.people()) {
        if (person.publicKey == who.identity->info().publicKey) {
            return person.name;
        }
    }
    return {};
}

} // namespace

class TestBundles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBundleCarriesRevisionsFilesAndKeys()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        sync::BundleReader reader(pair.file);
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        QCOMPARE(reader.manifest().revisions, 3);
        QCOMPARE(reader.manifest().attachments, 1);
        QCOMPARE(reader.manifest().kinds.value(QStringLiteral("memo")), 3);
        QCOMPARE(reader.manifest().exporter.name, QStringLiteral("Sam Sender"));
        QCOMPARE(reader.manifest().chains.size(), 1);
        QVERIFY(reader.manifest().chains.constFirst().after.isEmpty());

        const sync::ImportReport report = pair.importInto();
        QCOMPARE(int(report.outcome), int(Outcome::Imported));
        QCOMPARE(report.newRevisions, 3);
        QCOMPARE(report.newAttachments, 1);
        QCOMPARE(report.newByKind.value(QStringLiteral("memo")), 3);
        QVERIFY(pair.receiver.ledger->verify().ok());
        QCOMPARE(pair.receiver.ledger->record(pair.first.recordId)->headRevision,
                 pair.sender.ledger->record(pair.first.recordId)->headRevision);
    }

    void aStoredRevisionMakesTheSameLineAsAParsedOne()
    {
        Pair pair;
        QString error;
        int same = 0;
        ledger::SyncStore(*pair.sender.ledger)
            .forEachStoredRevision(
                [&](qint64, const ledger::Revision &stored, const QString &payload) {
                    const ledger::Revision parsed = *pair.sender.ledger->revision(stored.id);
                    same +=
                        sync::BundleLine::fromStoredRevision(stored, payload) == sync::BundleLine::fromRevision(parsed);
                    return true;
                },
                &error);
        QCOMPARE(same, 3);
    }

    void importingTwiceAddsEachRevisionOnce()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        QCOMPARE(pair.importInto().newRevisions, 3);
        const sync::ImportReport again = pair.importInto();
        QCOMPARE(int(again.outcome), int(Outcome::Imported));
        QCOMPARE(again.newRevisions, 0);
        QCOMPARE(again.alreadyThere, 3);
        QCOMPARE(pair.receiver.ledger->stats().revisions, 3);
    }

    void aDryRunChangesNothing()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        sync::ImportOptions options;
        options.dryRun = true;
        const Snapshot before = Snapshot::of(*pair.receiver.ledger);
        const sync::ImportReport report = pair.importInto(options);
        QCOMPARE(int(report.outcome), int(Outcome::Imported));
        QCOMPARE(report.newRevisions, 3);
        QVERIFY(Snapshot::of(*pair.receiver.ledger) == before);
    }

    void aPersonNewToTheProfileWaitsToBeAccepted()
    {
        test::TestProfile sender(QStringLiteral("Nia New"));
        test::TestProfile receiver(QStringLiteral("Rae Receiver"));
        sender.submit({{QStringLiteral("title"), QStringLiteral("Hello")}});
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("nia.clbundle"));
        QString error;
        QVERIFY(sync::BundleExport::write(*sender.ledger, *sender.identity, {}, {}, file, &error));

        const sync::ImportReport waiting = sync::BundleImport::run(*receiver.ledger, file, {});
        QCOMPARE(int(waiting.outcome), int(Outcome::NeedsAcceptance));
        QCOMPARE(waiting.waiting.size(), 1);
        QCOMPARE(waiting.waiting.constFirst().name, QStringLiteral("Nia New"));
        QCOMPARE(receiver.ledger->stats().revisions, 0);

        sync::ImportOptions options;
        options.accepted = {sender.identity->info().fingerprint()};
        const sync::ImportReport accepted = sync::BundleImport::run(*receiver.ledger, file, options);
        QCOMPARE(int(accepted.outcome), int(Outcome::Imported));
        QCOMPARE(accepted.newPeople.size(), 1);
        QCOMPARE(receiver.ledger->stats().revisions, 1);
        QVERIFY(receiver.ledger->verify().ok());
    }

    void aKeyTheDistrictPackListsIsAcceptedWithoutAsking()
    {
        test::TestProfile principal(QStringLiteral("Rita Principal"));
        test::TestProfile teacher(QStringLiteral("Tess Teacher"));
        principal.submit({{QStringLiteral("title"), QStringLiteral("Staff meeting")}});
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rita.clbundle"));
        QString error;
        QVERIFY(sync::BundleExport::write(*principal.ledger, *principal.identity, {}, {}, file, &error));
        sync::ImportOptions options;
        options.pack = test::loadPack(QStringLiteral("wilmington"));
        options.pack->roles.first().holders.append(
            {QStringLiteral("Rita Principal"), {}, {}, principal.identity->info().publicKey});
        const sync::ImportReport report = sync::BundleImport::run(*teacher.ledger, file, options);
        QCOMPARE(int(report.outcome), int(Outcome::Imported));
        QCOMPARE(report.newPeople.constFirst().source, QStringLiteral("pack"));
    }

    void exportSendsOnlyWhatThePeerHasNotAcknowledged()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        QCOMPARE(pair.importInto().newRevisions, 3);
        // The receiver's bundle back tells the sender what it holds.
        QString error;
        const QString back = pair.dir.filePath(QStringLiteral("rae.clbundle"));
        QVERIFY(sync::BundleExport::write(*pair.receiver.ledger, *pair.receiver.identity, {}, {}, back, &error));
        pair.sender.ledger->trustKey(pair.receiver.identity->info(), QStringLiteral("accepted"), &error);
        QCOMPARE(int(sync::BundleImport::run(*pair.sender.ledger, back, {}).outcome), int(Outcome::Imported));

        Pair::correct(pair.sender, pair.first.recordId, QStringLiteral("The bus leaves at nine."));
        sync::ExportChoice choice;
        choice.peerKeys = {pair.receiver.identity->info().publicKey};
        QVERIFY(pair.exportAll(choice));
        sync::BundleReader reader(pair.file);
        QVERIFY(reader.open(&error));
        QCOMPARE(reader.manifest().revisions, 1);
        QVERIFY(!reader.manifest().chains.constFirst().after.isEmpty());
        const sync::ImportReport report = pair.importInto();
        QCOMPARE(report.newRevisions, 1);
        QVERIFY(pair.receiver.ledger->verify().ok());
    }

    void aBundleThatContinuesMissingRevisionsSaysSo()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        // Only the newest revision, to someone who has none of the earlier:
        // not tampering, but it cannot fit, and the report says what to do.
        test::BundleParts parts = test::takeApart(pair.file);
        parts.lines = {parts.lines.constLast()};
        std::optional<ledger::Revision> revision;
        std::optional<sync::BundleAttachment> attachment;
        QString error;
        QVERIFY(sync::BundleLine::parse(parts.lines.constFirst(), &revision, &attachment, &error));
        parts.manifest.revisions = 1;
        parts.manifest.attachments = 0;
        parts.manifest.kinds = {{QStringLiteral("memo"), 1}};
        parts.manifest.chains = {{revision->authorKey, revision->prevHash, revision->hash, 1}};
        test::putTogether(pair.file, parts, pair.sender.identity->key());
        pair.expectRefused(QStringLiteral("continues from revisions this profile has not received yet"));
    }

    // --- tampering: each refused, nothing changed --------------------------

    void aChangedByteInThePayloadIsRefused()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        QByteArray content = test::readFile(pair.file);
        content[content.size() - 40] = char(content.at(content.size() - 40) ^ 0x01);
        test::writeFile(pair.file, content);
        pair.expectRefused(QStringLiteral("changed after it was made"));
    }

    void aRevisionChangedAfterSigningIsRefusedByName()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        test::BundleParts parts = test::takeApart(pair.file);
        // The exporter itself rewrites the memo and signs the bundle again:
        // the author's signature over the revision still gives it away.
        QByteArray &line = parts.lines.first();
        QVERIFY(line.contains("The bus leaves at seven."));
        line.replace("The bus leaves at seven.", "The bus leaves at eleven");
        test::putTogether(pair.file, parts, pair.sender.identity->key());
        pair.expectRefused(QStringLiteral("was changed after it was signed"), pair.first.id);
    }

    void aRevisionDroppedFromTheMiddleOfAChainIsRefused()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        test::BundleParts parts = test::takeApart(pair.file);
        // Lines: memo 1, attachment, memo 2, correction of memo 1.
        QCOMPARE(parts.lines.size(), 4);
        std::optional<ledger::Revision> dropped, kept;
        std::optional<sync::BundleAttachment> attachment;
        QString error;
        QVERIFY(sync::BundleLine::parse(parts.lines.at(2), &dropped, &attachment, &error));
        QVERIFY(sync::BundleLine::parse(parts.lines.at(3), &kept, &attachment, &error));
        parts.lines.removeAt(2);
        // The manifest is made to agree, and signed: the chain still tells.
        parts.manifest.revisions = 2;
        parts.manifest.kinds = {{QStringLiteral("memo"), 2}};
        parts.manifest.chains.first().count = 2;
        test::putTogether(pair.file, parts, pair.sender.identity->key());
        pair.expectRefused(QStringLiteral("A revision is missing before revision"), kept->id);
    }

    void aSignatureFromAnUnknownKeyIsRefused()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        test::BundleParts parts = test::takeApart(pair.file);
        // A stranger's revision, validly signed by the stranger, slipped in.
        test::TestProfile stranger(QStringLiteral("Stan Stranger"));
        const ledger::Revision theirs = stranger.submit({{QStringLiteral("title"), QStringLiteral("Not Sam's")}});
        parts.lines.append(sync::BundleLine::fromRevision(theirs));
        parts.manifest.revisions += 1;
        parts.manifest.kinds[QStringLiteral("memo")] += 1;
        parts.manifest.chains.append({theirs.authorKey, {}, theirs.hash, 1});
        test::putTogether(pair.file, parts, pair.sender.identity->key());
        pair.expectRefused(QStringLiteral("signed by a key that neither this profile nor the bundle knows"), theirs.id);
    }

    void aForgedSignatureIsRefused()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        test::BundleParts parts = test::takeApart(pair.file);
        // Signed by the stranger, but naming Sam's key.
        const crypto::SigningKey stranger = crypto::SigningKey::generate();
        std::optional<ledger::Revision> revision;
        std::optional<sync::BundleAttachment> attachment;
        QString error;
        QVERIFY(sync::BundleLine::parse(parts.lines.first(), &revision, &attachment, &error));
        revision->signature = stranger.sign(revision->hash);
        parts.lines.first() = sync::BundleLine::fromRevision(*revision);
        test::putTogether(pair.file, parts, pair.sender.identity->key());
        pair.expectRefused(QStringLiteral("does not carry a valid signature of its author"), revision->id);
    }

    void aManifestSignedByAnotherKeyIsRefused()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        test::putTogether(pair.file, test::takeApart(pair.file), crypto::SigningKey::generate());
        pair.expectRefused(QStringLiteral("does not carry a valid signature of the person it names"));
    }

    void aTruncatedFileIsRefused()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        const QByteArray content = test::readFile(pair.file);
        test::writeFile(pair.file, content.left(content.size() - 100));
        pair.expectRefused(QStringLiteral("cut short"));
        test::writeFile(pair.file, content.left(content.indexOf('\n') + 20));
        pair.expectRefused(QStringLiteral("cut short"));
        test::writeFile(pair.file, {});
        pair.expectRefused(QStringLiteral("not a ClearLine bundle"));
    }

    void aBundleFromANewerVersionAsksToUpdate()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        test::BundleParts parts = test::takeApart(pair.file);
        parts.formatLine = "CLEARLINE BUNDLE 2";
        parts.manifest.format = 2;
        test::putTogether(pair.file, parts, pair.sender.identity->key());
        pair.expectRefused(QStringLiteral("newer version of ClearLine"));
        pair.expectRefused(QStringLiteral("Update ClearLine"));
    }

    void aCompressionBombIsStoppedEarly()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        test::BundleParts parts = test::takeApart(pair.file);
        // 256 MB of spaces squeezed into a few kilobytes, with a manifest
        // that declares the real line sizes…
        parts.lines.append(QByteArray(256 * 1024 * 1024, ' '));
        test::putTogether(pair.file, parts, pair.sender.identity->key());
        pair.expectRefused(QStringLiteral("more than any real bundle does"));
        // …or that declares a modest size and lets it grow beyond.
        test::putTogether(pair.file, parts, pair.sender.identity->key(),
                          [](sync::Manifest &manifest) { manifest.textBytes = 100 * manifest.payloadBytes; });
        pair.expectRefused(QStringLiteral("expand beyond"));
    }

    void aManifestThatLiesIsRefused()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        test::BundleParts parts = test::takeApart(pair.file);
        parts.manifest.kinds = {{QStringLiteral("memo"), 2}, {QStringLiteral("request"), 1}};
        test::putTogether(pair.file, parts, pair.sender.identity->key());
        pair.expectRefused(QStringLiteral("does not hold what its manifest lists"));

        parts = test::takeApart(pair.file);
        parts.manifest.kinds = {{QStringLiteral("memo"), 3}};
        parts.manifest.revisions = 2;
        test::putTogether(pair.file, parts, pair.sender.identity->key());
        pair.expectRefused(QStringLiteral("does not hold what its manifest lists"));

        // The checksum of a different payload.
        parts.manifest.revisions = 3;
        test::putTogether(pair.file, parts, pair.sender.identity->key(),
                          [](sync::Manifest &manifest) { manifest.payloadSha256 = QByteArray(32, '\x07'); });
        pair.expectRefused(QStringLiteral("do not match the checksum"));
    }

    // --- conflicts and clocks ----------------------------------------------

    void twoCorrectionsOfOneVersionAreBothKept()
    {
        // Sam corrects the same version on his laptop and on the school's
        // desktop before either has seen the other's.
        Pair pair;
        SecondComputer desktop(pair.sender);
        QVERIFY(pair.exportAll());
        QString error;
        QCOMPARE(sync::BundleImport::run(*desktop.ledger, pair.file, {}).newRevisions, 4); // with the hand-over
        pair.sender.ledger->trustKey(desktop.identity->info(), QStringLiteral("accepted"), &error);
        const ledger::Revision mine = Pair::correct(pair.sender, pair.first.recordId, QStringLiteral("At nine."));
        const ledger::Revision theirs =
            Pair::correct(*desktop.ledger, *desktop.identity, pair.first.recordId, QStringLiteral("At ten."));
        QVERIFY(pair.exportAll());
        const QString back = pair.dir.filePath(QStringLiteral("desktop.clbundle"));
        QVERIFY(sync::BundleExport::write(*desktop.ledger, *desktop.identity, {}, {}, back, &error));

        const sync::ImportReport atDesktop = sync::BundleImport::run(*desktop.ledger, pair.file, {});
        const sync::ImportReport atLaptop = sync::BundleImport::run(*pair.sender.ledger, back, {});
        QVERIFY2(atDesktop.outcome == Outcome::Imported, qPrintable(atDesktop.problem));
        QVERIFY2(atLaptop.outcome == Outcome::Imported, qPrintable(atLaptop.problem));
        QCOMPARE(atDesktop.conflicts.size(), 1);
        QCOMPARE(atDesktop.conflicts.constFirst().revisionId, mine.id);
        QCOMPARE(atLaptop.conflicts.size(), 1);
        QCOMPARE(atLaptop.conflicts.constFirst().revisionId, theirs.id);
        // Both keep both, flag the record, and show the same version.
        for (ledger::Ledger *ledger : {pair.sender.ledger.get(), desktop.ledger.get()}) {
            const auto record = ledger->record(pair.first.recordId);
            QVERIFY(record->conflict);
            QCOMPARE(record->revisionCount, 4);
            QCOMPARE(record->headRevision, std::max(mine.id, theirs.id));
            QVERIFY(ledger->verify().ok());
        }
    }

    void aRevisionDatedInTheFutureIsShownAndOrdersNothing()
    {
        Pair pair;
        SecondComputer desktop(pair.sender);
        QVERIFY(pair.exportAll());
        QString error;
        QCOMPARE(sync::BundleImport::run(*desktop.ledger, pair.file, {}).newRevisions, 4); // with the hand-over
        // The laptop's clock says 2040. Its correction and the desktop's
        // compete; by the clock the laptop's would win; by the chain neither
        // does, and the greater id is shown, the same everywhere.
        const ledger::Revision head =
            *pair.sender.ledger->revision(pair.sender.ledger->record(pair.first.recordId)->headRevision);
        ledger::Revision future;
        future.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
        future.recordId = pair.first.recordId;
        future.kind = QStringLiteral("memo");
        future.supersedes = head.id;
        future.reason = QStringLiteral("clock");
        future.authorId = pair.sender.identity->info().personId;
        future.deviceId = pair.sender.identity->info().deviceId;
        future.created = QDateTime(QDate(2040, 1, 1), QTime(9, 0), QTimeZone::UTC);
        future.zone = QStringLiteral("America/New_York");
        future.payload = {{QStringLiteral("title"), QStringLiteral("Trip to Boston")}};
        future.prevHash = ledger::SyncStore(*pair.sender.ledger).lastHashOf(pair.sender.identity->info().publicKey);
        future.sign(pair.sender.identity->key());
        const ledger::Revision theirs =
            Pair::correct(*desktop.ledger, *desktop.identity, pair.first.recordId, QStringLiteral("At ten."));
        const QString fromDesktop = pair.dir.filePath(QStringLiteral("desktop.clbundle"));
        QVERIFY(sync::BundleExport::write(*desktop.ledger, *desktop.identity, {}, {}, fromDesktop, &error));
        sync::ImportOptions options;
        options.accepted = {desktop.identity->info().fingerprint()};
        QCOMPARE(int(sync::BundleImport::run(*pair.receiver.ledger, fromDesktop, options).outcome),
                 int(Outcome::Imported));

        test::BundleParts parts = test::takeApart(pair.file);
        parts.lines.append(sync::BundleLine::fromRevision(future));
        parts.manifest.revisions += 1;
        parts.manifest.kinds[QStringLiteral("memo")] += 1;
        parts.manifest.chains.first().count += 1;
        parts.manifest.chains.first().last = future.hash;
        test::putTogether(pair.file, parts, pair.sender.identity->key());
        const sync::ImportReport report = pair.importInto();
        QVERIFY2(report.outcome == Outcome::Imported, qPrintable(report.problem));
        QCOMPARE(report.futureDated.size(), 1);
        QCOMPARE(report.futureDated.constFirst().revisionId, future.id);
        QCOMPARE(pair.receiver.ledger->record(pair.first.recordId)->headRevision, theirs.id);
        QVERIFY(pair.receiver.ledger->verify().ok());
    }

    // --- who may write what -------------------------------------------------

    void aRevisionThatClaimsAnotherAuthorIsRefused()
    {
        Pair pair;
        test::TestProfile stranger(QStringLiteral("Stan Stranger"));
        QString error;
        pair.receiver.ledger->trustKey(stranger.identity->info(), QStringLiteral("accepted"), &error);
        // Stan signs with his own key a memo that says Sam wrote it.
        ledger::Revision forged = stranger.submit({{QStringLiteral("title"), QStringLiteral("I resign")}});
        forged.authorId = pair.sender.identity->info().personId;
        forged.sign(stranger.identity->key());
        const QString file = pair.dir.filePath(QStringLiteral("stan.clbundle"));
        QVERIFY(sync::BundleExport::write(*stranger.ledger, *stranger.identity, {}, {}, file, &error));
        test::BundleParts parts = test::takeApart(file);
        parts.lines = {sync::BundleLine::fromRevision(forged)};
        parts.manifest.chains = {{forged.authorKey, {}, forged.hash, 1}};
        test::putTogether(pair.file, parts, stranger.identity->key());
        pair.expectRefused(QStringLiteral("says it is by someone other than the person whose key signed it"),
                           forged.id);
    }

    void aCorrectionOfSomeoneElsesRecordIsRefused()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        QCOMPARE(pair.importInto().newRevisions, 3);
        // Rae's ledger lets her sign a correction of Sam's memo; Sam's
        // refuses to take it in, as the window would have refused to make it.
        Pair::correct(pair.receiver, pair.first.recordId, QStringLiteral("Cancelled."));
        QString error;
        const QString back = pair.dir.filePath(QStringLiteral("rae.clbundle"));
        QVERIFY(sync::BundleExport::write(*pair.receiver.ledger, *pair.receiver.identity, {}, {}, back, &error));
        pair.sender.ledger->trustKey(pair.receiver.identity->info(), QStringLiteral("accepted"), &error);
        const qint64 before = pair.sender.ledger->stats().revisions;
        const sync::ImportReport report = sync::BundleImport::run(*pair.sender.ledger, back, {});
        QCOMPARE(int(report.outcome), int(Outcome::Refused));
        QVERIFY2(report.problem.contains(QLatin1String("only the person who made a record may correct it")),
                 qPrintable(report.problem));
        QCOMPARE(pair.sender.ledger->stats().revisions, before);
    }

    void aNewKeyForAKnownPersonCannotCorrectTheOldKeysRecords()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        QCOMPARE(pair.importInto().newRevisions, 3);
        // Someone makes a profile that claims Sam's person id with a key of
        // its own, and corrects Sam's memo.
        test::TestProfile impostor(QStringLiteral("Sam Sender"));
        QString error;
        const QString file = impostor.profile.dataDirectory() + QStringLiteral("/identity.json");
        QJsonObject json = QJsonDocument::fromJson(test::readFile(file)).object();
        json.insert(QStringLiteral("personId"), pair.sender.identity->info().personId);
        test::writeFile(file, QJsonDocument(json).toJson());
        const auto claimed = crypto::Identity::open(impostor.profile, test::fixedPassphrase(test::kPassphrase), &error);
        QVERIFY2(claimed, qPrintable(error));
        sync::ImportOptions takeSams;
        takeSams.accepted = {pair.sender.identity->info().fingerprint()};
        QCOMPARE(sync::BundleImport::run(*impostor.ledger, pair.file, takeSams).newRevisions, 3);
        Pair::correct(*impostor.ledger, *claimed, pair.first.recordId, QStringLiteral("Cancelled."));
        const QString back = pair.dir.filePath(QStringLiteral("impostor.clbundle"));
        QVERIFY2(sync::BundleExport::write(*impostor.ledger, *claimed, {}, {}, back, &error), qPrintable(error));

        // Presented as a new key for Sam, not as a stranger.
        const sync::ImportReport asked = sync::BundleImport::run(*pair.receiver.ledger, back, {});
        QCOMPARE(int(asked.outcome), int(Outcome::NeedsAcceptance));
        QVERIFY2(asked.newKeyOf.value(claimed->info().publicKey).contains(QLatin1String("Sam Sender (known as")),
                 qPrintable(asked.newKeyOf.value(claimed->info().publicKey)));
        QVERIFY(sync::BundleReport::text(asked, true).contains(QLatin1String("a new key for Sam Sender")));

        // Accepted, it still cannot correct what Sam's key signed.
        sync::ImportOptions options;
        options.accepted = {claimed->info().fingerprint()};
        const qint64 before = pair.receiver.ledger->stats().revisions;
        const sync::ImportReport report = sync::BundleImport::run(*pair.receiver.ledger, back, options);
        QCOMPARE(int(report.outcome), int(Outcome::Refused));
        QVERIFY2(report.problem.contains(QLatin1String("signed with another key of the same person")),
                 qPrintable(report.problem));
        QCOMPARE(pair.receiver.ledger->stats().revisions, before);
    }

    void aKnownPersonsNewNameWaitsForTheUser()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        QCOMPARE(pair.importInto().newRevisions, 3);
        // Sam's next bundle calls him "Samuel Sender".
        rename(pair.sender, QStringLiteral("Samuel Sender"), QStringLiteral("samuel@district.example"));
        pair.sender.submit({{QStringLiteral("title"), QStringLiteral("Another")}});
        QVERIFY(pair.exportAll());
        const sync::ImportReport report = pair.importInto();
        QCOMPARE(int(report.outcome), int(Outcome::Imported));
        QCOMPARE(report.nameChanges.size(), 1);
        QVERIFY(!report.nameChanges.constFirst().taken);
        QCOMPARE(nameIn(*pair.receiver.ledger, pair.sender), QStringLiteral("Sam Sender"));
        QVERIFY(sync::BundleReport::text(report, true).contains(QLatin1String("until you accept the new one")));

        sync::ImportOptions options;
        options.accepted = {pair.sender.identity->info().fingerprint()};
        const sync::ImportReport accepted = pair.importInto(options);
        QVERIFY(accepted.nameChanges.constFirst().taken);
        QCOMPARE(nameIn(*pair.receiver.ledger, pair.sender), QStringLiteral("Samuel Sender"));
    }

    void aNameOfSomeoneElseIsNeverTaken()
    {
        Pair pair;
        QVERIFY(pair.exportAll());
        QCOMPARE(pair.importInto().newRevisions, 3);
        // The pack lists Pat Principal; Sam's next bundle says he is Pat.
        sync::ImportOptions options;
        options.pack = test::loadPack(QStringLiteral("wilmington"));
        options.pack->roles.first().holders.append(
            {QStringLiteral("Pat Principal"), QStringLiteral("pat@wpsk12.example"), {}, QByteArray(32, 'p')});
        options.accepted = {pair.sender.identity->info().fingerprint()};
        rename(pair.sender, QStringLiteral("Pat Principal"), QStringLiteral("pat@wpsk12.example"));
        pair.sender.submit({{QStringLiteral("title"), QStringLiteral("Approved")}});
        QVERIFY(pair.exportAll());
        const sync::ImportReport report = pair.importInto(options);
        QCOMPARE(int(report.outcome), int(Outcome::Imported));
        QCOMPARE(report.nameChanges.size(), 1);
        QVERIFY(report.nameChanges.constFirst().borrowed);
        QVERIFY(!report.nameChanges.constFirst().taken);
        QCOMPARE(nameIn(*pair.receiver.ledger, pair.sender), QStringLiteral("Sam Sender"));
        QVERIFY(sync::BundleReport::text(report, true).contains(QLatin1String("which is someone else's")));
    }

    void aNewKeyWithAPackHoldersNameCannotBeAccepted()
    {
        test::TestProfile rogue(QStringLiteral("Pat Principal"));
        test::TestProfile teacher(QStringLiteral("Tess Teacher"));
        rogue.submit({{QStringLiteral("title"), QStringLiteral("Approved")}});
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pat.clbundle"));
        QString error;
        QVERIFY(sync::BundleExport::write(*rogue.ledger, *rogue.identity, {}, {}, file, &error));
        sync::ImportOptions options;
        options.pack = test::loadPack(QStringLiteral("wilmington"));
        options.pack->roles.first().holders.append(
            {QStringLiteral("Pat Principal"), QStringLiteral("pat@wpsk12.example"), {}, QByteArray(32, 'p')});
        options.accepted = {rogue.identity->info().fingerprint()};
        const sync::ImportReport report = sync::BundleImport::run(*teacher.ledger, file, options);
        QCOMPARE(int(report.outcome), int(Outcome::NeedsAcceptance));
        QVERIFY(report.newKeyOf.value(rogue.identity->info().publicKey).contains(QLatin1String("district IT")));
        QCOMPARE(teacher.ledger->stats().revisions, 0);
    }

    // --- the shared folder --------------------------------------------------

    void aSharedFolderCarriesBundlesAndWaitsForHalfCopiedOnes()
    {
        Pair pair;
        QTemporaryDir shared;
        QString error;
        pair.sender.ledger->trustKey(pair.receiver.identity->info(), QStringLiteral("accepted"), &error);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto sent = sync::FolderSync::run(*pair.sender.ledger, pair.sender.identity->info().publicKey,
                                                &*pair.sender.identity, {}, shared.path(), now, &error);
        QVERIFY2(sent, qPrintable(error));
        QCOMPARE(sent->sent.revisions + sent->sent.withheld, 3); // memos: placeholders only
        const QString samFile = shared.filePath(sync::FolderSync::fileNameFor(
            pair.sender.identity->info().publicKey, pair.receiver.identity->info().publicKey));
        QVERIFY(QFileInfo::exists(samFile));
        QCOMPARE(QDir(shared.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // nothing half-written

        // Just written: left to settle.
        auto round = sync::FolderSync::run(*pair.receiver.ledger, pair.receiver.identity->info().publicKey,
                                           &*pair.receiver.identity, {}, shared.path(), now, &error);
        QVERIFY(round);
        QCOMPARE(round->waitingFiles, QStringList{QFileInfo(samFile).fileName()});
        QCOMPARE(pair.receiver.ledger->stats().revisions, 0);

        // A copy still arriving from a cloud client: cut short, but young.
        const QString arriving =
            shared.filePath(QStringLiteral("clearline-other-to-") +
                            pair.receiver.identity->info().fingerprint().toLower() + QStringLiteral(".clsealed"));
        const QByteArray whole = test::readFile(samFile);
        test::writeFile(arriving, whole.left(whole.size() / 2));
        const QDateTime later = now.addSecs(120);
        round = sync::FolderSync::run(*pair.receiver.ledger, pair.receiver.identity->info().publicKey,
                                      &*pair.receiver.identity, {}, shared.path(), later, &error);
        QVERIFY(round);
        QCOMPARE(round->waitingFiles, QStringList{QFileInfo(arriving).fileName()});
        QCOMPARE(round->imported.size(), 1);
        QCOMPARE(int(round->imported.constFirst().outcome), int(Outcome::Imported));
        QCOMPARE(heldOf(*pair.receiver.ledger, pair.sender.identity->info().publicKey), 3);
        QVERIFY(!round->written.isEmpty());

        // The next round reads nothing again; the sender takes Rae's bundle
        // and learns what she holds.
        round = sync::FolderSync::run(*pair.receiver.ledger, pair.receiver.identity->info().publicKey,
                                      &*pair.receiver.identity, {}, shared.path(), later, &error);
        QCOMPARE(round->imported.size(), 0);
        QVERIFY(round->written.isEmpty());
        QFile::remove(arriving);
        const auto back = sync::FolderSync::run(*pair.sender.ledger, pair.sender.identity->info().publicKey,
                                                &*pair.sender.identity, {}, shared.path(), later.addSecs(120), &error);
        QVERIFY(back);
        QCOMPARE(back->imported.size(), 1);
        QCOMPARE(ledger::SyncStore(*pair.sender.ledger).peers().size(), 1);
    }

    void aWindowKeepingWatchReadsAFileOnlyOnceItStoodStill()
    {
        Pair pair;
        QTemporaryDir shared;
        QString error;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        pair.sender.ledger->trustKey(pair.receiver.identity->info(), QStringLiteral("accepted"), &error);
        QVERIFY(sync::FolderSync::run(*pair.sender.ledger, pair.sender.identity->info().publicKey,
                                      &*pair.sender.identity, {}, shared.path(), now, &error));
        const QString samFile = shared.filePath(sync::FolderSync::fileNameFor(
            pair.sender.identity->info().publicKey, pair.receiver.identity->info().publicKey));
        // A cloud client copying it in keeps Sam's old time on the file.
        const QByteArray whole = test::readFile(samFile);
        test::writeFile(samFile, whole.left(whole.size() / 2));
        QFile(samFile).setFileTime(now.addSecs(-3600), QFileDevice::FileModificationTime);
        sync::FolderMemory memory;
        const auto run = [&] {
            return sync::FolderSync::run(*pair.receiver.ledger, pair.receiver.identity->info().publicKey,
                                         &*pair.receiver.identity, {}, shared.path(), now.addSecs(3600), &error,
                                         &memory);
        };
        auto round = run(); // first seen, an hour old, but cut short: taken to be arriving
        QCOMPARE(round->waitingFiles.size(), 1);
        QCOMPARE(round->imported.size(), 0);
        test::writeFile(samFile, whole); // the rest arrives, the time kept
        QFile(samFile).setFileTime(now.addSecs(-3600), QFileDevice::FileModificationTime);
        round = run(); // changed since: wait again, nothing reported refused
        QCOMPARE(round->waitingFiles.size(), 1);
        QCOMPARE(round->imported.size(), 0);
        round = run(); // stood still for a round: read
        QCOMPARE(round->imported.size(), 1);
        QCOMPARE(heldOf(*pair.receiver.ledger, pair.sender.identity->info().publicKey), 3);
        round = run(); // unchanged and done: not read again
        QCOMPARE(round->imported.size(), 0);
        QCOMPARE(round->waitingFiles.size(), 0);
    }

    void aNewcomerToTheFolderGetsEverythingItLacks()
    {
        Pair pair;
        QTemporaryDir shared;
        QString error;
        pair.sender.ledger->trustKey(pair.receiver.identity->info(), QStringLiteral("accepted"), &error);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray samKey = pair.sender.identity->info().publicKey;
        const auto samRound = [&](const QDateTime &at) {
            return sync::FolderSync::run(*pair.sender.ledger, samKey, &*pair.sender.identity, {}, shared.path(), at,
                                         &error);
        };
        const auto raeRound = [&](const QDateTime &at) {
            return sync::FolderSync::run(*pair.receiver.ledger, pair.receiver.identity->info().publicKey,
                                         &*pair.receiver.identity, {}, shared.path(), at, &error);
        };
        QVERIFY(samRound(now));
        QCOMPARE(raeRound(now.addSecs(120))->imported.size(), 1); // Rae takes all three
        QCOMPARE(samRound(now.addSecs(240))->imported.size(), 1); // Sam learns what Rae holds…
        // …so his next bundle holds only what is new to her; then a
        // newcomer joins, who needs everything.
        pair.sender.submit({{QStringLiteral("title"), QStringLiteral("Bus list")}});
        const auto forRae = samRound(now.addSecs(260));
        QCOMPARE(forRae->sent.revisions + forRae->sent.withheld, 1);
        // The newcomer writes to the people she knows; Sam, once he accepts
        // her, writes a bundle of her own.
        test::TestProfile newcomer(QStringLiteral("Nia New"));
        newcomer.submit({{QStringLiteral("title"), QStringLiteral("Hello")}});
        newcomer.ledger->trustKey(pair.sender.identity->info(), QStringLiteral("accepted"), &error);
        QVERIFY(sync::FolderSync::run(*newcomer.ledger, newcomer.identity->info().publicKey, &*newcomer.identity, {},
                                      shared.path(), now.addSecs(300), &error));
        pair.sender.ledger->trustKey(newcomer.identity->info(), QStringLiteral("accepted"), &error);
        const auto round = samRound(now.addSecs(600));
        QVERIFY(round);
        const QString forNia =
            shared.filePath(sync::FolderSync::fileNameFor(samKey, newcomer.identity->info().publicKey));
        QVERIFY2(round->written.contains(forNia), "Sam must write a bundle for the newcomer");
        sync::ImportOptions options;
        options.accepted = {pair.sender.identity->info().fingerprint()};
        // Rae, who can open the folder, cannot read what is for Nia.
        const sync::ImportReport atRae =
            sync::SealedBundle::import(*pair.receiver.ledger, forNia, &pair.receiver.identity->key(), options);
        QCOMPARE(int(atRae.outcome), int(Outcome::Refused));
        QVERIFY(atRae.problem.contains(QLatin1String("not addressed to you")));
        const sync::ImportReport atNewcomer =
            sync::SealedBundle::import(*newcomer.ledger, forNia, &newcomer.identity->key(), options);
        QVERIFY2(atNewcomer.outcome == Outcome::Imported, qPrintable(atNewcomer.problem));
        QCOMPARE(heldOf(*newcomer.ledger, samKey), 4);
    }

    void aThirdPersonWithTheFolderReadsNothingAndATamperedBundleChangesNothing()
    {
        Pair pair;
        QTemporaryDir shared;
        QString error;
        pair.sender.ledger->trustKey(pair.receiver.identity->info(), QStringLiteral("accepted"), &error);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(sync::FolderSync::run(*pair.sender.ledger, pair.sender.identity->info().publicKey,
                                      &*pair.sender.identity, {}, shared.path(), now, &error));
        const QString forRae = shared.filePath(sync::FolderSync::fileNameFor(pair.sender.identity->info().publicKey,
                                                                             pair.receiver.identity->info().publicKey));
        const QByteArray sealed = test::readFile(forRae);
        QVERIFY(!sealed.contains("The bus leaves"));
        QVERIFY(!sealed.contains("Sam Sender"));

        // Tom can open the folder; nothing in it is for him or opens for him.
        test::TestProfile tom(QStringLiteral("Tom Third"));
        const auto tomRound = sync::FolderSync::run(*tom.ledger, tom.identity->info().publicKey, &*tom.identity, {},
                                                    shared.path(), now.addSecs(3600), &error);
        QVERIFY(tomRound);
        QCOMPARE(tomRound->imported.size(), 0);
        sync::ImportOptions options;
        options.accepted = {pair.sender.identity->info().fingerprint()};
        const sync::ImportReport atTom = sync::SealedBundle::import(*tom.ledger, forRae, &tom.identity->key(), options);
        QCOMPARE(int(atTom.outcome), int(Outcome::Refused));
        QCOMPARE(tom.ledger->stats().revisions, 0);

        // One byte changed in Rae's bundle, long settled: refused, nothing added.
        QByteArray changed = sealed;
        changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x20);
        test::writeFile(forRae, changed);
        const auto raeRound =
            sync::FolderSync::run(*pair.receiver.ledger, pair.receiver.identity->info().publicKey,
                                  &*pair.receiver.identity, {}, shared.path(), now.addSecs(3600), &error);
        QVERIFY(raeRound);
        QCOMPARE(raeRound->imported.size(), 1);
        QCOMPARE(int(raeRound->imported.constFirst().outcome), int(Outcome::Refused));
        QVERIFY2(raeRound->imported.constFirst().problem.contains(QLatin1String("damaged")),
                 qPrintable(raeRound->imported.constFirst().problem));
        QCOMPARE(pair.receiver.ledger->stats().revisions, 0);

        // Locked key: nothing is opened, and the round says it waits.
        test::writeFile(forRae, sealed);
        const auto locked = sync::FolderSync::run(*pair.receiver.ledger, pair.receiver.identity->info().publicKey,
                                                  nullptr, {}, shared.path(), now, &error);
        QVERIFY(locked);
        QCOMPARE(locked->locked, 1);
        QCOMPARE(pair.receiver.ledger->stats().revisions, 0);
    }

    // --- compatibility ------------------------------------------------------

    void everyEarlierBundleFormatStillImports()
    {
        // Made by ClearLine 0.1.0 (bundle format 1) and kept unchanged: a
        // newer version must always read it.
        const QString fixture =
            QString::fromUtf8(test::kSourceDir) + QStringLiteral("/tests/fixtures/bundles/format-1.clbundle");
        sync::BundleReader reader(fixture);
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        test::TestProfile receiver(QStringLiteral("Rae Receiver"));
        sync::ImportOptions options;
        options.accepted = {crypto::fingerprint(reader.manifest().exporter.publicKey)};
        const sync::ImportReport report = sync::BundleImport::run(*receiver.ledger, fixture, options);
        QVERIFY2(report.outcome == Outcome::Imported, qPrintable(report.problem));
        QCOMPARE(report.newRevisions, reader.manifest().revisions);
        QVERIFY(receiver.ledger->verify().ok());
    }
};

QTEST_GUILESS_MAIN(TestBundles)
#include "tst_bundles.moc"
