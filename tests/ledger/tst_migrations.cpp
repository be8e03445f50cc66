// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every ledger written by a released version opens in this one: each
// fixture under tests/fixtures/ledger/vN is copied, opened for writing
// (which migrates it), and must then hold the same records and verify.

#include "testpaths.h"
#include "testprofile.h"

#include "ledger/memo.h"
#include "ledger/migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace clearline;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { core::setApplicationIdentity(); }

    void newLedgerIsAtTheLatestVersion()
    {
        test::TestProfile p;
        QSqlDatabase db = p.ledger->database().connection();
        QString error;
        QCOMPARE(ledger::Migrations::currentVersion(db, &error), ledger::Migrations::latestVersion());
        QVERIFY(ledger::Migrations::latestVersion() >= 1);
    }

    void everyReleasedVersionOpens_data()
    {
        QTest::addColumn<QString>("fixture");
        const QDir fixtures(
            QDir(QString::fromUtf8(test::kSourceDir)).filePath(QStringLiteral("tests/fixtures/ledger")));
        const QStringList versions = fixtures.entryList({QStringLiteral("v*")}, QDir::Dirs);
        QVERIFY(!versions.isEmpty());
        for (const QString &version : versions) {
            QTest::newRow(qPrintable(version)) << fixtures.filePath(version);
        }
    }

    void everyReleasedVersionOpens()
    {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        for (const QString &name : {QStringLiteral("ledger.sqlite"), QStringLiteral("identity.json")}) {
            QVERIFY(QFile::copy(QDir(fixture).filePath(name), dir.filePath(name)));
            QFile::setPermissions(dir.filePath(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        const core::Profile profile = core::Profile::inDirectory(dir.path());
        QString error;
        const auto ledger = ledger::Ledger::open(profile, ledger::Database::Mode::ReadWrite, &error);
        QVERIFY2(ledger, qPrintable(error));
        QSqlDatabase db = ledger->database().connection();
        QCOMPARE(ledger::Migrations::currentVersion(db, &error), ledger::Migrations::latestVersion());

        const ledger::VerifyReport report = ledger->verify();
        QVERIFY2(report.ok(), qPrintable(report.problems.value(0).message));
        QCOMPARE(report.revisions, 3);
        const QList<ledger::RecordSummary> memos = ledger->records(ledger::Memo::kKind);
        QCOMPARE(memos.size(), 2);
        QCOMPARE(ledger->search(QStringLiteral("gym"), 10).size(), 1);
        QCOMPARE(ledger->stats().attachments, 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
