// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledgerlock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStorageInfo>

#include <cerrno>
#include <signal.h>

namespace clearline::ledger {

namespace {

bool processIsRunning(qint64 pid)
{
    // Signal 0 only asks whether the process exists; EPERM means it does,
    // under another user.
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

// Whether the lock at `file`, which another QLockFile holds, may be taken
// over: its owner is gone, or it was never finished.
bool isAbandoned(const QLockFile &lock, const QString &file)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock.getLockInfo(&pid, &host, &application)) {
        // Qt respects a lock written on another host name; but the ledger is
        // never on a network drive (StorageCheck), so such a lock comes from
        // a profile copied here or a renamed computer, and the process it
        // names is looked for on this one.
        return !processIsRunning(pid);
    }
    const QDateTime written = QFileInfo(file).lastModified();
    return written.isValid() && qAbs(written.secsTo(QDateTime::currentDateTime())) > LedgerLock::kUnwrittenLockSeconds;
}

bool diskIsFull(const QString &folder)
{
    // Less than a page of the file system free is full for any write.
    constexpr qint64 kPage = 4096;
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() < kPage;
}

} // namespace

std::unique_ptr<QLockFile> LedgerLock::acquire(const QString &ledgerFile, QString *error)
{
    const QString file = ledgerFile + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(file);
    // Qt recognises the lock of a killed program by its process id; an age
    // alone never makes a live program's lock stale.
    lock->setStaleLockTime(0);
    bool locked = lock->tryLock(0);
    if (!locked && lock->error() == QLockFile::LockFailedError && isAbandoned(*lock, file)) {
        locked = lock->removeStaleLockFile() && lock->tryLock(0);
    }
    if (locked) {
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return lock;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (lock->getLockInfo(&pid, &host, &application)) {
            *error = tr("ClearLine is already open with these records (program %1, process %2). Close it "
                        "first; two copies writing at once could damage them.")
                         .arg(application.isEmpty() ? QStringLiteral("clearline") : application)
                         .arg(pid);
        } else {
            *error = tr("Another ClearLine is opening these records at this moment. Try again in a few seconds.");
        }
    } else if (lock->error() == QLockFile::UnknownError && diskIsFull(QFileInfo(ledgerFile).absolutePath())) {
        // QLockFile says no more than UnknownError when it cannot write the
        // lock's few bytes.
        *error = tr("The disk is full, so ClearLine could not open your records to save. Nothing already saved was "
                    "lost. Free some space and try again.");
    } else {
        *error = tr("ClearLine may not write to %1. Check that the folder is not read-only, or ask your IT staff.")
                     .arg(QDir::toNativeSeparators(QFileInfo(ledgerFile).absolutePath()));
    }
    return nullptr;
}

} // namespace clearline::ledger
