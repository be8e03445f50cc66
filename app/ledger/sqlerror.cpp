// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/sqlerror.h"

#include <QDir>
#include <QSqlError>

namespace clearline::ledger {

namespace {
// SQLite's primary result codes (sqlite3.h); extended codes keep them in
// their low byte.
enum : int {
    kSqliteBusy = 5,
    kSqliteLocked = 6,
    kSqliteReadOnly = 8,
    kSqliteIoErr = 10,
    kSqliteCorrupt = 11,
    kSqliteFull = 13,
    kSqliteCantOpen = 14,
    kSqliteNotADb = 26,
};
} // namespace

SqlError::Kind SqlError::kindOf(const QSqlError &error)
{
    if (!error.isValid()) {
        return Kind::None;
    }
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok) {
        return Kind::Other;
    }
    switch (code) {
    case kSqliteFull:
        return Kind::DiskFull;
    case kSqliteReadOnly:
        return Kind::ReadOnly;
    case kSqliteBusy:
    case kSqliteLocked:
        return Kind::Locked;
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return Kind::Damaged;
    case kSqliteCantOpen:
        return Kind::CannotOpen;
    case kSqliteIoErr:
        // Most I/O errors on a write are a full disk or a vanished drive.
        return Kind::Other;
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
                  "it and ask your IT staff to restore your latest backup.")
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
