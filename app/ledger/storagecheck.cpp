// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/storagecheck.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace clearline::ledger {

namespace {

// File systems that reach another computer (as /proc/mounts names them).
bool isNetworkFileSystem(const QByteArray &type)
{
    static const QByteArrayList kNetwork{
        "nfs",       "nfs4",   "cifs",  "smb3",       "smbfs",       "ncpfs",     "afs",          "9p",         "ceph",
        "glusterfs", "lustre", "davfs", "fuse.sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.davfs2"};
    return kNetwork.contains(type.toLower());
}

// Folders that desktop sync programs watch, by the names they give them.
bool isCloudSyncedFolderName(const QString &name)
{
    static const QStringList kSynced{
        QStringLiteral("Dropbox"),     QStringLiteral("OneDrive"),     QStringLiteral("Google Drive"),
        QStringLiteral("GoogleDrive"), QStringLiteral("iCloud Drive"), QStringLiteral("iCloudDrive"),
        QStringLiteral("Nextcloud"),   QStringLiteral("ownCloud"),     QStringLiteral("Box Sync"),
        QStringLiteral("pCloudDrive"), QStringLiteral("MEGAsync"),     QStringLiteral("Seafile")};
    for (const QString &synced : kSynced) {
        if (name.compare(synced, Qt::CaseInsensitive) == 0 ||
            name.startsWith(synced + QStringLiteral(" - "), Qt::CaseInsensitive)) { // "OneDrive - District"
            return true;
        }
    }
    return false;
}

} // namespace

bool StorageCheck::isSafeFolder(const QString &folder, QString *why)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QStringList parts = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (isCloudSyncedFolderName(part)) {
            *why = tr("%1 is inside a folder that a cloud sync program (%2) copies while ClearLine writes, which "
                      "can damage your records. Keep your ClearLine profile in a local folder; to share records, "
                      "use sync bundles.")
                       .arg(QDir::toNativeSeparators(absolute), part);
            return false;
        }
    }
    // The nearest existing ancestor tells which file system the folder is on.
    QString existing = absolute;
    while (!QFileInfo::exists(existing) && existing != QDir::rootPath()) {
        existing = QFileInfo(existing).absolutePath();
    }
    const QStorageInfo storage(existing);
    if (storage.isValid() && isNetworkFileSystem(storage.fileSystemType())) {
        *why = tr("%1 is on a network drive (%2). Records kept there can be damaged when the network hiccups. "
                  "Keep your ClearLine profile on this computer's own disk; to share records, use sync bundles.")
                   .arg(QDir::toNativeSeparators(absolute), QString::fromLatin1(storage.fileSystemType()));
        return false;
    }
    return true;
}

} // namespace clearline::ledger
