// SPDX-License-Identifier: GPL-3.0-or-later
//
// A damaged records file, met by the window's own reads: a banner says so
// at once, to the eye and to a screen reader, and names the backup to
// restore, so that a list cut short is never taken for the truth. The
// profile screen names the latest good backup.

#include "testprofile.h"

#include "core/languages.h"
#include "core/settings.h"
#include "ledger/autobackup.h"
#include "ledger/memo.h"
#include "ui/damagebanner.h"
#include "ui/mainwindow.h"
#include "ui/profiledialog.h"
#include "ui/profilesession.h"

#include <QAccessible>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace clearline;

namespace {

QStringList g_alerts;

void recordAlert(QAccessibleEvent *event)
{
    if (event->type() == QAccessible::Alert && event->accessibleInterface()) {
        g_alerts.append(event->accessibleInterface()->text(QAccessible::Name));
    }
}

// Overwrites the page that holds the records table, leaving the file's
// header whole, as a failing disk does.
void damageRecordsTable(const QString &file)
{
    qint64 offset = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damager"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        const qint64 pageSize = query.value(0).toLongLong();
        QVERIFY(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'records'")) &&
                query.next());
        offset = (query.value(0).toLongLong() - 1) * pageSize;
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damager"));
    QFile out(file);
    QVERIFY(offset > 0 && out.open(QIODevice::ReadWrite) && out.seek(offset));
    QVERIFY(out.write(QByteArray(4096, '\x5a')) == 4096);
}

} // namespace

class TestDamageBanner : public QObject
{
    Q_OBJECT

    core::Languages m_languages;

private Q_SLOTS:
    void initTestCase()
    {
        core::setApplicationIdentity();
        m_languages.install(QStringLiteral("en")); // English plurals ("14 days")
        QAccessible::installUpdateHandler(&recordAlert);
        QAccessible::setActive(true);
    }

    void aWholeLedgerShowsNoBannerAndTheProfileNamesTheBackup()
    {
        test::TestProfile p;
        p.submit(ledger::Memo{QStringLiteral("Called home"), QStringLiteral("x"), {}}.toPayload());
        p.ledger.reset();

        ui::ProfileSession session(p.profile, test::fixedPassphrase(test::kPassphrase));
        QString error;
        QVERIFY2(session.openLedger(&error), qPrintable(error));
        // Opening for writing made today's backup.
        QVERIFY(ledger::AutoBackup::latest(p.profile));
        core::Settings settings(p.profile);
        ui::MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(200);
        QVERIFY(window.damageBanner()->isHidden());

        ui::ProfileDialog dialog(session);
        // The dialog checks the records on a worker thread: let it finish
        // before the ledger goes.
        QSignalSpy checked(&dialog, &ui::ProfileDialog::checked);
        QVERIFY(checked.wait(20000));
        QVERIFY2(dialog.backupText().startsWith(QLatin1String("The latest good backup was made today at ")),
                 qPrintable(dialog.backupText()));
        QVERIFY(dialog.backupText().contains(ledger::AutoBackup::latest(p.profile)->file));
        QVERIFY(dialog.backupText().contains(QLatin1String("keeps 14 days of them")));
    }

    void aDamagedLedgerShowsABannerThatNamesTheBackup()
    {
        test::TestProfile p;
        for (int i = 0; i < 3; ++i) {
            p.submit(ledger::Memo{QStringLiteral("Memo %1").arg(i), QStringLiteral("x"), {}}.toPayload());
        }
        const auto backup = ledger::AutoBackup::makeIfDue(*p.ledger, p.profile, QDate::currentDate(), 14);
        QVERIFY(backup.backup);
        p.ledger.reset();
        damageRecordsTable(ledger::Ledger::fileFor(p.profile));

        g_alerts.clear();
        ui::ProfileSession session(p.profile, test::fixedPassphrase(test::kPassphrase));
        QString error;
        QVERIFY2(session.openLedger(&error), qPrintable(error));
        core::Settings settings(p.profile);
        ui::MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(QTest::qWaitFor([&] { return !window.damageBanner()->isHidden(); }, 10000));
        QVERIFY(window.damageBanner()->isVisible());

        const QString text = window.damageBanner()->text();
        QVERIFY2(text.contains(QLatin1String("is damaged")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Do not take a short or empty list as the truth")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Restore your latest good backup, made today at")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("clearline ledger restore --from \"%1\"").arg(backup.backup->file)),
                 qPrintable(text));
        QVERIFY(session.isLedgerDamaged());
        // A screen reader is told, by the banner's name.
        QVERIFY(QTest::qWaitFor([] { return g_alerts.contains(QStringLiteral("Your records are damaged")); }, 10000));
    }
};

QTEST_MAIN(TestDamageBanner)
#include "tst_damagebanner.moc"
