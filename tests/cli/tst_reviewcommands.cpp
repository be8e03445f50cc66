// SPDX-License-Identifier: GPL-3.0-or-later
//
// `clearline review` as a Wilmington principal scripts it, on a signed copy
// of the district's pack that lists her key: a sign-up for students under
// 13 is refused at sending, citing 3.c; an app registration only informs
// her, yet she denies it from the command line with a reason, and the
// teacher's `request show` says so. The ledger is carried from one profile
// to the other as a bundle would carry its revisions.

#include "clirunner.h"

#include "core/profile.h"
#include "crypto/identity.h"
#include "ledger/ledger.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using clearline::test::CliResult;

namespace {

const QHash<QString, QString> kScript{{QStringLiteral("CLEARLINE_KEYSTORE"), QStringLiteral("file")},
                                      {QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("correct horse")}};

QString packSource()
{
    return QString::fromUtf8(clearline::test::kSourceDir) + QStringLiteral("/policies/wilmington/pack.yaml");
}

} // namespace

class TestReviewCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_teacher;
    QString m_principal;

    CliResult run(const QString &profile, const QStringList &arguments)
    {
        return clearline::test::runClearline(arguments + QStringList{QStringLiteral("--profile"), profile}, kScript);
    }

    void makeProfile(const QString &profile, const QString &name, const QString &email)
    {
        const CliResult made =
            run(profile, {QStringLiteral("init"), QStringLiteral("--name"), name, QStringLiteral("--email"), email,
                          QStringLiteral("--district"), QStringLiteral("wilmington"), QStringLiteral("--school"),
                          QStringLiteral("high-school")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }

    /// Gives the ledger of one profile to the other.
    static void handOver(const QString &from, const QString &to)
    {
        using clearline::core::Profile;
        const QString source = clearline::ledger::Ledger::fileFor(Profile::inDirectory(from));
        const QString target = clearline::ledger::Ledger::fileFor(Profile::inDirectory(to));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(target + suffix);
            if (QFile::exists(source + suffix)) {
                QVERIFY(QFile::copy(source + suffix, target + suffix));
            }
        }
    }

    QStringList appAnswers(const QString &age)
    {
        return {QStringLiteral("--field"), QStringLiteral("app_name=Quizland"),
                QStringLiteral("--field"), QStringLiteral("school=high-school"),
                QStringLiteral("--field"), QStringLiteral("class_name=Grade 9 biology"),
                QStringLiteral("--field"), QStringLiteral("youngest_age=") + age,
                QStringLiteral("--field"), QStringLiteral("student_information=First name and class code"),
                QStringLiteral("--field"), QStringLiteral("purpose=Weekly quizzes"),
                QStringLiteral("--check"), QStringLiteral("coppa-under-13"),
                QStringLiteral("--check"), QStringLiteral("education-only")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_teacher = m_dir.filePath(QStringLiteral("teacher"));
        m_principal = m_dir.filePath(QStringLiteral("principal"));
        makeProfile(m_teacher, QStringLiteral("Pat Teacher"), QStringLiteral("pat@wpsk12.example"));
        makeProfile(m_principal, QStringLiteral("Rita Principal"), QStringLiteral("rita@wpsk12.example"));

        // The district's pack, listing the principal by her key, signed by
        // district IT and pinned in both profiles.
        QString error;
        const auto principal =
            clearline::crypto::Identity::readInfo(clearline::core::Profile::inDirectory(m_principal), &error);
        QVERIFY2(principal, qPrintable(error));
        QFile shipped(packSource());
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray text = shipped.readAll();
        const QByteArray role = "  - id: principal\n    title: Principal\n    scope: school\n    designee: true\n";
        QVERIFY(text.contains(role));
        const QByteArray holder = "    holders:\n      - name: Rita Principal\n        email: rita@wpsk12.example\n"
                                  "        school: high-school\n        key: " +
                                  principal->publicKey.toBase64() + "\n";
        text.replace(role, QByteArray(role + holder));
        const QString packDir = m_dir.filePath(QStringLiteral("pack"));
        QVERIFY(QDir().mkpath(packDir));
        QFile pack(packDir + QStringLiteral("/pack.yaml"));
        QVERIFY(pack.open(QIODevice::WriteOnly));
        pack.write(text);
        pack.close();
        const QHash<QString, QString> it{{QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("district it")}};
        const QString key = m_dir.filePath(QStringLiteral("district.key"));
        const CliResult keygen = clearline::test::runClearline({QStringLiteral("policy"), QStringLiteral("keygen"),
                                                                QStringLiteral("--out"), key, QStringLiteral("--json")},
                                                               it);
        QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.err));
        const CliResult signedPack = clearline::test::runClearline(
            {QStringLiteral("policy"), QStringLiteral("sign"), pack.fileName(), QStringLiteral("--key"), key}, it);
        QVERIFY2(signedPack.exitCode == 0, qPrintable(signedPack.err));
        const QString fingerprint = keygen.json().value(QStringLiteral("fingerprint")).toString();
        for (const QString &profile : {m_teacher, m_principal}) {
            QCOMPARE(run(profile, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("district_key"),
                                   fingerprint})
                         .exitCode,
                     0);
            const CliResult district =
                run(profile, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("district"), packDir});
            QVERIFY2(district.exitCode == 0, qPrintable(district.err));
        }
    }

    /// Issue 17: a bundle is for one person, found in the pack before the
    /// two have met; a memo (its author's alone) travels only as a stub;
    /// without --for it is a full backup and says so; exports and pages say
    /// who may see what.
    void aBundleIsMadeForOnePersonTheRecordsMaySee()
    {
        const CliResult memo = run(m_teacher, {QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--title"),
                                               QStringLiteral("MEMO-SECRET"), QStringLiteral("--text"),
                                               QStringLiteral("About a student"), QStringLiteral("--json")});
        QVERIFY2(memo.exitCode == 0, qPrintable(memo.err));
        const QString memoId = memo.json().value(QStringLiteral("recordId")).toString();
        QVERIFY(!memoId.isEmpty());

        const QString forRita = m_dir.filePath(QStringLiteral("for-rita.clbundle"));
        const CliResult exported =
            run(m_teacher, {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"), forRita,
                            QStringLiteral("--for"), QStringLiteral("Rita Principal"), QStringLiteral("--json")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(exported.json().value(QStringLiteral("backup")).toBool(), false);
        QVERIFY(exported.json().value(QStringLiteral("withheld")).toInt() >= 1);

        const CliResult backup =
            run(m_teacher, {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"),
                            m_dir.filePath(QStringLiteral("all.clbundle"))});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        QVERIFY2(backup.out.contains(QLatin1String("full backup of everything this profile holds")),
                 qPrintable(backup.out));
        // The backup is locked for its maker: the principal cannot open it,
        // and nothing of it enters her ledger; its maker can read it.
        const CliResult notHers = run(m_principal, {QStringLiteral("bundle"), QStringLiteral("import"),
                                                    m_dir.filePath(QStringLiteral("all.clbundle"))});
        QCOMPARE(notHers.exitCode, 1);
        QVERIFY2(QString(notHers.out + notHers.err).contains(QLatin1String("not addressed to you")),
                 qPrintable(notHers.out + notHers.err));
        const CliResult own = run(m_teacher, {QStringLiteral("bundle"), QStringLiteral("inspect"),
                                              m_dir.filePath(QStringLiteral("all.clbundle"))});
        QVERIFY2(own.exitCode == 0, qPrintable(own.err));

        const CliResult school =
            run(m_teacher, {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"),
                            m_dir.filePath(QStringLiteral("school.clbundle")), QStringLiteral("--for"),
                            QStringLiteral("high-school")});
        QCOMPARE(school.exitCode, 1);
        QVERIFY2(school.err.contains(QLatin1String("one person, not a school")), qPrintable(school.err));

        const CliResult shown = run(m_teacher, {QStringLiteral("records"), QStringLiteral("show"), memoId});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(QLatin1String("Who can see this: Pat Teacher (wrote it)")), qPrintable(shown.out));

        const CliResult csv =
            run(m_teacher, {QStringLiteral("records"), QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("csv"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("r.csv"))});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QVERIFY2(csv.out.contains(QLatin1String("Only records you may see are included.")), qPrintable(csv.out));
    }

    void aSignUpUnder13IsRefusedCitingTheClause()
    {
        const CliResult refused =
            run(m_teacher, QStringList{QStringLiteral("request"), QStringLiteral("new"),
                                       QStringLiteral("app-registration"), QStringLiteral("--submit")} +
                               appAnswers(QStringLiteral("11")));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("§ 3.c")) && refused.err.contains(QLatin1String("under 13")),
                 qPrintable(refused.err));
    }

    void thePrincipalDeniesANoticeAndTheTeacherSeesIt()
    {
        const CliResult sent = run(m_teacher, QStringList{QStringLiteral("request"), QStringLiteral("new"),
                                                          QStringLiteral("app-registration"),
                                                          QStringLiteral("--submit"), QStringLiteral("--json")} +
                                                  appAnswers(QStringLiteral("14")));
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        const QString id = sent.json().value(QStringLiteral("recordId")).toString();
        QCOMPARE(sent.json()
                     .value(QStringLiteral("route"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("action"))
                     .toString(),
                 QStringLiteral("notify"));

        handOver(m_teacher, m_principal);
        const CliResult queue =
            run(m_principal, {QStringLiteral("review"), QStringLiteral("queue"), QStringLiteral("--json")});
        QVERIFY2(queue.exitCode == 0, qPrintable(queue.err));
        QVERIFY2(queue.out.contains(id), qPrintable(queue.out));
        const QJsonObject item = queue.json().value(QStringLiteral("items")).toArray().at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("action")).toString(), QStringLiteral("notify"));
        QCOMPARE(item.value(QStringLiteral("needsDecision")).toBool(), false);
        QCOMPARE(item.value(QStringLiteral("mayRefuse")).toBool(), true);
        const CliResult noReason = run(m_principal, {QStringLiteral("review"), QStringLiteral("deny"), id});
        QCOMPARE(noReason.exitCode, 1);
        QVERIFY2(noReason.err.contains(QLatin1String("Say why")), qPrintable(noReason.err));
        const CliResult denied =
            run(m_principal, {QStringLiteral("review"), QStringLiteral("deny"), id, QStringLiteral("--comment"),
                              QStringLiteral("Quizland sells students' names."), QStringLiteral("--json")});
        QVERIFY2(denied.exitCode == 0, qPrintable(denied.err));
        QCOMPARE(denied.json().value(QStringLiteral("action")).toString(), QStringLiteral("deny"));

        handOver(m_principal, m_teacher);
        const CliResult shown =
            run(m_teacher, {QStringLiteral("request"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject status = shown.json().value(QStringLiteral("status")).toObject();
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("denied"));
        QVERIFY2(shown.out.contains(QLatin1String("Quizland sells students' names.")), qPrintable(shown.out));
    }

    /// A bundle for a person leaves out what they hold; --again puts it in
    /// (someone who may now see more, such as a new designee). Last: it
    /// needs the request the tests above made, which the principal may see.
    void sendingAgainPutsInWhatTheyHold()
    {
        const QString teacherFingerprint =
            run(m_teacher, {QStringLiteral("identity"), QStringLiteral("show"), QStringLiteral("--json")})
                .json()
                .value(QStringLiteral("fingerprint"))
                .toString();
        const QString forRita = m_dir.filePath(QStringLiteral("again-for-rita.clbundle"));
        const QStringList toRita{
            QStringLiteral("bundle"), QStringLiteral("export"),         QStringLiteral("--to"),  forRita,
            QStringLiteral("--for"),  QStringLiteral("Rita Principal"), QStringLiteral("--json")};
        QVERIFY(run(m_teacher, toRita).exitCode == 0);
        const CliResult taken = run(m_principal, {QStringLiteral("bundle"), QStringLiteral("import"), forRita,
                                                  QStringLiteral("--accept"), teacherFingerprint});
        QVERIFY2(taken.exitCode == 0, qPrintable(taken.out + taken.err));
        // Rita's bundle back tells the teacher what Rita now holds.
        const QString forPat = m_dir.filePath(QStringLiteral("again-for-pat.clbundle"));
        QVERIFY(run(m_principal, {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"), forPat,
                                  QStringLiteral("--for"), QStringLiteral("Pat Teacher")})
                    .exitCode == 0);
        const CliResult back = run(m_teacher, {QStringLiteral("bundle"), QStringLiteral("import"), forPat});
        QVERIFY2(back.exitCode == 0, qPrintable(back.out + back.err));

        const CliResult nothingNew = run(m_teacher, toRita);
        QVERIFY2(nothingNew.exitCode == 0, qPrintable(nothingNew.err));
        QCOMPARE(nothingNew.json().value(QStringLiteral("revisions")).toInt(), 0);
        const CliResult again = run(m_teacher, toRita + QStringList{QStringLiteral("--again")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.json().value(QStringLiteral("revisions")).toInt() >= 1, qPrintable(again.out));
        QCOMPARE(again.json().value(QStringLiteral("lockedFor")).toArray().size(), 2);
        QCOMPARE(run(m_teacher, {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"), forRita,
                                 QStringLiteral("--again")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewCommands)
#include "tst_reviewcommands.moc"
