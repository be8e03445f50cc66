// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/sqlerror.h"

#include "ledger/sqlitelog.h"

#include <QDir>
#include <QSqlError>

#include <cerrno>
#include <sqlite3.h>

namespace clearline::ledger {

namespace {

// SQLite's primary result code of error (extended codes keep it in their low
// byte); -1 when unknown. Qt leaves the code out when a commit or a
// rollback fails, but keeps SQLite's own words, which name it.
int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok) {
        return code & 0xff;
    }
    for (const int known : {SQLITE_FULL, SQLITE_READONLY, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CORRUPT, SQLITE_NOTADB,
                            SQLITE_CANTOPEN, SQLITE_IOERR}) {
        if (error.databaseText().startsWith(QLatin1String(sqlite3_errstr(known)))) {
            return known;
        }
    }
    return -1;
}

} // namespace

SqlError::Kind SqlError::kindOf(const QSqlError &error)
{
    if (!error.isValid()) {
        return Kind::None;
    }
    switch (primaryCode(error)) {
    case SQLITE_FULL:
        return Kind::DiskFull;
    case SQLITE_READONLY:
        return Kind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Kind::Locked;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Kind::Damaged;
    case SQLITE_CANTOPEN:
        return Kind::CannotOpen;
    case SQLITE_IOERR:
        // SQLite says SQLITE_FULL only where a write() itself found the disk
        // full; a full disk met by fsync(), or while growing the shared
        // memory file, is an I/O error whose system error tells.
        return SqliteLog::lastSystemError() == ENOSPC || SqliteLog::lastSystemError() == EDQUOT ? Kind::DiskFull
                                                                                                : Kind::Other;
    default:
        return Kind::Other;
    }
}

QString SqlError::message(const QSqlError &error, const QString &file)
{
    const QString where = QDir::toNativeSeparators(file);
    QString text;
    switch (kindOf(error)) {
    case Kind::None:
        return {};
    case Kind::DiskFull:
        text = tr("The disk is full, so ClearLine could not save. Nothing already saved was lost. Free some space "
                  "and try again.");
        break;
    case Kind::ReadOnly:
        text = tr("ClearLine may only read %1, so it could not save. Nothing already saved was lost. Check that the "
                  "folder is not read-only, or ask your IT staff.")
                   .arg(where);
        break;
    case Kind::Locked:
        text = tr("Another program is using your records (%1) right now, so ClearLine could not save. Nothing "
                  "already saved was lost. Try again in a moment.")
                   .arg(where);
        break;
    case Kind::Damaged:
        text = tr("The file that holds your records (%1) is damaged. ClearLine has not changed it. Keep a copy of "
                  "it and restore your latest backup: clearline ledger restore --from BACKUP")
                   .arg(where);
        break;
    case Kind::CannotOpen:
        text = tr("ClearLine could not open %1. Check that the folder exists and that you may write there.").arg(where);
        break;
    case Kind::Other:
        text = tr("ClearLine could not read or save your records in %1. Nothing already saved was lost.").arg(where);
        break;
    }
    return text + QStringLiteral(" (") + error.text().trimmed() + QLatin1Char(')');
}

} // namespace clearline::ledger
