// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledgerrestore.h"

#include "core/profile.h"
#include "crypto/identity.h"
#include "ledger/autobackup.h"
#include "ledger/ledger.h"
#include "ledger/ledgerlock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <algorithm>
#include <unistd.h>

namespace clearline::ledger {

namespace {

const QStringList kCompanions{QStringLiteral("-wal"), QStringLiteral("-shm")};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// A copy that is on the disk before it replaces anything.
bool copyDurably(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to)) {
        return false;
    }
    QFile copy(to);
    if (!copy.open(QIODevice::ReadWrite) || ::fsync(copy.handle()) != 0) {
        QFile::remove(to);
        return false;
    }
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

// Moves the present ledger, with its write-ahead log, to aside; drops the
// shared-memory index, which SQLite makes again from the log.
bool moveAside(const QString &file, const QString &aside)
{
    if (QFileInfo::exists(file) && !QFile::rename(file, aside)) {
        return false;
    }
    if (QFileInfo::exists(file + kCompanions.at(0))) {
        QFile::rename(file + kCompanions.at(0), aside + kCompanions.at(0));
    }
    QFile::remove(file + kCompanions.at(1));
    return true;
}

// The problem that makes `restoring` unusable as `profile`'s ledger; empty
// when it is usable.
QString problemWith(const Ledger &restoring, const VerifyReport &report, const core::Profile &profile,
                    const QString &backup)
{
    if (!report.ok()) {
        return LedgerRestore::tr("The backup %1 did not pass verification (%2), so nothing was changed. Choose "
                                 "another backup.")
            .arg(native(backup), report.problems.constFirst().message);
    }
    if (!crypto::Identity::exists(profile)) {
        return {};
    }
    QString error;
    const std::optional<crypto::IdentityInfo> self = crypto::Identity::readInfo(profile, &error);
    if (!self) {
        return error;
    }
    const QList<KnownPerson> people = restoring.people();
    const bool holdsOwnKey = std::any_of(
        people.cbegin(), people.cend(), [&](const KnownPerson &person) { return person.publicKey == self->publicKey; });
    if (!holdsOwnKey) {
        return LedgerRestore::tr("The backup %1 is not of this profile: it does not hold its key (fingerprint %2). "
                                 "Nothing was changed. Choose a backup of this profile.")
            .arg(native(backup), self->fingerprint());
    }
    return {};
}

} // namespace

std::optional<LedgerRestore::Result> LedgerRestore::restore(const core::Profile &profile, const QString &backup,
                                                            QString *error)
{
    if (!QFileInfo(backup).isFile()) {
        *error = tr("There is no backup file %1.").arg(native(backup));
        return std::nullopt;
    }
    if (!profile.prepare(error)) {
        return std::nullopt;
    }
    const QString file = Ledger::fileFor(profile);
    const std::unique_ptr<QLockFile> lock = LedgerLock::acquire(file, error);
    if (!lock) {
        return std::nullopt;
    }
    // The copy is checked, not the backup: what is checked is what is used.
    const QString incoming = file + QStringLiteral(".restoring");
    if (!copyDurably(backup, incoming)) {
        *error = tr("ClearLine could not copy the backup %1 into %2. Check that the disk is not full. Nothing was "
                    "changed.")
                     .arg(native(backup), native(profile.dataDirectory()));
        return std::nullopt;
    }
    Result result;
    result.ledgerFile = file;
    {
        QString openError;
        const std::unique_ptr<Ledger> restoring = Ledger::openFile(incoming, &openError);
        QString problem =
            restoring ? QString()
                      : tr("The backup %1 cannot be used, so nothing was changed: %2").arg(native(backup), openError);
        if (restoring) {
            result.report = restoring->verify();
            problem = problemWith(*restoring, result.report, profile, backup);
        }
        if (!problem.isEmpty()) {
            QFile::remove(incoming);
            *error = problem;
            return std::nullopt;
        }
    }

    if (QFileInfo::exists(file) || QFileInfo::exists(file + kCompanions.at(0))) {
        result.keptAside = file + QStringLiteral(".damaged-") +
                           QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    }
    if ((!result.keptAside.isEmpty() && !moveAside(file, result.keptAside)) || !QFile::rename(incoming, file)) {
        if (!result.keptAside.isEmpty() && !QFileInfo::exists(file)) {
            QFile::rename(result.keptAside, file);
        }
        QFile::remove(incoming);
        *error = tr("ClearLine could not put the backup in place of %1. Nothing was changed.").arg(native(file));
        return std::nullopt;
    }
    return result;
}

QString LedgerRestore::command(const core::Profile &profile)
{
    QString text = QStringLiteral("clearline ledger restore --from BACKUP");
    if (profile.isCustom()) {
        text += QStringLiteral(" --profile ") + QDir::toNativeSeparators(profile.dataDirectory());
    }
    return text;
}

QString LedgerRestore::lostMessage(const core::Profile &profile)
{
    const QString file = native(Ledger::fileFor(profile));
    const QString what =
        QFileInfo::exists(file)
            ? tr("The records file of this profile (%1) is empty, although the profile has an identity: it was cut "
                 "short, perhaps when the computer stopped while saving.")
                  .arg(file)
            : tr("The records file of this profile (%1) is missing, although the profile has an identity: it was "
                 "moved or deleted.")
                  .arg(file);
    return what + QLatin1Char(' ') +
           tr("ClearLine will not start a new, empty one in its place. Restore your latest backup: %1")
               .arg(command(profile));
}

QString LedgerRestore::damagedMessage(const core::Profile &profile)
{
    return tr("The records file of this profile (%1) is damaged: part of it can no longer be read, so ClearLine "
              "will not answer as if it were whole. ClearLine has not changed it. Restore your latest backup: %2")
        .arg(native(Ledger::fileFor(profile)), command(profile));
}

QString LedgerRestore::damagedAdvice(const core::Profile &profile)
{
    const QString what = tr("Your records file (%1) is damaged: part of it can no longer be read, so what ClearLine "
                            "shows may be incomplete. Do not take a short or empty list as the truth. ClearLine has "
                            "not changed the file.")
                             .arg(native(Ledger::fileFor(profile)));
    const auto latest = AutoBackup::latest(profile);
    if (!latest) {
        return what + QLatin1Char(' ') +
               tr("There is no automatic backup of it yet. Ask your IT staff to restore a copy of your records "
                  "(%1).")
                   .arg(command(profile));
    }
    QString restore = QStringLiteral("clearline ledger restore --from \"%1\"").arg(native(latest->file));
    if (profile.isCustom()) {
        restore += QStringLiteral(" --profile \"%1\"").arg(QDir::toNativeSeparators(profile.dataDirectory()));
    }
    return what + QLatin1Char(' ') +
           tr("Restore your latest good backup, made %1: close ClearLine and run %2")
               .arg(AutoBackup::whenText(*latest, QDate::currentDate()), restore);
}

} // namespace clearline::ledger
