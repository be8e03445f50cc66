// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/autobackup.h"

#include "core/profile.h"
#include "ledger/ledger.h"
#include "ledger/sqlerror.h"
#include "ledger/sqlitelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <sqlite3.h>
#include <unistd.h>

namespace clearline::ledger {

namespace {

const auto kPrefix = QStringLiteral("ledger-");
const auto kSuffix = QStringLiteral(".sqlite");
const auto kPartialSuffix = QStringLiteral(".partial");
const auto kDateFormat = QStringLiteral("yyyy-MM-dd");

QString fileNameFor(const QDate &date)
{
    return kPrefix + date.toString(kDateFormat) + kSuffix;
}

std::optional<BackupFile> backupAt(const QFileInfo &info)
{
    const QString name = info.fileName();
    if (!info.isFile() || !name.startsWith(kPrefix) || !name.endsWith(kSuffix)) {
        return std::nullopt;
    }
    const QDate date =
        QDate::fromString(name.mid(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size()), kDateFormat);
    if (!date.isValid()) {
        return std::nullopt;
    }
    return BackupFile{info.absoluteFilePath(), date, info.lastModified(), info.size()};
}

// Whether file is a whole SQLite database: PRAGMA integrity_check, on a
// connection of its own that is gone before the file is renamed.
bool isWhole(const QString &file, QString *detail)
{
    const QString name = QStringLiteral("clearline-backup-check-") + QUuid::createUuid().toString(QUuid::Id128);
    bool whole = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()) {
                whole = query.value(0).toString() == QLatin1String("ok");
                *detail = query.value(0).toString();
            } else {
                *detail = query.lastError().text();
            }
        } else {
            *detail = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return whole;
}

bool flush(const QString &file)
{
    QFile out(file);
    return out.open(QIODevice::ReadWrite) && ::fsync(out.handle()) == 0;
}

qint64 ledgerBytes(const Ledger &ledger)
{
    const QString file = ledger.database().fileName();
    return QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size();
}

// Whether there is anything to keep; one row read, where stats() would
// count every revision of a large ledger on each first save of the day.
bool holdsRevisions(const Ledger &ledger)
{
    QSqlQuery query(ledger.database().connection());
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM revisions)")) && query.next() &&
           query.value(0).toBool();
}

// The system error (errno) behind SQLite's last I/O error on db. A write
// that fails is not in SQLite's log (sqlitelog.h), but the connection
// keeps its errno (sqlite3_system_errno).
int systemErrorOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return 0;
    }
    sqlite3 *const connection = *static_cast<sqlite3 *const *>(handle.constData());
    return connection ? sqlite3_system_errno(connection) : 0;
}

// A full disk, a quota, or a file larger than the file system (or the
// process) allows: for a copy they are the same, there is no room for it.
bool isNoRoom(const QSqlError &error, const QSqlDatabase &db)
{
    if (SqlError::kindOf(error) == SqlError::Kind::DiskFull) {
        return true;
    }
    for (const int system : {systemErrorOf(db), SqliteLog::lastSystemError()}) {
        if (system == ENOSPC || system == EDQUOT || system == EFBIG) {
            return true;
        }
    }
    return false;
}

QString noRoomMessage()
{
    return AutoBackup::tr("There is not enough room on the disk for today's backup of your records, so none was "
                          "made. Your records and your earlier backups are unchanged. Free some space; ClearLine "
                          "tries again the next time it saves.");
}

} // namespace

QString AutoBackup::folderFor(const core::Profile &profile)
{
    return QDir(profile.dataDirectory()).filePath(QStringLiteral("backups"));
}

QList<BackupFile> AutoBackup::list(const core::Profile &profile)
{
    QList<BackupFile> backups;
    const QFileInfoList entries = QDir(folderFor(profile)).entryInfoList(QDir::Files);
    for (const QFileInfo &info : entries) {
        if (const auto backup = backupAt(info)) {
            backups.append(*backup);
        }
    }
    std::sort(backups.begin(), backups.end(), [](const BackupFile &a, const BackupFile &b) { return a.date > b.date; });
    return backups;
}

std::optional<BackupFile> AutoBackup::latest(const core::Profile &profile)
{
    const QList<BackupFile> backups = list(profile);
    return backups.isEmpty() ? std::nullopt : std::optional(backups.constFirst());
}

AutoBackup::Outcome AutoBackup::makeIfDue(const Ledger &ledger, const core::Profile &profile, const QDate &today,
                                          int keepDays, qint64 reserveBytes)
{
    Outcome outcome;
    const QDir folder(folderFor(profile));
    const QString target = folder.filePath(fileNameFor(today));
    if (QFileInfo::exists(target)) {
        outcome.state = Outcome::State::AlreadyMade;
        outcome.backup = backupAt(QFileInfo(target));
    } else if (!holdsRevisions(ledger)) {
        outcome.state = Outcome::State::NothingToKeep;
        return outcome;
    } else {
        if (!QDir().mkpath(folder.path())) {
            outcome.problem = tr("ClearLine could not make the folder %1 for the backups of your records. Your "
                                 "records are unchanged.")
                                  .arg(QDir::toNativeSeparators(folder.path()));
            return outcome;
        }
        QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // A copy cut short by a crash is never finished: only this process,
        // which holds the profile's lock, makes copies.
        const QStringList partials =
            folder.entryList({QStringLiteral("*") + kPartialSuffix}, QDir::Files | QDir::Hidden);
        for (const QString &partial : partials) {
            QFile::remove(folder.filePath(partial));
        }
        const QStorageInfo storage(folder.path());
        if (storage.isValid() && storage.bytesAvailable() < ledgerBytes(ledger) + reserveBytes) {
            outcome.problem = noRoomMessage();
            return outcome;
        }
        const QString partial = folder.filePath(QLatin1Char('.') + fileNameFor(today) + kPartialSuffix);
        QSqlQuery vacuum(ledger.database().connection());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(partial);
        if (!vacuum.exec()) {
            QFile::remove(partial);
            outcome.problem = isNoRoom(vacuum.lastError(), ledger.database().connection())
                                  ? noRoomMessage()
                                  : tr("Today's backup of your records could not be made. Your records and your "
                                       "earlier backups are unchanged. (%1)")
                                        .arg(vacuum.lastError().text());
            return outcome;
        }
        QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QString detail;
        if (!isWhole(partial, &detail) || !flush(partial) || !QFile::rename(partial, target)) {
            QFile::remove(partial);
            outcome.problem = tr("Today's backup of your records did not pass its check, so it was not kept. Your "
                                 "earlier backups are unchanged. Run 'clearline ledger verify' to check your "
                                 "records. (%1)")
                                  .arg(detail);
            return outcome;
        }
        outcome.state = Outcome::State::Made;
        outcome.backup = backupAt(QFileInfo(target));
    }
    // Only now that today's copy is checked may older ones go.
    const QDate oldestKept = today.addDays(1 - std::max(1, keepDays));
    const QList<BackupFile> backups = list(profile);
    for (const BackupFile &backup : backups) {
        if (backup.date < oldestKept && QFile::remove(backup.file)) {
            outcome.removed.append(backup.file);
        }
    }
    return outcome;
}

QString AutoBackup::whenText(const BackupFile &backup, const QDate &today)
{
    const QLocale locale;
    const QString time = locale.toString(backup.made.time(), QLocale::ShortFormat);
    if (backup.date == today) {
        return tr("today at %1").arg(time);
    }
    if (backup.date == today.addDays(-1)) {
        return tr("yesterday at %1").arg(time);
    }
    const qint64 days = backup.date.daysTo(today);
    return tr("on %1 (%n day(s) ago)", nullptr, int(days)).arg(locale.toString(backup.date, QLocale::LongFormat));
}

} // namespace clearline::ledger
