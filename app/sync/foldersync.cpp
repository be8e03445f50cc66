// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/foldersync.h"

#include "crypto/digest.h"
#include "crypto/identity.h"
#include "ledger/syncstore.h"
#include "sync/bundlereader.h"

#include <QDir>
#include <QFileInfo>

namespace clearline::sync {

namespace {
// How long a file must have stood still before it is read, and how long a
// file that fails its checks is taken to be still arriving.
constexpr qint64 kSettleSeconds = 60;
constexpr qint64 kArrivingSeconds = 10 * 60;

bool sameHoldings(const QList<ledger::AuthorHead> &a, const QList<ledger::AuthorHead> &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).authorKey != b.at(i).authorKey || a.at(i).hash != b.at(i).hash) {
            return false;
        }
    }
    return true;
}
} // namespace

QString FolderSync::fileNameFor(const QByteArray &publicKey)
{
    return QStringLiteral("clearline-") + crypto::fingerprint(publicKey).toLower() +
           QLatin1String(BundleFormat::kSuffix);
}

std::optional<FolderRound> FolderSync::run(ledger::Ledger &ledger, const QByteArray &ownKey,
                                           const crypto::Identity *signer, const std::optional<policy::Pack> &pack,
                                           const QString &folder, const QDateTime &now, QString *error)
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
    QList<QByteArray> peers;
    const QFileInfoList files =
        dir.entryInfoList({QLatin1String("*") + QLatin1String(BundleFormat::kSuffix)}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (file.fileName() == own) {
            continue;
        }
        const qint64 age = file.lastModified().secsTo(now);
        if (age < kSettleSeconds) {
            round.waitingFiles.append(file.fileName());
            continue;
        }
        BundleReader peek(file.absoluteFilePath());
        QString problem;
        if (!peek.open(&problem)) {
            if (age < kArrivingSeconds) {
                round.waitingFiles.append(file.fileName());
                continue;
            }
        } else {
            peers.append(peek.manifest().exporter.publicKey);
            if (store.importedBundle(peek.fileSha256())) {
                continue;
            }
        }
        ImportOptions options;
        options.pack = pack;
        options.now = now;
        ImportReport report = BundleImport::run(ledger, file.absoluteFilePath(), options);
        if (report.outcome == ImportReport::Outcome::Imported &&
            !store.rememberBundle(report.fileSha256, file.fileName(), error)) {
            return std::nullopt;
        }
        round.imported.append(std::move(report));
    }

    // Rewrite our bundle only when we hold something it does not.
    if (!signer) {
        return round;
    }
    const QString target = dir.filePath(own);
    BundleReader previous(target);
    QString ignored;
    if (QFileInfo::exists(target) && previous.open(&ignored) &&
        sameHoldings(previous.manifest().holdings, store.heads())) {
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
