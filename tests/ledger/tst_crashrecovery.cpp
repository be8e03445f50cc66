// SPDX-License-Identifier: GPL-3.0-or-later
//
// Durability under SIGKILL: a writer saves memos in a loop and is killed at
// random moments, many times. Every memo it reported saved must be there
// afterwards, and the ledger must verify. CLEARLINE_CRASH_KILLS sets how many
// kills (default 30); the figures are printed for the record.

#include "testpaths.h"
#include "testprofile.h"

#include <QProcess>
#include <QRandomGenerator>

#include <csignal>

using namespace clearline;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { core::setApplicationIdentity(); }

    void killedWriterLosesNothingItReportedSaved()
    {
        test::TestProfile p;
        p.ledger.reset(); // the writer process owns the ledger from here
        const int kills = qEnvironmentVariableIsSet("CLEARLINE_CRASH_KILLS")
                              ? qEnvironmentVariableIntValue("CLEARLINE_CRASH_KILLS")
                              : 30;
        const QString writer = QString::fromUtf8(test::kBuildDir) + QStringLiteral("/bin/crashwriter");
        QStringList reportedSaved;
        QRandomGenerator random(20261122);

        for (int run = 0; run < kills; ++run) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CLEARLINE_PASSPHRASE"), test::kPassphrase);
            env.insert(QStringLiteral("CLEARLINE_KEYSTORE"), QStringLiteral("file"));
            process.setProcessEnvironment(env);
            process.start(writer, {p.profile.dataDirectory(), QString::number(run)});
            QVERIFY(process.waitForStarted());
            QVERIFY2(process.waitForReadyRead(30000), qPrintable(QString::fromUtf8(process.readAllStandardError())));
            // Let it write for a random while, then cut it off mid-stride.
            QTest::qWait(static_cast<int>(random.bounded(5, 120)));
            ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("saved ")) {
                    reportedSaved.append(QString::fromLatin1(line.mid(6)));
                }
            }
        }

        QString error;
        const auto ledger = ledger::Ledger::open(p.profile, ledger::Database::Mode::ReadWrite, &error);
        QVERIFY2(ledger, qPrintable(error));
        int lost = 0;
        for (const QString &id : std::as_const(reportedSaved)) {
            if (!ledger->revision(id)) {
                ++lost;
            }
        }
        const ledger::VerifyReport report = ledger->verify();
        qInfo("crash test: %d kills, %lld records reported saved, %lld in the ledger, %d lost, verify %s", kills,
              static_cast<long long>(reportedSaved.size()), static_cast<long long>(report.revisions), lost,
              report.ok() ? "ok" : qPrintable(report.problems.constFirst().message));
        QVERIFY(reportedSaved.size() > kills); // the writer did get work done
        QCOMPARE(lost, 0);
        QVERIFY(report.ok());
        // At most the one in flight at each kill was committed but not reported.
        QVERIFY(report.revisions - reportedSaved.size() <= kills);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
