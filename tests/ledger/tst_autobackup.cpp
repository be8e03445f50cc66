// SPDX-License-Identifier: GPL-3.0-or-later
//
// The daily backup that "restore your latest backup" refers to: made once a
// day, checked before it counts, kept for the days the person chose, and
// never bought at the price of a good backup or a record.

#include "testprofile.h"

#include "ledger/autobackup.h"
#include "ledger/ledgerrestore.h"
#include "ledger/memo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <csignal>
#include <sys/resource.h>

using namespace clearline;
using Outcome = ledger::AutoBackup::Outcome;

namespace {

QJsonObject memo(const QString &title)
{
    return ledger::Memo{title, QStringLiteral("text"), {}}.toPayload();
}

const QDate kToday(2026, 12, 7);

QStringList backupNames(const core::Profile &profile)
{
    QStringList names;
    const auto backups = ledger::AutoBackup::list(profile);
    for (const auto &backup : backups) {
        names.append(QFileInfo(backup.file).fileName());
    }
    return names;
}

// Limits the size of files this process writes, as a full disk would; a
// write past it fails instead of raising SIGXFSZ.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        // A handler that does nothing: the write then fails with EFBIG.
        std::signal(SIGXFSZ, [](int) {});
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};

} // namespace

class TestAutoBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { core::setApplicationIdentity(); }

    void aCheckedCopyIsMadeOnceADay()
    {
        test::TestProfile p;
        p.submit(memo(QStringLiteral("Called home")));
        const Outcome first = ledger::AutoBackup::makeIfDue(*p.ledger, p.profile, kToday, 14);
        QCOMPARE(first.state, Outcome::State::Made);
        QVERIFY(first.problem.isEmpty());
        QCOMPARE(backupNames(p.profile), QStringList{QStringLiteral("ledger-2026-12-07.sqlite")});
        QCOMPARE(QFileInfo(ledger::AutoBackup::folderFor(p.profile)).absoluteFilePath(),
                 QDir(p.profile.dataDirectory()).filePath(QStringLiteral("backups")));
        QCOMPARE(QFile::permissions(first.backup->file) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        // A second save the same day makes no second copy.
        p.submit(memo(QStringLiteral("Called again")));
        QCOMPARE(ledger::AutoBackup::makeIfDue(*p.ledger, p.profile, kToday, 14).state, Outcome::State::AlreadyMade);
        QCOMPARE(backupNames(p.profile).size(), 1);

        // The copy is one a restore accepts: it verifies and holds the key.
        QString error;
        const auto copy = ledger::Ledger::openFile(first.backup->file, &error);
        QVERIFY2(copy, qPrintable(error));
        QVERIFY(copy->verify().ok());
        QCOMPARE(copy->stats().revisions, 1);
    }

    void anEmptyLedgerHasNothingToKeep()
    {
        test::TestProfile p;
        QCOMPARE(ledger::AutoBackup::makeIfDue(*p.ledger, p.profile, kToday, 14).state, Outcome::State::NothingToKeep);
        QVERIFY(ledger::AutoBackup::list(p.profile).isEmpty());
    }

    void backupsOlderThanTheDaysKeptGoOnlyAfterTodaysIsChecked()
    {
        test::TestProfile p;
        p.submit(memo(QStringLiteral("Day one")));
        for (int day = 20; day >= 0; day -= 5) {
            QCOMPARE(ledger::AutoBackup::makeIfDue(*p.ledger, p.profile, kToday.addDays(-day), 30).state,
                     Outcome::State::Made);
        }
        QCOMPARE(backupNames(p.profile).size(), 5);
        QCOMPARE(backupNames(p.profile).constFirst(), QStringLiteral("ledger-2026-12-07.sqlite"));

        const Outcome tomorrow = ledger::AutoBackup::makeIfDue(*p.ledger, p.profile, kToday.addDays(1), 7);
        QCOMPARE(tomorrow.state, Outcome::State::Made);
        // Kept: the 7 days from Dec 2 to Dec 8.
        QCOMPARE(backupNames(p.profile),
                 (QStringList{QStringLiteral("ledger-2026-12-08.sqlite"), QStringLiteral("ledger-2026-12-07.sqlite"),
                              QStringLiteral("ledger-2026-12-02.sqlite")}));
        QCOMPARE(tomorrow.removed.size(), 3);
    }

    void aFullDiskLosesNothingAndSaysSo()
    {
        test::TestProfile p;
        p.submit(memo(QStringLiteral("Kept")));
        QCOMPARE(ledger::AutoBackup::makeIfDue(*p.ledger, p.profile, kToday.addDays(-1), 14).state,
                 Outcome::State::Made);
        for (int i = 0; i < 40; ++i) {
            p.submit(memo(QStringLiteral("More %1").arg(i)));
        }

        // The disk fills up while the copy is written.
        Outcome outcome;
        {
            const FileSizeLimit limit(3 * 4096 + 1000);
            outcome = ledger::AutoBackup::makeIfDue(*p.ledger, p.profile, kToday, 1);
        }
        QCOMPARE(outcome.state, Outcome::State::Failed);
        QVERIFY2(outcome.problem.startsWith(QLatin1String("There is not enough room on the disk for today's backup of "
                                                          "your records, so none was made. Your records and your "
                                                          "earlier backups are unchanged.")),
                 qPrintable(outcome.problem));
        // Yesterday's copy is not pruned for a copy that failed, no part of
        // today's is left, and every record is still there.
        QCOMPARE(backupNames(p.profile), QStringList{QStringLiteral("ledger-2026-12-06.sqlite")});
        QCOMPARE(QDir(ledger::AutoBackup::folderFor(p.profile)).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QCOMPARE(p.ledger->stats().revisions, 41);
        QVERIFY(p.ledger->verify().ok());

        // Too little room left after the copy counts as full too: a backup
        // must never be why the next save fails.
        const qint64 available = QStorageInfo(p.profile.dataDirectory()).bytesAvailable();
        const Outcome tight = ledger::AutoBackup::makeIfDue(*p.ledger, p.profile, kToday, 1, available);
        QCOMPARE(tight.state, Outcome::State::Failed);
        QCOMPARE(tight.problem, outcome.problem);
        QCOMPARE(backupNames(p.profile).size(), 1);

        // With room again, today's is made and yesterday's goes.
        QCOMPARE(ledger::AutoBackup::makeIfDue(*p.ledger, p.profile, kToday, 1).state, Outcome::State::Made);
        QCOMPARE(backupNames(p.profile), QStringList{QStringLiteral("ledger-2026-12-07.sqlite")});
    }

    void aCopyCutShortIsNeverCounted()
    {
        test::TestProfile p;
        p.submit(memo(QStringLiteral("Kept")));
        // What a crash in the middle of a copy leaves.
        const QDir folder(ledger::AutoBackup::folderFor(p.profile));
        QVERIFY(QDir().mkpath(folder.path()));
        QVERIFY(test::writeFile(folder.filePath(QStringLiteral(".ledger-2026-12-07.sqlite.partial")), "SQLite"));
        QVERIFY(ledger::AutoBackup::list(p.profile).isEmpty());
        QCOMPARE(ledger::AutoBackup::makeIfDue(*p.ledger, p.profile, kToday, 14).state, Outcome::State::Made);
        QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("ledger-2026-12-07.sqlite")});
    }

    void whenIsSaidInWords()
    {
        const ledger::BackupFile backup{QStringLiteral("x"), kToday, QDateTime(kToday, QTime(9, 14)), 1};
        QVERIFY(ledger::AutoBackup::whenText(backup, kToday).startsWith(QLatin1String("today at ")));
        QVERIFY(ledger::AutoBackup::whenText(backup, kToday.addDays(1)).startsWith(QLatin1String("yesterday at ")));
        QVERIFY(ledger::AutoBackup::whenText(backup, kToday.addDays(3)).contains(QLatin1String("(3 day")));
    }

    void damageAdviceNamesTheLatestBackup()
    {
        test::TestProfile p;
        QVERIFY(ledger::LedgerRestore::damagedAdvice(p.profile).contains(QLatin1String("no automatic backup")));
        p.submit(memo(QStringLiteral("Kept")));
        const Outcome made = ledger::AutoBackup::makeIfDue(*p.ledger, p.profile, QDate::currentDate(), 14);
        const QString advice = ledger::LedgerRestore::damagedAdvice(p.profile);
        QVERIFY2(advice.contains(QLatin1String("Restore your latest good backup, made today at")), qPrintable(advice));
        QVERIFY2(advice.contains(QStringLiteral("clearline ledger restore --from \"%1\"").arg(made.backup->file)),
                 qPrintable(advice));
    }
};

QTEST_GUILESS_MAIN(TestAutoBackup)
#include "tst_autobackup.moc"
