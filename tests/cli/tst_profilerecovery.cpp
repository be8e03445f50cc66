// SPDX-License-Identifier: GPL-3.0-or-later
//
// A profile that was interrupted, damaged or opened up never loses records
// silently and never stays unusable: through the real program, as a teacher
// or district IT would meet it.

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using clearline::test::CliResult;

namespace {

const QHash<QString, QString> kScript{{QStringLiteral("CLEARLINE_KEYSTORE"), QStringLiteral("file")},
                                      {QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("correct horse")}};

CliResult run(const QStringList &arguments)
{
    return clearline::test::runClearline(arguments, kScript);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QString ledgerOf(const QString &profile)
{
    return profile + QStringLiteral("/ledger.sqlite");
}

// Makes file look written `seconds` ago.
bool age(const QString &file, int seconds)
{
    QFile handle(file);
    return handle.open(QIODevice::ReadWrite) &&
           handle.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-seconds), QFileDevice::FileModificationTime);
}

constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                         QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

class TestProfileRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeProfile(const QString &name)
    {
        const QString profile = m_dir.filePath(name);
        const CliResult result =
            run({QStringLiteral("init"), QStringLiteral("--profile"), profile, QStringLiteral("--name"),
                 QStringLiteral("Dana Coach"), QStringLiteral("--email"), QStringLiteral("dana@district.example")});
        if (result.exitCode != 0) {
            qWarning("init failed: %s", qPrintable(result.err));
        }
        return profile;
    }

    static CliResult addMemo(const QString &profile, const QString &title)
    {
        return run({QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--profile"), profile,
                    QStringLiteral("--title"), title, QStringLiteral("--text"), QStringLiteral("Bus leaves at 6:45.")});
    }

    static CliResult listMemos(const QString &profile)
    {
        return run({QStringLiteral("memo"), QStringLiteral("list"), QStringLiteral("--profile"), profile,
                    QStringLiteral("--json")});
    }

    static CliResult backup(const QString &profile, const QString &to)
    {
        return run({QStringLiteral("ledger"), QStringLiteral("backup"), QStringLiteral("--profile"), profile,
                    QStringLiteral("--to"), to});
    }

    static CliResult restore(const QString &profile, const QString &from)
    {
        return run({QStringLiteral("ledger"), QStringLiteral("restore"), QStringLiteral("--profile"), profile,
                    QStringLiteral("--from"), from, QStringLiteral("--json")});
    }

private Q_SLOTS:
    void emptyLockOfAKilledProgramIsTakenOver()
    {
        const QString profile = makeProfile(QStringLiteral("lock"));
        const QString lock = ledgerOf(profile) + QStringLiteral(".lock");
        // A program killed between creating its lock and writing its
        // process id into it leaves an empty lock.
        QVERIFY(writeFile(lock, {}));
        CliResult result =
            run({QStringLiteral("ledger"), QStringLiteral("rebuild"), QStringLiteral("--profile"), profile});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("Another ClearLine is opening these records at this moment")),
                 qPrintable(result.err));

        QVERIFY(age(lock, 60));
        result = addMemo(profile, QStringLiteral("Once the lock is old"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!QFile::exists(lock));
        QCOMPARE(listMemos(profile).json().value(QStringLiteral("memos")).toArray().size(), 1);
    }

    void lockOfAProcessThatIsGoneIsTakenOver()
    {
        const QString profile = makeProfile(QStringLiteral("gone"));
        // Written on another computer's name (a copied profile), by a process
        // that does not run here.
        QVERIFY(writeFile(ledgerOf(profile) + QStringLiteral(".lock"), "999999999\nclearline\nother-laptop\n"));
        const CliResult result = addMemo(profile, QStringLiteral("After a copy"));
        QCOMPARE(result.exitCode, 0);
    }

    void lockOfARunningProgramIsRespected()
    {
        const QString profile = makeProfile(QStringLiteral("live"));
        const QByteArray self = QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                                QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8() + "\n\n";
        QVERIFY(writeFile(ledgerOf(profile) + QStringLiteral(".lock"), self));
        QVERIFY(age(ledgerOf(profile) + QStringLiteral(".lock"), 3600));
        const CliResult result = addMemo(profile, QStringLiteral("Second copy"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("already open with these records")), qPrintable(result.err));
    }

    void missingLedgerBesideAnIdentityIsRefusedAndRestored()
    {
        const QString profile = makeProfile(QStringLiteral("missing"));
        QCOMPARE(addMemo(profile, QStringLiteral("Kept")).exitCode, 0);
        const QString saved = m_dir.filePath(QStringLiteral("missing-backup.sqlite"));
        QCOMPARE(backup(profile, saved).exitCode, 0);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(ledgerOf(profile) + suffix);
        }

        const QString restoreHint = QStringLiteral("clearline ledger restore --from BACKUP --profile ") + profile;
        CliResult result = addMemo(profile, QStringLiteral("Into a new ledger?"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("is missing")), qPrintable(result.err));
        QVERIFY2(result.err.contains(restoreHint), qPrintable(result.err));
        QVERIFY(!QFile::exists(ledgerOf(profile)));
        result = listMemos(profile);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.json().value(QStringLiteral("error")).toString().contains(restoreHint), qPrintable(result.out));

        result = restore(profile, saved);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().value(QStringLiteral("keptAside")).toString(), QString());
        const QJsonArray memos = listMemos(profile).json().value(QStringLiteral("memos")).toArray();
        QCOMPARE(memos.size(), 1);
        QCOMPARE(memos.first().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Kept"));
        QCOMPARE(addMemo(profile, QStringLiteral("After the restore")).exitCode, 0);
        QCOMPARE(
            run({QStringLiteral("ledger"), QStringLiteral("verify"), QStringLiteral("--profile"), profile}).exitCode,
            0);
    }

    void emptyLedgerBesideAnIdentityIsRefusedAndKeptAside()
    {
        const QString profile = makeProfile(QStringLiteral("empty"));
        QCOMPARE(addMemo(profile, QStringLiteral("Kept")).exitCode, 0);
        const QString saved = m_dir.filePath(QStringLiteral("empty-backup.sqlite"));
        QCOMPARE(backup(profile, saved).exitCode, 0);
        // What a kill while the file was being made leaves.
        QVERIFY(writeFile(ledgerOf(profile), {}));

        CliResult result = run({QStringLiteral("memo"), QStringLiteral("list"), QStringLiteral("--profile"), profile});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("is empty")), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QLatin1String("format 0")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("clearline ledger restore --from BACKUP")), qPrintable(result.err));
        result = addMemo(profile, QStringLiteral("Over it?"));
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(QFileInfo(ledgerOf(profile)).size(), 0);

        result = restore(profile, saved);
        QCOMPARE(result.exitCode, 0);
        const QString aside = result.json().value(QStringLiteral("keptAside")).toString();
        QVERIFY2(aside.startsWith(ledgerOf(profile) + QStringLiteral(".damaged-")), qPrintable(aside));
        QVERIFY(QFileInfo::exists(aside));
        QCOMPARE(listMemos(profile).json().value(QStringLiteral("memos")).toArray().size(), 1);
    }

    void restoreRefusesABackupOfAnotherProfile()
    {
        const QString profile = makeProfile(QStringLiteral("mine"));
        QCOMPARE(addMemo(profile, QStringLiteral("Mine")).exitCode, 0);
        const QString other = makeProfile(QStringLiteral("theirs"));
        QCOMPARE(addMemo(other, QStringLiteral("Theirs")).exitCode, 0);
        const QString theirs = m_dir.filePath(QStringLiteral("theirs-backup.sqlite"));
        QCOMPARE(backup(other, theirs).exitCode, 0);

        CliResult result = restore(profile, theirs);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.json()
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QLatin1String("is not of this "
                                             "profile")),
                 qPrintable(result.out));
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QVERIFY(writeFile(garbage, QByteArray(8192, '\x5a')));
        result = restore(profile, garbage);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.json()
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QLatin1String("nothing was "
                                             "changed")),
                 qPrintable(result.out));
        const QJsonArray memos = listMemos(profile).json().value(QStringLiteral("memos")).toArray();
        QCOMPARE(memos.size(), 1);
        QCOMPARE(memos.first().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Mine"));
        QVERIFY(QDir(profile).entryList({QStringLiteral("*.damaged-*"), QStringLiteral("*.restoring")}).isEmpty());
    }

    void damagedLedgerNeverAnswersAsIfWhole()
    {
        const QString profile = makeProfile(QStringLiteral("damaged"));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(addMemo(profile, QStringLiteral("Memo %1").arg(i)).exitCode, 0);
        }
        // Bytes overwritten in the middle of the file: the page that holds
        // the records table, while the file's header stays whole.
        qint64 offset = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            db.setDatabaseName(ledgerOf(profile));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
            const qint64 pageSize = query.value(0).toLongLong();
            QVERIFY(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'records'")) &&
                    query.next());
            offset = (query.value(0).toLongLong() - 1) * pageSize;
            QVERIFY(offset > 0);
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        QVERIFY(!QFile::exists(ledgerOf(profile) + QStringLiteral("-wal")));
        {
            QFile file(ledgerOf(profile));
            QVERIFY(file.open(QIODevice::ReadWrite) && file.seek(offset));
            QVERIFY(file.write(QByteArray(4096, '\x5a')) == 4096);
        }

        const QString plain = QStringLiteral("The records file of this profile (%1) is damaged").arg(ledgerOf(profile));
        const QString hint = QStringLiteral("clearline ledger restore --from BACKUP --profile ") + profile;
        CliResult result = run({QStringLiteral("memo"), QStringLiteral("list"), QStringLiteral("--profile"), profile});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(plain) && result.err.contains(hint), qPrintable(result.err));
        QCOMPARE(result.out, QString());
        result = listMemos(profile);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.json().value(QStringLiteral("error")).toString().contains(plain), qPrintable(result.out));
        QVERIFY(!result.json().contains(QStringLiteral("memos")));

        // More of the middle overwritten: the indexes that the counts of
        // `ledger stats` read too.
        {
            QFile file(ledgerOf(profile));
            const qint64 pages = file.size() / 4096;
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (qint64 page = pages / 3; page < 2 * pages / 3; ++page) {
                QVERIFY(file.seek(page * 4096) && file.write(QByteArray(4096, '\x5a')) == 4096);
            }
        }
        result = run({QStringLiteral("ledger"), QStringLiteral("stats"), QStringLiteral("--profile"), profile});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(plain), qPrintable(result.err));

        result = run({QStringLiteral("ledger"), QStringLiteral("verify"), QStringLiteral("--profile"), profile});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("The records file is damaged")) && result.err.contains(hint),
                 qPrintable(result.err));
        for (const char *raw : {"***", "btree", "malformed", "Tree ", "SQLITE"}) {
            QVERIFY2(!result.err.contains(QLatin1String(raw), Qt::CaseInsensitive), qPrintable(result.err));
        }
        result = run({QStringLiteral("ledger"), QStringLiteral("verify"), QStringLiteral("--profile"), profile,
                      QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject problem = result.json().value(QStringLiteral("problems")).toArray().first().toObject();
        QCOMPARE(problem.value(QStringLiteral("kind")).toString(), QStringLiteral("damaged-file"));
        QVERIFY(!problem.value(QStringLiteral("detail")).toString().isEmpty());
    }

    void openProfileIsClosedToOthers_data()
    {
        QTest::addColumn<int>("folderMode");
        QTest::addColumn<int>("fileMode");
        QTest::newRow("0755 and 0644") << 0755 << 0644;
        QTest::newRow("0777 and 0666") << 0777 << 0666;
    }

    void openProfileIsClosedToOthers()
    {
        QFETCH(int, folderMode);
        QFETCH(int, fileMode);
        const QString profile = makeProfile(QStringLiteral("open-%1").arg(folderMode, 0, 8));
        QCOMPARE(addMemo(profile, QStringLiteral("Kept")).exitCode, 0);
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("language"),
                      QStringLiteral("es"), QStringLiteral("--profile"), profile})
                     .exitCode,
                 0);
        const QStringList files{QStringLiteral("identity.json"), QStringLiteral("identity.key"),
                                QStringLiteral("ledger.sqlite"), QStringLiteral("settings.ini")};
        // As an older version, a copy or an archive may leave them.
        QVERIFY(::chmod(QFile::encodeName(profile).constData(), static_cast<mode_t>(folderMode)) == 0);
        for (const QString &name : files) {
            QVERIFY2(::chmod(QFile::encodeName(QDir(profile).filePath(name)).constData(),
                             static_cast<mode_t>(fileMode)) == 0,
                     qPrintable(name));
        }

        // Only reading: opening is enough.
        QCOMPARE(listMemos(profile).exitCode, 0);
        QCOMPARE(QFileInfo(profile).permissions() & kOthers, QFileDevice::Permissions());
        QVERIFY(QFileInfo(profile).permissions().testFlag(QFileDevice::ExeOwner));
        for (const QString &name : files) {
            const QFileInfo info(QDir(profile).filePath(name));
            QVERIFY2((info.permissions() & kOthers) == QFileDevice::Permissions(), qPrintable(name));
            QVERIFY2(info.permissions().testFlag(QFileDevice::ReadOwner), qPrintable(name));
        }
    }

    void profileThatMayNotBeReadSaysSo()
    {
        const QString profile = makeProfile(QStringLiteral("someone-else"));
        QCOMPARE(addMemo(profile, QStringLiteral("Theirs")).exitCode, 0);
        // As another user: the profile's folder (in this test's temporary
        // folder, 0700) belongs to someone else. Root reads everything, so
        // root runs the program as "nobody".
        QStringList prefix;
        if (::geteuid() == 0) {
            prefix = {QStringLiteral("/usr/bin/setpriv"), QStringLiteral("--reuid=65534"),
                      QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), QStringLiteral("--")};
            if (!QFileInfo::exists(prefix.constFirst())) {
                QSKIP("setpriv is needed to run as another user");
            }
        } else {
            QVERIFY(QFile::setPermissions(profile, QFileDevice::Permissions()));
        }
        const auto runAs = [&](const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
            environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            environment.insert(QStringLiteral("HOME"), QDir::tempPath());
            environment.insert(QStringLiteral("CLEARLINE_KEYSTORE"), QStringLiteral("file"));
            environment.insert(QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("correct horse"));
            environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
            process.setProcessEnvironment(environment);
            QStringList all = prefix;
            all << QString::fromUtf8(clearline::test::kClearlineBinary) << arguments;
            process.start(all.takeFirst(), all);
            process.waitForFinished(60000);
            return CliResult{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                             QString::fromUtf8(process.readAllStandardError())};
        };

        for (const QString &verb : {QStringLiteral("list"), QStringLiteral("add")}) {
            const CliResult result =
                runAs({QStringLiteral("memo"), verb, QStringLiteral("--profile"), profile, QStringLiteral("--title"),
                       QStringLiteral("t"), QStringLiteral("--text"), QStringLiteral("x")});
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(QLatin1String("ClearLine may not read")) &&
                         result.err.contains(QLatin1String("belongs to another user account")),
                     qPrintable(result.err));
            QVERIFY2(!result.err.contains(QLatin1String("no records")) &&
                         !result.err.contains(QLatin1String("no identity")),
                     qPrintable(result.err));
        }
        QFile::setPermissions(profile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestProfileRecovery)
#include "tst_profilerecovery.moc"
