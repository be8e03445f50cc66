// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/sealedbundle.h"

#include "crypto/identity.h"
#include "crypto/sealedfile.h"

#include <QFileInfo>

namespace clearline::sync {

std::optional<SealedBundle::Plain> SealedBundle::open(const QString &file, const crypto::SigningKey *key,
                                                      Problem *problem, QString *error)
{
    *problem = Problem::None;
    if (!crypto::SealedFile::looksSealed(file)) {
        return Plain{{}, file};
    }
    if (!key) {
        *problem = Problem::Locked;
        *error =
            tr("%1 is locked for the people it is for. Unlock your key to read it.").arg(QFileInfo(file).fileName());
        return std::nullopt;
    }
    // A private folder (0700) that is removed with everything in it when the
    // last user of the opened copy is done.
    auto dir = std::make_shared<QTemporaryDir>();
    if (!dir->isValid()) {
        *problem = Problem::Failed;
        *error = tr("There is no room to open %1: %2").arg(QFileInfo(file).fileName(), dir->errorString());
        return std::nullopt;
    }
    const QString plain = dir->filePath(QStringLiteral("opened") + QLatin1String(BundleFormat::kSuffix));
    switch (crypto::SealedFile::open(file, plain, *key, error)) {
    case crypto::SealedFile::Opened::Yes:
        return Plain{dir, plain};
    case crypto::SealedFile::Opened::NotAddressed:
        *problem = Problem::NotAddressed;
        return std::nullopt;
    case crypto::SealedFile::Opened::Damaged:
        *problem = Problem::Damaged;
        return std::nullopt;
    case crypto::SealedFile::Opened::Failed:
        break;
    }
    *problem = Problem::Failed;
    return std::nullopt;
}

ImportReport SealedBundle::import(ledger::Ledger &ledger, const QString &file, const crypto::SigningKey *key,
                                  const ImportOptions &options)
{
    Problem problem = Problem::None;
    QString error;
    const std::optional<Plain> plain = open(file, key, &problem, &error);
    if (!plain) {
        ImportReport refused;
        refused.file = file;
        refused.problem = error;
        return refused;
    }
    ImportReport report = BundleImport::run(ledger, plain->path, options);
    report.file = file;
    return report;
}

std::optional<ExportResult> SealedBundle::write(ledger::Ledger &ledger, const crypto::Identity &exporter,
                                                const std::optional<PackStamp> &pack, const ExportChoice &choice,
                                                const QList<QByteArray> &readers, const QString &file, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = tr("There is no room to make the bundle: %1").arg(dir.errorString());
        return std::nullopt;
    }
    const QString plain = dir.filePath(QStringLiteral("bundle") + QLatin1String(BundleFormat::kSuffix));
    std::optional<ExportResult> result = BundleExport::write(ledger, exporter, pack, choice, plain, error);
    if (!result) {
        return std::nullopt;
    }
    QList<QByteArray> sealedFor{exporter.info().publicKey};
    for (const QByteArray &reader : readers) {
        if (!sealedFor.contains(reader)) {
            sealedFor.append(reader);
        }
    }
    if (!crypto::SealedFile::seal(plain, file, sealedFor, error)) {
        return std::nullopt;
    }
    result->bytes = QFileInfo(file).size();
    return result;
}

} // namespace clearline::sync
