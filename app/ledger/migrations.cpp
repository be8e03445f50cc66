// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/migrations.h"

#include "ledger/derivedstate.h"
#include "ledger/sqlerror.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace clearline::ledger {

namespace {

const auto kMigrationsDir = QStringLiteral(":/sql/ledger");
// From this format on a record's head is the revision furthest along its
// chain of corrections (003_sync.sql), no longer the latest by the clock:
// an older ledger derives its query tables again once migrated.
constexpr int kHeadsByChain = 3;

// Version number → resource path, from the file names "NNN_name.sql".
QMap<int, QString> steps()
{
    QMap<int, QString> result;
    const QStringList files = QDir(kMigrationsDir).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString &file : files) {
        bool ok = false;
        const int version = file.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok) {
            result.insert(version, QDir(kMigrationsDir).filePath(file));
        }
    }
    return result;
}

} // namespace

int Migrations::latestVersion()
{
    const auto all = steps();
    return all.isEmpty() ? 0 : all.lastKey();
}

int Migrations::currentVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = SqlError::message(query.lastError(), db.databaseName());
        return -1;
    }
    return query.value(0).toInt();
}

QStringList Migrations::statements(const QString &script)
{
    QStringList result;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))) {
            continue;
        }
        if (current.isEmpty()) {
            inTrigger = trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        }
        current += line + QLatin1Char('\n');
        const bool ends = inTrigger ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            result.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        result.append(current.trimmed());
    }
    return result;
}

bool Migrations::migrate(QSqlDatabase &db, const QString &file, QString *error)
{
    const int current = currentVersion(db, error);
    if (current < 0) {
        return false;
    }
    const int latest = latestVersion();
    if (current > latest) {
        *error = tr("Your records were saved by a newer version of ClearLine (format %1; this one knows up to %2). "
                    "Update ClearLine to open them; nothing was changed.")
                     .arg(current)
                     .arg(latest);
        return false;
    }
    if (current == latest) {
        return true;
    }

    QSqlQuery query(db);
    if (current > 0) {
        const QString backup = QStringLiteral("%1.before-v%2.bak").arg(file).arg(latest);
        QFile::remove(backup);
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(backup);
        if (!query.exec()) {
            *error = tr("ClearLine could not copy your records aside before updating their format, so it left them "
                        "as they were. %1")
                         .arg(SqlError::message(query.lastError(), file));
            return false;
        }
    }

    const auto all = steps();
    for (auto it = all.upperBound(current); it != all.end(); ++it) {
        QFile script(it.value());
        script.open(QIODevice::ReadOnly);
        if (!db.transaction()) {
            *error = SqlError::message(db.lastError(), file);
            return false;
        }
        QStringList list = statements(QString::fromUtf8(script.readAll()));
        list.append(QStringLiteral("PRAGMA user_version = %1").arg(it.key()));
        for (const QString &statement : std::as_const(list)) {
            if (!query.exec(statement)) {
                *error = tr("Updating the format of your records failed at step %1, so nothing was changed. %2")
                             .arg(it.key())
                             .arg(SqlError::message(query.lastError(), file));
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error = SqlError::message(db.lastError(), file);
            db.rollback();
            return false;
        }
    }
    if (current < kHeadsByChain) {
        DerivedState derived(db);
        const bool ok = db.transaction() && derived.clear(error) && derived.applyAll(error) && db.commit();
        if (!ok) {
            if (error->isEmpty()) {
                *error = SqlError::message(db.lastError(), file);
            }
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace clearline::ledger
