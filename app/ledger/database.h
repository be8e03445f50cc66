// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

namespace clearline::ledger {

/// The ledger's SQLite file: opened safely, migrated, and owned.
///
/// One Database per open ledger. It holds a named connection for each
/// thread that asks (connection()), and, when opened for writing, a lock
/// file that keeps a second ClearLine from writing the same profile.
/// No QSqlQuery exists outside app/ledger.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ledger::Database)

public:
    enum class Mode { ReadWrite, ReadOnly };

    /// Opens (and when writing, creates and migrates) the ledger at file.
    static std::unique_ptr<Database> open(const QString &file, Mode mode, QString *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// This thread's connection to the file.
    QSqlDatabase connection() const;
    QString fileName() const { return m_file; }
    Mode mode() const { return m_mode; }

private:
    Database(QString file, Mode mode);
    bool configure(QSqlDatabase &db, QString *error) const;

    QString m_file;
    Mode m_mode;
    QString m_connectionPrefix;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace clearline::ledger
