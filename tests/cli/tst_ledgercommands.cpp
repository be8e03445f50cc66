// SPDX-License-Identifier: GPL-3.0-or-later
//
// init, memo and ledger as district IT scripts them: through the real
// program, with --profile, --json and exit codes.

#include "clirunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using clearline::test::CliResult;

namespace {

const QHash<QString, QString> kScript{{QStringLiteral("CLEARLINE_KEYSTORE"), QStringLiteral("file")},
                                      {QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("correct horse")}};

CliResult run(const QStringList &arguments, const QHash<QString, QString> &env = kScript)
{
    return clearline::test::runClearline(arguments, env);
}

} // namespace

class TestLedgerCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = m_dir.filePath(QStringLiteral("coach"));
        const CliResult result =
            run({QStringLiteral("init"), QStringLiteral("--profile"), m_profile, QStringLiteral("--name"),
                 QStringLiteral("Dana Coach"), QStringLiteral("--email"), QStringLiteral("dana@district.example"),
                 QStringLiteral("--role"), QStringLiteral("coach"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject identity = result.json();
        QCOMPARE(identity.value(QStringLiteral("keyStorage")).toString(), QStringLiteral("file"));
        QCOMPARE(identity.value(QStringLiteral("roles")).toArray().first().toString(), QStringLiteral("coach"));
        QVERIFY(identity.value(QStringLiteral("fingerprint")).toString().size() == 24);
    }

    void initTwiceIsRefused()
    {
        const CliResult result =
            run({QStringLiteral("init"), QStringLiteral("--profile"), m_profile, QStringLiteral("--name"),
                 QStringLiteral("X"), QStringLiteral("--email"), QStringLiteral("x@district.example")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QLatin1String("never replaces a person's key")));
    }

    void memoAddListShowCorrect()
    {
        const QString note = m_dir.filePath(QStringLiteral("note.txt"));
        QFile file(note);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("scanned");
        file.close();

        CliResult result = run({QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--profile"), m_profile,
                                QStringLiteral("--title"), QStringLiteral("Text from a parent at 9 pm"),
                                QStringLiteral("--text"), QStringLiteral("Asked when the bus leaves."),
                                QStringLiteral("--attach"), note, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QString recordId = result.json().value(QStringLiteral("recordId")).toString();
        QVERIFY(!recordId.isEmpty());

        result = run({QStringLiteral("memo"), QStringLiteral("list"), QStringLiteral("--profile"), m_profile,
                      QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray memos = result.json().value(QStringLiteral("memos")).toArray();
        QCOMPARE(memos.size(), 1);
        QCOMPARE(memos.first().toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Text from a parent at 9 pm"));

        result = run({QStringLiteral("memo"), QStringLiteral("correct"), recordId.left(8), QStringLiteral("--profile"),
                      m_profile, QStringLiteral("--reason"), QStringLiteral("It was 8 pm"), QStringLiteral("--title"),
                      QStringLiteral("Text from a parent at 8 pm")});
        QCOMPARE(result.exitCode, 0);

        result = run({QStringLiteral("memo"), QStringLiteral("show"), recordId, QStringLiteral("--profile"), m_profile,
                      QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject shown = result.json();
        QCOMPARE(shown.value(QStringLiteral("title")).toString(), QStringLiteral("Text from a parent at 8 pm"));
        const QJsonArray revisions = shown.value(QStringLiteral("revisions")).toArray();
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(1).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("It was 8 pm"));
        QCOMPARE(shown.value(QStringLiteral("attachments")).toArray().size(), 1);
    }

    void memoWithoutTitleIsAUsageError()
    {
        const CliResult result = run({QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--profile"),
                                      m_profile, QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("Give the memo a title")));
    }

    void wrongOrMissingPassphraseIsAClearError()
    {
        QHash<QString, QString> env = kScript;
        env.insert(QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("wrong horse"));
        const QStringList add{
            QStringLiteral("memo"),    QStringLiteral("add"), QStringLiteral("--profile"), m_profile,
            QStringLiteral("--title"), QStringLiteral("t"),   QStringLiteral("--text"),    QStringLiteral("x")};
        CliResult result = run(add, env);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QLatin1String("That passphrase is not the one that protects your key")));
    }

    void statsVerifyRebuildBackup()
    {
        CliResult result = run({QStringLiteral("ledger"), QStringLiteral("stats"), QStringLiteral("--profile"),
                                m_profile, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const qint64 revisions = result.json().value(QStringLiteral("revisions")).toInteger();
        QVERIFY(revisions >= 2);

        result = run({QStringLiteral("ledger"), QStringLiteral("rebuild"), QStringLiteral("--profile"), m_profile});
        QCOMPARE(result.exitCode, 0);
        result = run({QStringLiteral("ledger"), QStringLiteral("verify"), QStringLiteral("--profile"), m_profile,
                      QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(result.json().value(QStringLiteral("revisions")).toInteger(), revisions);

        const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
        result = run({QStringLiteral("ledger"), QStringLiteral("backup"), QStringLiteral("--profile"), m_profile,
                      QStringLiteral("--to"), backup});
        QCOMPARE(result.exitCode, 0);
        result = run({QStringLiteral("ledger"), QStringLiteral("verify"), QStringLiteral("--file"), backup});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("Verified (revisions: %1,").arg(revisions)));
    }

    void aDailyBackupIsMadeAndListed()
    {
        // memoAddListShowCorrect saved twice: the second save opened a
        // ledger with records, which made today's backup.
        CliResult result = run({QStringLiteral("ledger"), QStringLiteral("backups"), QStringLiteral("--profile"),
                                m_profile, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject listing = result.json();
        QCOMPARE(listing.value(QStringLiteral("keepDays")).toInt(), 14);
        const QJsonArray backups = listing.value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 1);
        const QJsonObject latest = backups.first().toObject();
        QCOMPARE(latest.value(QStringLiteral("date")).toString(), QDate::currentDate().toString(Qt::ISODate));
        const QString file = latest.value(QStringLiteral("file")).toString();
        QVERIFY(file.startsWith(m_profile + QStringLiteral("/backups/ledger-")));

        result = run({QStringLiteral("ledger"), QStringLiteral("verify"), QStringLiteral("--file"), file});
        QCOMPARE(result.exitCode, 0);
        result = run({QStringLiteral("ledger"), QStringLiteral("backups"), QStringLiteral("--profile"), m_profile});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1String("made today at")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QLatin1String("14 days of them are kept")), qPrintable(result.out));

        // Another save the same day makes no second one.
        result =
            run({QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--profile"), m_profile,
                 QStringLiteral("--title"), QStringLiteral("Same day"), QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(result.exitCode, 0);
        result = run({QStringLiteral("ledger"), QStringLiteral("backups"), QStringLiteral("--profile"), m_profile,
                      QStringLiteral("--json")});
        QCOMPARE(result.json().value(QStringLiteral("backups")).toArray().size(), 1);

        result = run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("backup_days"),
                      QStringLiteral("0"), QStringLiteral("--profile"), m_profile});
        QCOMPARE(result.exitCode, 2); // a value the setting does not take, as for every setting
        QVERIFY2(result.err.contains(QLatin1String("Say for how many days to keep backups")), qPrintable(result.err));
        result = run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("backup_days"),
                      QStringLiteral("30"), QStringLiteral("--profile"), m_profile});
        QCOMPARE(result.exitCode, 0);
        result = run({QStringLiteral("ledger"), QStringLiteral("backups"), QStringLiteral("--profile"), m_profile,
                      QStringLiteral("--json")});
        QCOMPARE(result.json().value(QStringLiteral("keepDays")).toInt(), 30);
    }

    // Last: it damages the profile.
    void oneChangedByteFailsVerifyNamingTheRevision()
    {
        QString revisionId;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
            db.setDatabaseName(m_profile + QStringLiteral("/ledger.sqlite"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER revisions_never_update")));
            QVERIFY(query.exec(QStringLiteral("SELECT id FROM revisions ORDER BY seq LIMIT 1")) && query.next());
            revisionId = query.value(0).toString();
            QVERIFY(query.exec(QStringLiteral("UPDATE revisions SET payload = replace(payload, 'bus', 'bud') "
                                              "WHERE id = '%1'")
                                   .arg(revisionId)));
            QCOMPARE(query.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("attacker"));

        CliResult result =
            run({QStringLiteral("ledger"), QStringLiteral("verify"), QStringLiteral("--profile"), m_profile});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Revision %1 (number 1): its content was changed after it was "
                                                    "signed")
                                         .arg(revisionId)),
                 qPrintable(result.err));
        result = run({QStringLiteral("ledger"), QStringLiteral("verify"), QStringLiteral("--profile"), m_profile,
                      QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject problem = result.json().value(QStringLiteral("problems")).toArray().first().toObject();
        QCOMPARE(problem.value(QStringLiteral("kind")).toString(), QStringLiteral("changed-content"));
        QCOMPARE(problem.value(QStringLiteral("revision")).toString(), revisionId);
    }
};

QTEST_GUILESS_MAIN(TestLedgerCommands)
#include "tst_ledgercommands.moc"
