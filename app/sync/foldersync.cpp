// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/foldersync.h"

#include "crypto/digest.h"
#include "crypto/identity.h"
#include "ledger/syncstore.h"
#include "sync/bundlereader.h"
#include "sync/packcarriage.h"

#include <QDir>
#include <QFileInfo>

#include <limits>

namespace clearline::sync {

namespace {
// Without memory between rounds: how long a file must have stood still
// before it is read, and how long one that fails is taken to be arriving.
constexpr qint64 kSettleSeconds = 60;
constexpr qint64 kArrivingSeconds = 10 * 60;
constexpr qint64 kNothing = std::numeric_limits<qint64>::max();

/// Whether the peers now need something our bundle in the folder does not
/// hold: we hold more, or a peer needs an earlier start than it has.
bool needsRewrite(const BundleReader &previous, const ledger::SyncStore &store, const QHash<QByteArray, qint64> &starts)
{
    QHash<QByteArray, qint64> written;
    for (const ChainSpan &span : previous.manifest().chains) {
        written.insert(span.authorKey, span.after.isEmpty() ? 0 : store.seqOfHash(span.after));
    }
    const QList<ledger::AuthorHead> heads = store.heads();
    QHash<QByteArray, QByteArray> held;
    for (const ledger::AuthorHead &head : previous.manifest().holdings) {
        held.insert(head.authorKey, head.hash);
    }
    for (const ledger::AuthorHead &head : heads) {
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
} // namespace

QString FolderSync::fileNameFor(const QByteArray &publicKey)
{
    return QStringLiteral("clearline-") + crypto::fingerprint(publicKey).toLower() +
           QLatin1String(BundleFormat::kSuffix);
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
    const QString own = fileNameFor(ownKey);
    ledger::SyncStore store(ledger);
    QList<QByteArray> peers = store.peers();
    const QFileInfoList files =
        dir.entryInfoList({QLatin1String("*") + QLatin1String(BundleFormat::kSuffix)}, QDir::Files, QDir::Name);
    FolderMemory fresh;
    for (const QFileInfo &file : files) {
        if (file.fileName() == own) {
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
        BundleReader peek(file.absoluteFilePath());
        QString problem;
        if (!peek.open(&problem)) {
            if (memory ? !unchanged : age < kArrivingSeconds) {
                round.waitingFiles.append(file.fileName());
                continue;
            }
        } else {
            if (!peers.contains(peek.manifest().exporter.publicKey)) {
                peers.append(peek.manifest().exporter.publicKey);
            }
            if (store.importedBundle(peek.fileSha256())) {
                fresh.files[file.fileName()].done = true;
                continue;
            }
        }
        ImportOptions options;
        options.pack = pack;
        options.now = now;
        ImportReport report = BundleImport::run(ledger, file.absoluteFilePath(), options);
        if (report.outcome == ImportReport::Outcome::Imported) {
            if (!store.rememberBundle(report.fileSha256, file.fileName(), error)) {
                return std::nullopt;
            }
            fresh.files[file.fileName()].done = true;
        }
        round.imported.append(std::move(report));
    }
    if (memory) {
        *memory = std::move(fresh);
    }

    // Rewrite our bundle only when the peers need something it lacks.
    if (!signer) {
        return round;
    }
    const QString target = dir.filePath(own);
    const QHash<QByteArray, qint64> starts = BundleExport::startsAfter(store, peers);
    BundleReader previous(target);
    QString ignored;
    // A newer signed pack is news for the peers too (PackCarriage).
    if (QFileInfo::exists(target) && previous.open(&ignored) && !needsRewrite(previous, store, starts) &&
        PackCarriage::carriedVersion(previous.manifest().pack) ==
            PackCarriage::carriedVersion(BundleExport::stampOf(pack))) {
        return round;
    }
    ExportChoice choice;
    choice.peerKeys = peers;
    choice.recipient = tr("the shared folder");
    const std::optional<ExportResult> sent =
        BundleExport::write(ledger, *signer, BundleExport::stampOf(pack), choice, target, error);
    if (!sent) {
        return std::nullopt;
    }
    round.written = target;
    round.sent = *sent;
    return round;
}

} // namespace clearline::sync
