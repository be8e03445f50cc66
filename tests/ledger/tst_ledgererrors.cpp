// SPDX-License-Identifier: GPL-3.0-or-later
//
// The errors a person can meet with their records, each with a message they
// can act on, and nothing already saved lost.

#include "testprofile.h"

#include "ledger/memo.h"
#include "ledger/migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace clearline;

namespace {

QJsonObject memo(const QString &title)
{
    return ledger::Memo{title, QStringLiteral("text"), {}}.toPayload();
}

} // namespace

class TestLedgerErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { core::setApplicationIdentity(); }

    void fullDiskSavesNothingAndLosesNothing()
    {
        test::TestProfile p;
        const ledger::Revision kept = p.submit(memo(QStringLiteral("Kept")));
        // SQLite reports SQLITE_FULL once the file may not grow; this is
        // what a full disk looks like to ClearLine.
        QSqlQuery query(p.ledger->database().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(query.value(0).toInt())));

        QString error;
        const QString big(200000, QLatin1Char('x'));
        QVERIFY(!p.ledger->submit(
            *p.identity,
            {ledger::Memo::kKind, {}, {}, {}, ledger::Memo{QStringLiteral("Big"), big, {}}.toPayload(), {}}, &error));
        QVERIFY2(error.startsWith(QLatin1String("The disk is full, so ClearLine could not save. Nothing already saved "
                                                "was lost.")),
                 qPrintable(error));
        QCOMPARE(p.ledger->stats().revisions, 1);
        QCOMPARE(p.ledger->revision(kept.id)->payload, kept.payload);
    }

    void lockedByAnotherWriterIsExplained()
    {
        test::TestProfile p;
        p.submit(memo(QStringLiteral("Kept")));
        // Another program holds a write transaction on the file.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(ledger::Ledger::fileFor(p.profile));
        QVERIFY(other.open());
        {
            QSqlQuery hold(other);
            QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QString error;
            QVERIFY(!p.ledger->submit(*p.identity, {ledger::Memo::kKind, {}, {}, {}, memo(QStringLiteral("Late")), {}},
                                      &error));
            QVERIFY2(error.startsWith(QLatin1String("Another program is using your records")), qPrintable(error));
            QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QCOMPARE(p.ledger->stats().revisions, 1);
        QVERIFY(p.ledger->verify().ok());
    }

    void readOnlyLedgerRefusesToSaveWithAReason()
    {
        test::TestProfile p;
        p.submit(memo(QStringLiteral("Kept")));
        QString error;
        const auto reader = ledger::Ledger::open(p.profile, ledger::Database::Mode::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        QVERIFY(
            !reader->submit(*p.identity, {ledger::Memo::kKind, {}, {}, {}, memo(QStringLiteral("No")), {}}, &error));
        QVERIFY2(error.startsWith(QLatin1String("ClearLine may only read")), qPrintable(error));
        QCOMPARE(reader->stats().revisions, 1);
    }

    void secondWriterOnTheSameProfileIsRefused()
    {
        test::TestProfile p;
        QString error;
        QVERIFY(!ledger::Ledger::open(p.profile, ledger::Database::Mode::ReadWrite, &error));
        QVERIFY2(error.startsWith(QLatin1String("ClearLine is already open with these records")), qPrintable(error));
        // Reading alongside the writer is fine.
        QVERIFY(ledger::Ledger::open(p.profile, ledger::Database::Mode::ReadOnly, &error));
        // Once the first closes, a writer may open again.
        p.ledger.reset();
        QVERIFY2(ledger::Ledger::open(p.profile, ledger::Database::Mode::ReadWrite, &error), qPrintable(error));
    }

    void damagedFileIsReportedAndLeftAlone()
    {
        QTemporaryDir dir;
        const core::Profile profile = core::Profile::inDirectory(dir.path());
        QString prepared;
        QVERIFY(profile.prepare(&prepared));
        QFile file(ledger::Ledger::fileFor(profile));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage(8192, '\x5a');
        file.write(garbage);
        file.close();

        QString error;
        QVERIFY(!ledger::Ledger::open(profile, ledger::Database::Mode::ReadWrite, &error));
        QVERIFY2(error.startsWith(QLatin1String("The file that holds your records")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("is damaged. ClearLine has not changed it.")));
        QCOMPARE(test::readFile(file.fileName()), garbage);
    }

    void newerFormatIsRefusedUntouched()
    {
        test::TestProfile p;
        p.submit(memo(QStringLiteral("Kept")));
        {
            QSqlQuery query(p.ledger->database().connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        p.ledger.reset();
        const QByteArray before = test::readFile(ledger::Ledger::fileFor(p.profile));
        QString error;
        QVERIFY(!ledger::Ledger::open(p.profile, ledger::Database::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("saved by a newer version of ClearLine (format 99")), qPrintable(error));
        QCOMPARE(test::readFile(ledger::Ledger::fileFor(p.profile)), before);
    }

    void cloudSyncedFolderIsRefused()
    {
        QTemporaryDir dir;
        const core::Profile profile = core::Profile::inDirectory(dir.filePath(QStringLiteral("Dropbox/clearline")));
        QString error;
        QVERIFY(!ledger::Ledger::open(profile, ledger::Database::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("cloud sync program (Dropbox)")), qPrintable(error));
        QVERIFY(!QFile::exists(ledger::Ledger::fileFor(profile)));
    }

    void filesAreReadableByTheirOwnerOnly()
    {
        test::TestProfile p;
        p.submit(memo(QStringLiteral("Private")));
        const auto others =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        const QStringList files = QDir(p.profile.dataDirectory()).entryList(QDir::Files);
        QVERIFY(files.contains(QStringLiteral("ledger.sqlite")));
        for (const QString &name : files) {
            QVERIFY2((QFile::permissions(QDir(p.profile.dataDirectory()).filePath(name)) & others) ==
                         QFileDevice::Permissions(),
                     qPrintable(name));
        }
    }

    void backupIsConsistentAndVerifies()
    {
        test::TestProfile p;
        for (int i = 0; i < 3; ++i) {
            p.submit(memo(QStringLiteral("Memo %1").arg(i)));
        }
        const QString backup = p.dir.filePath(QStringLiteral("backup.sqlite"));
        QString error;
        QVERIFY2(p.ledger->backup(backup, &error), qPrintable(error));
        QVERIFY(!p.ledger->backup(backup, &error)); // never overwrites
        const auto copy = ledger::Ledger::openFile(backup, &error);
        QVERIFY2(copy, qPrintable(error));
        const ledger::VerifyReport report = copy->verify();
        QVERIFY(report.ok());
        QCOMPARE(report.revisions, 3);
    }

    void migrationScriptsSplitIntoStatements()
    {
        const QStringList statements = ledger::Migrations::statements(QStringLiteral(
            "-- a comment\nCREATE TABLE a (x);\n\nCREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n    SELECT "
            "RAISE(ABORT, 'no');\nEND;\nCREATE VIEW v AS\nSELECT x\nFROM a;\n"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).startsWith(QLatin1String("CREATE TRIGGER")));
        QVERIFY(statements.at(1).endsWith(QLatin1String("END;")));
        QVERIFY(statements.at(2).endsWith(QLatin1String("FROM a;")));
    }
};

QTEST_GUILESS_MAIN(TestLedgerErrors)
#include "tst_ledgererrors.moc"
