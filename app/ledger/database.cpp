// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/database.h"

#include "core/fileaccess.h"
#include "ledger/ledgerlock.h"
#include "ledger/migrations.h"
#include "ledger/sqlerror.h"
#include "ledger/sqlitelog.h"
#include "ledger/storagecheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace clearline::ledger {

namespace {

constexpr auto kOwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Waits this long for another writer's transaction before giving up.
constexpr int kBusyTimeoutMs = 5000;

void restrictToOwner(const QString &file)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(file + suffix)) {
            QFile::setPermissions(file + suffix, kOwnerReadWrite);
        }
    }
}

} // namespace

Database::Database(QString file, Mode mode)
    : m_file(std::move(file))
    , m_mode(mode)
    , m_connectionPrefix(QStringLiteral("clearline-ledger-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(m_connectionPrefix)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

std::unique_ptr<Database> Database::open(const QString &file, Mode mode, QString *error)
{
    SqliteLog::install();
    const QString folder = QFileInfo(file).absolutePath();
    if (!StorageCheck::isSafeFolder(folder, error) || !core::FileAccess::mayRead(file, error)) {
        return nullptr;
    }
    // An empty file is what SQLite makes of a new database before its first
    // write: nothing to read yet.
    if (mode == Mode::ReadOnly && QFileInfo(file).size() == 0) {
        *error = tr("There are no records in %1 yet.").arg(QDir::toNativeSeparators(folder));
        return nullptr;
    }

    std::unique_ptr<Database> database(new Database(file, mode));
    if (mode == Mode::ReadWrite) {
        database->m_lock = LedgerLock::acquire(file, error);
        if (!database->m_lock) {
            return nullptr;
        }
    }

    QSqlDatabase db = database->connection();
    if (!db.isOpen()) {
        *error = SqlError::message(db.lastError(), file);
        return nullptr;
    }
    if (!database->configure(db, error)) {
        return nullptr;
    }
    if (mode == Mode::ReadWrite) {
        if (!Migrations::migrate(db, file, error)) {
            return nullptr;
        }
        restrictToOwner(file);
    } else {
        const int version = Migrations::currentVersion(db, error);
        if (version < 0) {
            return nullptr;
        }
        if (version != Migrations::latestVersion()) {
            *error = tr("These records are in format %1, and this ClearLine reads format %2. Open them once in "
                        "ClearLine (not read-only) to update them.")
                         .arg(version)
                         .arg(Migrations::latestVersion());
            return nullptr;
        }
    }
    return database;
}

bool Database::configure(QSqlDatabase &db, QString *error) const
{
    QSqlQuery query(db);
    // The first statement reads the file header: a damaged file shows here.
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (m_mode == Mode::ReadWrite) {
        // WAL with FULL sync: a commit that returned is on the disk, and a
        // power cut at any moment leaves the last committed state.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    // 32 MB of page cache (SQLite's default is 2 MB): a year of a school's
    // records, or a large bundle's import, stays in memory while indexed.
    pragmas << QStringLiteral("PRAGMA cache_size = -32768") << QStringLiteral("PRAGMA schema_version");
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!query.exec(pragma)) {
            *error = SqlError::message(query.lastError(), m_file);
            return false;
        }
    }
    return true;
}

QSqlDatabase Database::connection() const
{
    const QString name =
        QStringLiteral("%1-%2").arg(m_connectionPrefix).arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_file);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (m_mode == Mode::ReadOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    if (db.open()) {
        // Per-connection settings; open() reports their errors for the first.
        QString ignored;
        configure(db, &ignored);
    }
    return db;
}

} // namespace clearline::ledger
