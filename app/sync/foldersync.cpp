// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/foldersync.h"

#include "crypto/digest.h"
#include "crypto/identity.h"
#include "ledger/syncstore.h"
#include "sync/bundlereader.h"
#include "sync/packcarriage.h"
#include "sync/sealedbundle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <limits>

namespace clearline::sync {

namespace {
// Without memory between rounds: how long a file must have stood still
// before it is read, and how long one that fails is taken to be arriving.
constexpr qint64 kSettleSeconds = 60;
constexpr qint64 kArrivingSeconds = 10 * 60;
constexpr qint64 kNothing = std::numeric_limits<qint64>::max();
const QLatin1String kSealedSuffix(".clsealed");

/// Whether a reader now needs something our bundle for them does not hold:
/// we hold more, or they need an earlier start than it has.
bool needsRewrite(const Manifest &previous, const ledger::SyncStore &store, const QHash<QByteArray, qint64> &starts)
{
    QHash<QByteArray, qint64> written;
    for (const ChainSpan &span : previous.chains) {
        written.insert(span.authorKey, span.after.isEmpty() ? 0 : store.seqOfHash(span.after));
    }
    QHash<QByteArray, QByteArray> held;
    for (const ledger::AuthorHead &head : previous.holdings) {
        held.insert(head.authorKey, head.hash);
    }
    for (const ledger::AuthorHead &head : store.heads()) {
        if (held.value(head.authorKey) != head.hash) {
            return true;
        }
        const qint64 start = starts.value(head.authorKey, 0);
        if (start != kNothing && start < store.seqOfHash(head.hash) &&
            start < written.value(head.authorKey, kNothing)) {
            return true;
        }
    }
    return false;
}

/// Our bundle for a reader as it is in the folder: from memory, or read
/// back (it is sealed to us too). Nothing when there is none or it fails.
std::optional<Manifest> previousManifest(const QString &target, const crypto::SigningKey &key, FolderMemory *memory)
{
    const QString name = QFileInfo(target).fileName();
    if (!QFileInfo::exists(target)) {
        return std::nullopt;
    }
    if (memory && memory->written.contains(name)) {
        return memory->written.value(name);
    }
    SealedBundle::Problem problem = SealedBundle::Problem::None;
    QString ignored;
    const std::optional<SealedBundle::Plain> plain = SealedBundle::open(target, &key, &problem, &ignored);
    if (!plain) {
        return std::nullopt;
    }
    BundleReader reader(plain->path);
    if (!reader.open(&ignored)) {
        return std::nullopt;
    }
    if (memory) {
        memory->written.insert(name, reader.manifest());
    }
    return reader.manifest();
}

/// Everyone this profile writes to: the people its ledger knows, those it
/// has heard from, and the holders the district's pack lists.
QList<QByteArray> readersOf(const QList<ledger::KnownPerson> &people, const ledger::SyncStore &store,
                            const QByteArray &ownKey, const std::optional<policy::Pack> &pack)
{
    QList<QByteArray> readers;
    const auto add = [&](const QByteArray &key) {
        if (!key.isEmpty() && key != ownKey && !readers.contains(key)) {
            readers.append(key);
        }
    };
    for (const ledger::KnownPerson &person : people) {
        add(person.publicKey);
    }
    for (const QByteArray &peer : store.peers()) {
        add(peer);
    }
    if (pack) {
        for (const policy::Role &role : pack->roles) {
            for (const policy::RoleHolder &holder : role.holders) {
                add(holder.key);
            }
        }
    }
    return readers;
}
} // namespace

QString FolderSync::fileNameFor(const QByteArray &from, const QByteArray &to)
{
    return QStringLiteral("clearline-") + crypto::fingerprint(from).toLower() + QStringLiteral("-to-") +
           crypto::fingerprint(to).toLower() + kSealedSuffix;
}

std::optional<FolderRound> FolderSync::run(ledger::Ledger &ledger, const QByteArray &ownKey,
                                           const crypto::Identity *signer, const std::optional<policy::Pack> &pack,
                                           const QString &folder, const QDateTime &now, QString *error,
                                           FolderMemory *memory)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists()) {
        *error = tr("The shared folder %1 cannot be found. Check that the drive is connected, or choose the folder "
                    "again in Settings.")
                     .arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    FolderRound round;
    ledger::SyncStore store(ledger);
    const QString forUs = QStringLiteral("-to-") + crypto::fingerprint(ownKey).toLower() + kSealedSuffix;
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("clearline-*") + forUs}, QDir::Files, QDir::Name);
    FolderMemory fresh;
    if (memory) {
        fresh.written = memory->written;
    }
    for (const QFileInfo &file : files) {
        if (file.fileName().startsWith(QStringLiteral("clearline-") + crypto::fingerprint(ownKey).toLower())) {
            continue; // our note to ourselves, if we were ever our own reader
        }
        if (!signer) {
            ++round.locked;
            continue;
        }
        const FolderMemory::Seen now_{file.size(), file.lastModified(), false};
        const FolderMemory::Seen before = memory ? memory->files.value(file.fileName()) : FolderMemory::Seen{};
        const bool unchanged =
            memory && before.modified.isValid() && before.size == now_.size && before.modified == now_.modified;
        fresh.files.insert(file.fileName(), unchanged ? before : now_);
        if (unchanged && before.done) {
            continue;
        }
        // Settled: unchanged since the last round, or a minute old when
        // first seen (a window just opened need not wait a round for files
        // long in place). One seen for the first time that fails is taken
        // to be still arriving, not damaged, until it stood still a round.
        const qint64 age = file.lastModified().secsTo(now);
        const bool firstSeen = !memory || !before.modified.isValid();
        const bool settled = unchanged || (firstSeen && age >= kSettleSeconds);
        if (!settled) {
            round.waitingFiles.append(file.fileName());
            continue;
        }
        const bool mayStillArrive = memory ? !unchanged : age < kArrivingSeconds;
        SealedBundle::Problem problem = SealedBundle::Problem::None;
        QString openProblem;
        const std::optional<SealedBundle::Plain> plain =
            SealedBundle::open(file.absoluteFilePath(), &signer->key(), &problem, &openProblem);
        if (!plain) {
            if (problem == SealedBundle::Problem::Damaged && mayStillArrive) {
                round.waitingFiles.append(file.fileName());
                continue;
            }
            ImportReport refused;
            refused.file = file.absoluteFilePath();
            refused.problem = openProblem;
            round.imported.append(std::move(refused));
            continue;
        }
        BundleReader peek(plain->path);
        QString problemText;
        if (!peek.open(&problemText)) {
            if (mayStillArrive) {
                round.waitingFiles.append(file.fileName());
                continue;
            }
        } else if (store.importedBundle(peek.fileSha256())) {
            fresh.files[file.fileName()].done = true;
            continue;
        }
        ImportOptions options;
        options.pack = pack;
        options.now = now;
        ImportReport report = BundleImport::run(ledger, plain->path, options);
        report.file = file.absoluteFilePath();
        if (report.outcome == ImportReport::Outcome::Imported) {
            if (!store.rememberBundle(report.fileSha256, file.fileName(), error)) {
                return std::nullopt;
            }
            fresh.files[file.fileName()].done = true;
        }
        round.imported.append(std::move(report));
    }

    if (!signer) {
        if (memory) {
            *memory = std::move(fresh);
        }
        return round;
    }
    // A plain bundle of ours from before bundles were sealed holds everything
    // for anyone who opens the folder: it goes.
    const QString plainOwn = dir.filePath(QStringLiteral("clearline-") + crypto::fingerprint(ownKey).toLower() +
                                          QLatin1String(BundleFormat::kSuffix));
    if (QFileInfo::exists(plainOwn) && QFile::remove(plainOwn)) {
        round.removedPlainBundle = true;
    }
    // Rewrite each reader's bundle only when they need something it lacks.
    // Who the ledger knows, read once for the whole round.
    const QList<ledger::KnownPerson> people = ledger.people();
    QHash<QByteArray, QString> names;
    for (const ledger::KnownPerson &person : people) {
        names.insert(person.publicKey, person.name);
    }
    for (const QByteArray &reader : readersOf(people, store, ownKey, pack)) {
        const QString name = fileNameFor(ownKey, reader);
        const QString target = dir.filePath(name);
        const QHash<QByteArray, qint64> starts = BundleExport::startsAfter(store, {reader});
        const std::optional<Manifest> previous = previousManifest(target, signer->key(), &fresh);
        // A newer signed pack is news for the reader too (PackCarriage).
        if (previous && !needsRewrite(*previous, store, starts) &&
            PackCarriage::carriedVersion(previous->pack) == PackCarriage::carriedVersion(BundleExport::stampOf(pack))) {
            continue;
        }
        ExportChoice choice;
        choice.peerKeys = {reader};
        choice.audienceOf = reader;
        choice.audiencePack = pack;
        choice.recipient = names.value(reader, crypto::fingerprint(reader));
        const std::optional<ExportResult> sent =
            SealedBundle::write(ledger, *signer, BundleExport::stampOf(pack), choice, {reader}, target, error);
        if (!sent) {
            return std::nullopt;
        }
        fresh.written.remove(name); // read back next time: it is not worth keeping a copy here
        round.written.append(target);
        round.sent.revisions += sent->revisions;
        round.sent.attachments += sent->attachments;
        round.sent.bytes += sent->bytes;
        round.sent.withheld += sent->withheld;
        for (auto it = sent->kinds.begin(); it != sent->kinds.end(); ++it) {
            round.sent.kinds[it.key()] += it.value();
        }
    }
    if (memory) {
        *memory = std::move(fresh);
    }
    return round;
}

} // namespace clearline::sync
