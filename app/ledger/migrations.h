// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace clearline::ledger {

/// Brings a ledger's schema forward, one numbered step at a time.
///
/// Each step is resources/sql/ledger/NNN_name.sql and runs in one
/// transaction that also sets PRAGMA user_version to NNN. A database newer
/// than the program is refused; an existing one is copied aside before the
/// first step, so a failed migration loses nothing.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ledger::Migrations)

public:
    static int latestVersion();
    static int currentVersion(QSqlDatabase &db, QString *error);
    /// Migrates db (the file `file`) to the latest version.
    static bool migrate(QSqlDatabase &db, const QString &file, QString *error);
    /// Splits a migration script into statements (see the SQL files' header).
    static QStringList statements(const QString &script);
};

} // namespace clearline::ledger
