// SPDX-License-Identifier: GPL-3.0-or-later
//
// A first run that stops half-way never leaves a broken profile: init makes
// the identity only once the ledger opened, and a profile that has a key but
// no ledger (left by a first run that stopped between the two) is finished
// by the same init or by the next command, with the profile's own key.

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using clearline::test::CliResult;

namespace {

const QHash<QString, QString> kScript{{QStringLiteral("CLEARLINE_KEYSTORE"), QStringLiteral("file")},
                                      {QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("correct horse")}};

CliResult run(const QStringList &arguments)
{
    return clearline::test::runClearline(arguments, kScript);
}

CliResult init(const QString &profile, const QString &name = QStringLiteral("Dana Coach"),
               const QString &email = QStringLiteral("dana@district.example"))
{
    return run({QStringLiteral("init"), QStringLiteral("--profile"), profile, QStringLiteral("--name"), name,
                QStringLiteral("--email"), email, QStringLiteral("--json")});
}

CliResult addMemo(const QString &profile)
{
    return run({QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--profile"), profile,
                QStringLiteral("--title"), QStringLiteral("Call with a parent"), QStringLiteral("--text"),
                QStringLiteral("About the bus."), QStringLiteral("--json")});
}

CliResult verify(const QString &profile)
{
    return run({QStringLiteral("ledger"), QStringLiteral("verify"), QStringLiteral("--profile"), profile});
}

// Removes the ledger and its companions, as a first run that stopped after
// making the identity left the profile.
bool removeLedger(const QString &profile)
{
    bool removed = false;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")}) {
        const QString file = QDir(profile).filePath(QStringLiteral("ledger.sqlite") + suffix);
        if (QFile::exists(file)) {
            removed = QFile::remove(file) || removed;
        }
    }
    return removed && !QFile::exists(QDir(profile).filePath(QStringLiteral("ledger.sqlite")));
}

} // namespace

class TestInitRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void ledgerThatCannotOpenLeavesNoIdentity()
    {
        const QString profile = m_dir.filePath(QStringLiteral("blocked"));
        // A folder where the ledger file should be: SQLite cannot open it
        // (as a missing driver or an unwritable disk would stop it).
        QVERIFY(QDir().mkpath(QDir(profile).filePath(QStringLiteral("ledger.sqlite"))));

        CliResult result = init(profile);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(!result.json().value(QStringLiteral("error")).toString().isEmpty(), qPrintable(result.out));
        QVERIFY(!QFile::exists(QDir(profile).filePath(QStringLiteral("identity.json"))));
        QVERIFY(!QFile::exists(QDir(profile).filePath(QStringLiteral("identity.key"))));

        // Once the ledger can be made, the same first run succeeds.
        QVERIFY(QDir(QDir(profile).filePath(QStringLiteral("ledger.sqlite"))).removeRecursively());
        result = init(profile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QCOMPARE(addMemo(profile).exitCode, 0);
        result = verify(profile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    }

    void keyWithoutLedgerIsFinishedByTheSameInit()
    {
        const QString profile = m_dir.filePath(QStringLiteral("half-done"));
        CliResult result = init(profile);
        QCOMPARE(result.exitCode, 0);
        const QString fingerprint = result.json().value(QStringLiteral("fingerprint")).toString();
        QVERIFY(removeLedger(profile));

        // Someone else's init is refused and changes nothing.
        result = init(profile, QStringLiteral("Pat Principal"), QStringLiteral("pat@district.example"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.json()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("never replaces a person's key")));
        QVERIFY(!QFile::exists(QDir(profile).filePath(QStringLiteral("ledger.sqlite"))));

        // The same person's init finishes the profile with the key it has.
        result = init(profile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QCOMPARE(result.json().value(QStringLiteral("fingerprint")).toString(), fingerprint);
        QCOMPARE(addMemo(profile).exitCode, 0);
        result = verify(profile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));

        // Now the profile is whole, a third init is refused as always.
        result = init(profile);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.json()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("never replaces a person's key")));
    }

    void keyWithoutLedgerIsNeverReplacedSilently()
    {
        const QString profile = m_dir.filePath(QStringLiteral("next-command"));
        QCOMPARE(init(profile).exitCode, 0);
        QVERIFY(removeLedger(profile));

        // A lost ledger is not quietly replaced by the next command that
        // writes (issue 23): it says so and points to a backup.
        const CliResult refused = addMemo(profile);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("ledger restore")) ||
                     refused.out.contains(QLatin1String("ledger restore")),
                 qPrintable(refused.out + refused.err));
        // The person may finish the profile themselves with init, which
        // says that the new records file is empty.
        QCOMPARE(init(profile).exitCode, 0);
        QCOMPARE(addMemo(profile).exitCode, 0);
        const CliResult result = verify(profile);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    }
};

QTEST_GUILESS_MAIN(TestInitRecovery)
#include "tst_initrecovery.moc"
