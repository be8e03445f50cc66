// SPDX-License-Identifier: GPL-3.0-or-later
//
// The enrolment loop on the command line, as issue 17 asks: a principal who
// set up ClearLine the normal way enrols; district IT adds her to the pack
// from her enrolment file and signs it; one bundle from IT brings the new
// pack to the principal and to a teacher; the principal approves the
// teacher's request and it counts at the teacher. A bundle carrying an older
// pack, or one signed by another key, is ignored or refused with a plain line
// and its records still come in. Removing the principal later keeps her earlier
// decision.

#include "../requests/packanswers.h"
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using clearline::test::CliResult;

namespace {

const QHash<QString, QString> kScript{{QStringLiteral("CLEARLINE_KEYSTORE"), QStringLiteral("file")},
                                      {QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("correct horse")}};
const QHash<QString, QString> kIt{{QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("district it")}};
const auto kProcedure = QStringLiteral("professional-account");

QString shippedPack()
{
    return QString::fromUtf8(clearline::test::kSourceDir) + QStringLiteral("/policies/wilmington/pack.yaml");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QJsonObject firstPolicy(const CliResult &result)
{
    return result.json().value(QStringLiteral("policy")).toArray().at(0).toObject();
}

} // namespace

class TestEnrolment : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_principal;
    QString m_teacher;
    QString m_it;
    QString m_itPack; ///< district IT's working copy
    QString m_districtKey;
    QString m_districtFingerprint;
    QString m_principalFingerprint;
    QString m_teacherFingerprint;
    QString m_teacherKey; ///< her public key, as `identity show` prints it
    QString m_itFingerprint;
    QString m_requestId;

    CliResult run(const QString &profile, const QStringList &arguments)
    {
        return clearline::test::runClearline(arguments + QStringList{QStringLiteral("--profile"), profile}, kScript);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// A profile of the district, trusting the district key, whose pack is
    /// its own copy of the signed pack (as after a first install).
    QString makeProfile(const QString &profile, const QString &name, const QString &email)
    {
        const CliResult made =
            run(profile, {QStringLiteral("init"), QStringLiteral("--name"), name, QStringLiteral("--email"), email,
                          QStringLiteral("--district"), QStringLiteral("wilmington"), QStringLiteral("--school"),
                          QStringLiteral("high-school"), QStringLiteral("--json")});
        if (made.exitCode != 0) {
            qWarning("%s", qPrintable(made.err));
            return {};
        }
        const QString copy = profile + QStringLiteral("-pack");
        QDir().mkpath(copy);
        QFile::copy(m_itPack, copy + QStringLiteral("/pack.yaml"));
        QFile::copy(m_itPack + QStringLiteral(".sig"), copy + QStringLiteral("/pack.yaml.sig"));
        run(profile,
            {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("district_key"), m_districtFingerprint});
        run(profile, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("district"), copy});
        return made.json().value(QStringLiteral("fingerprint")).toString();
    }

    CliResult sign()
    {
        return clearline::test::runClearline(
            {QStringLiteral("policy"), QStringLiteral("sign"), m_itPack, QStringLiteral("--key"), m_districtKey}, kIt);
    }

    /// A bundle locked for one person, named as `--for` takes it.
    CliResult exportBundle(const QString &profile, const QString &file, const QString &forWhom)
    {
        return run(profile, {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--to"), file,
                             QStringLiteral("--for"), forWhom});
    }

    CliResult importBundle(const QString &profile, const QString &file, const QStringList &accept = {})
    {
        QStringList arguments{QStringLiteral("bundle"), QStringLiteral("import"), file, QStringLiteral("--json")};
        for (const QString &fingerprint : accept) {
            arguments << QStringLiteral("--accept") << fingerprint;
        }
        return run(profile, arguments);
    }

    QString requestState(const QString &profile)
    {
        const CliResult shown =
            run(profile, {QStringLiteral("request"), QStringLiteral("show"), m_requestId, QStringLiteral("--json")});
        return shown.json().value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_itPack = path(QStringLiteral("it-pack/pack.yaml"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("it-pack"))));
        QVERIFY(QFile::copy(shippedPack(), m_itPack));
        QFile::setPermissions(m_itPack, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_districtKey = path(QStringLiteral("district.key"));
        const CliResult keygen =
            clearline::test::runClearline({QStringLiteral("policy"), QStringLiteral("keygen"), QStringLiteral("--out"),
                                           m_districtKey, QStringLiteral("--json")},
                                          kIt);
        QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.err));
        m_districtFingerprint = keygen.json().value(QStringLiteral("fingerprint")).toString();
        QVERIFY2(sign().exitCode == 0, "signing the first pack");

        m_principal = path(QStringLiteral("principal"));
        m_teacher = path(QStringLiteral("teacher"));
        m_it = path(QStringLiteral("it"));
        m_principalFingerprint =
            makeProfile(m_principal, QStringLiteral("Rita Principal"), QStringLiteral("rita@wpsk12.example"));
        m_teacherFingerprint =
            makeProfile(m_teacher, QStringLiteral("Pat Teacher"), QStringLiteral("pat@wpsk12.example"));
        // District IT works under the pack it edits.
        m_itFingerprint = makeProfile(m_it, QStringLiteral("Ivan Tech"), QStringLiteral("ivan@wpsk12.example"));
        QVERIFY(!m_itFingerprint.isEmpty());
        QVERIFY(run(m_it, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("district"),
                           path(QStringLiteral("it-pack"))})
                    .exitCode == 0);
        QVERIFY(!m_principalFingerprint.isEmpty() && !m_teacherFingerprint.isEmpty());
        // What the teacher hands district IT so that they can send her
        // records before they have met.
        const CliResult shown =
            run(m_teacher, {QStringLiteral("identity"), QStringLiteral("show"), QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QCOMPARE(shown.json().value(QStringLiteral("fingerprint")).toString(), m_teacherFingerprint);
        m_teacherKey = shown.json().value(QStringLiteral("publicKey")).toString();
        QCOMPARE(m_teacherKey.size(), 44);
    }

    void enrolmentIsCheckedAgainstThePack()
    {
        const CliResult noRole =
            run(m_principal, {QStringLiteral("enrol"), QStringLiteral("--role"), QStringLiteral("headmaster")});
        QCOMPARE(noRole.exitCode, 1);
        QVERIFY2(noRole.err.contains(QLatin1String("no role \"headmaster\"")) &&
                     noRole.err.contains(QLatin1String("principal")),
                 qPrintable(noRole.err));
        const CliResult noSchool =
            run(m_principal, {QStringLiteral("enrol"), QStringLiteral("--role"), QStringLiteral("principal")});
        QCOMPARE(noSchool.exitCode, 1);
        QVERIFY2(noSchool.err.contains(QLatin1String("--school")), qPrintable(noSchool.err));
        const CliResult badSchool =
            run(m_principal, {QStringLiteral("enrol"), QStringLiteral("--role"), QStringLiteral("principal"),
                              QStringLiteral("--school"), QStringLiteral("atlantis")});
        QCOMPARE(badSchool.exitCode, 1);
        QVERIFY2(badSchool.err.contains(QLatin1String("no school \"atlantis\"")), qPrintable(badSchool.err));
    }

    void thePrincipalEnrolsAndApprovesOnceThePackArrives()
    {
        // The teacher asks; the principal is not in the pack, so her
        // approval could not count yet.
        const clearline::policy::Pack pack = clearline::test::loadPack(QStringLiteral("wilmington"));
        QStringList ask{QStringLiteral("request"), QStringLiteral("new"), kProcedure, QStringLiteral("--submit"),
                        QStringLiteral("--json")};
        for (const auto &field : pack.procedure(kProcedure)->fields) {
            ask << QStringLiteral("--field")
                << QStringLiteral("%1=%2").arg(field.id, clearline::test::goodAnswer(pack, field));
        }
        for (const auto &item : pack.procedure(kProcedure)->checklist) {
            ask << QStringLiteral("--check") << item.id;
        }
        const CliResult asked = run(m_teacher, ask);
        QVERIFY2(asked.exitCode == 0, qPrintable(asked.err + asked.out));
        m_requestId = asked.json().value(QStringLiteral("recordId")).toString();

        // The principal enrols: a file for IT, with her fingerprint.
        const QString enrolment = path(QStringLiteral("rita-enrolment.json"));
        const CliResult enrolled =
            run(m_principal, {QStringLiteral("enrol"), QStringLiteral("--role"), QStringLiteral("principal"),
                              QStringLiteral("--school"), QStringLiteral("high-school"), QStringLiteral("--out"),
                              enrolment, QStringLiteral("--json")});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        QCOMPARE(enrolled.json().value(QStringLiteral("fingerprint")).toString(), m_principalFingerprint);
        QVERIFY(QFile::exists(enrolment));

        // District IT adds her from the file, sees the same fingerprint, signs.
        const QByteArray before = readFile(m_itPack);
        const CliResult added =
            clearline::test::runClearline({QStringLiteral("policy"), QStringLiteral("holders"), QStringLiteral("add"),
                                           enrolment, QStringLiteral("--pack"), m_itPack, QStringLiteral("--json")},
                                          kIt);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(added.json().value(QStringLiteral("fingerprint")).toString(), m_principalFingerprint);
        QCOMPARE(added.json().value(QStringLiteral("version")).toInt(), 1);
        const QByteArray after = readFile(m_itPack);
        // Everything else of the file stays as IT wrote it, comments too.
        QVERIFY(after.startsWith(before.left(before.indexOf("district:"))));
        QVERIFY(after.contains("# The policy names no schools"));
        QVERIFY(after.contains("  version: 1\n"));
        QVERIFY(after.contains("Rita Principal"));
        QVERIFY(after.endsWith(before.mid(before.indexOf("\nclauses:"))));
        QVERIFY2(sign().exitCode == 0, "signing the new pack");

        // A bundle from IT carries it to each: to the principal the pack
        // names, and to the teacher by the public key she gave IT.
        for (const auto &[profile, forWhom] :
             {std::pair(m_principal, QStringLiteral("Rita Principal")), std::pair(m_teacher, m_teacherKey)}) {
            const QString fromIt = path(QStringLiteral("from-it-%1.clbundle").arg(QFileInfo(profile).fileName()));
            const CliResult exported = exportBundle(m_it, fromIt, forWhom);
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
            // Ivan is new to them: they compare his fingerprint and accept him.
            const CliResult imported = importBundle(profile, fromIt, {m_itFingerprint});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
            const QJsonObject policy = firstPolicy(imported);
            QCOMPARE(policy.value(QStringLiteral("outcome")).toString(), QStringLiteral("adopted"));
            QCOMPARE(policy.value(QStringLiteral("version")).toInt(), 1);
            const QString changes = policy.value(QStringLiteral("changes")).toVariant().toStringList().join(u'\n');
            QVERIFY2(changes.contains(QLatin1String("Added: Rita Principal")) &&
                         changes.contains(m_principalFingerprint),
                     qPrintable(changes));
        }

        // The teacher's request reaches the principal, who approves it.
        const QString fromTeacher = path(QStringLiteral("from-teacher.clbundle"));
        QVERIFY(exportBundle(m_teacher, fromTeacher, QStringLiteral("Rita Principal")).exitCode == 0);
        const CliResult toPrincipal = importBundle(m_principal, fromTeacher, {m_teacherFingerprint});
        QVERIFY2(toPrincipal.exitCode == 0, qPrintable(toPrincipal.err + toPrincipal.out));
        const CliResult approved = run(m_principal, {QStringLiteral("review"), QStringLiteral("approve"), m_requestId});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));

        // Her decision counts at the teacher, who needs to accept nobody: the
        // pack lists the principal now.
        const QString fromPrincipal = path(QStringLiteral("from-principal.clbundle"));
        QVERIFY(exportBundle(m_principal, fromPrincipal, QStringLiteral("Pat Teacher")).exitCode == 0);
        const CliResult toTeacher = importBundle(m_teacher, fromPrincipal);
        QVERIFY2(toTeacher.exitCode == 0, qPrintable(toTeacher.err + toTeacher.out));
        QCOMPARE(firstPolicy(toTeacher).value(QStringLiteral("outcome")).toString(), QStringLiteral("not-newer"));
        QCOMPARE(requestState(m_teacher), QStringLiteral("approved"));
    }

    void anOlderOrForeignPackIsRefusedAndTheRecordsStillCome()
    {
        // A colleague signs a "version 9" of the pack with a key of his own.
        const QString stale = path(QStringLiteral("stale"));
        const QString samFingerprint =
            makeProfile(stale, QStringLiteral("Sam Stale"), QStringLiteral("sam@wpsk12.example"));
        QVERIFY(!samFingerprint.isEmpty());
        QFile::remove(stale + QStringLiteral("-pack/pack.yaml"));
        QFile::remove(stale + QStringLiteral("-pack/pack.yaml.sig"));
        const QString otherKey = path(QStringLiteral("other.key"));
        const CliResult keygen =
            clearline::test::runClearline({QStringLiteral("policy"), QStringLiteral("keygen"), QStringLiteral("--out"),
                                           otherKey, QStringLiteral("--json")},
                                          kIt);
        QVERIFY(keygen.exitCode == 0);
        QByteArray forged = readFile(m_itPack);
        forged.replace("  version: 1\n", "  version: 9\n");
        QVERIFY(writeFile(stale + QStringLiteral("-pack/pack.yaml"), forged));
        QVERIFY(clearline::test::runClearline({QStringLiteral("policy"), QStringLiteral("sign"),
                                               stale + QStringLiteral("-pack/pack.yaml"), QStringLiteral("--key"),
                                               otherKey},
                                              kIt)
                    .exitCode == 0);
        QVERIFY(run(stale, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("district_key"),
                            keygen.json().value(QStringLiteral("fingerprint")).toString()})
                    .exitCode == 0);
        QVERIFY(run(stale, {QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--title"),
                            QStringLiteral("Bus duty swap"), QStringLiteral("--text"), QStringLiteral("Thursday")})
                    .exitCode == 0);
        const QString forgedBundle = path(QStringLiteral("forged.clbundle"));
        QVERIFY(exportBundle(stale, forgedBundle, m_teacherKey).exitCode == 0);
        const CliResult refused = importBundle(m_teacher, forgedBundle, {samFingerprint});
        QCOMPARE(firstPolicy(refused).value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
        QVERIFY2(firstPolicy(refused)
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("not by your district's key")),
                 qPrintable(refused.out));
        QCOMPARE(
            refused.json().value(QStringLiteral("bundles")).toArray().at(0).toObject().value(QStringLiteral("outcome")),
            QStringLiteral("imported"));
        const CliResult plain = run(m_teacher, {QStringLiteral("bundle"), QStringLiteral("import"), forgedBundle});
        QVERIFY2(plain.out.contains(QLatin1String("did not take it")), qPrintable(plain.out));
        // The teacher still works under version 1 of the district's own pack.
        QCOMPARE(firstPolicy(importBundle(m_teacher, path(QStringLiteral("from-it-teacher.clbundle"))))
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("not-newer"));
    }

    void removingAHolderKeepsHerEarlierDecision()
    {
        const CliResult removed = clearline::test::runClearline(
            {QStringLiteral("policy"), QStringLiteral("holders"), QStringLiteral("remove"), m_principalFingerprint,
             QStringLiteral("--pack"), m_itPack, QStringLiteral("--json")},
            kIt);
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(removed.json().value(QStringLiteral("version")).toInt(), 2);
        QVERIFY(readFile(m_itPack).contains("until:"));
        QVERIFY(sign().exitCode == 0);
        const QString fromIt = path(QStringLiteral("from-it-2.clbundle"));
        QVERIFY(exportBundle(m_it, fromIt, m_teacherKey).exitCode == 0);
        const CliResult imported = importBundle(m_teacher, fromIt, {m_itFingerprint});
        QCOMPARE(firstPolicy(imported).value(QStringLiteral("outcome")).toString(), QStringLiteral("adopted"));
        QVERIFY2(firstPolicy(imported)
                     .value(QStringLiteral("changes"))
                     .toVariant()
                     .toStringList()
                     .join(u'\n')
                     .contains(QLatin1String("Removed: Rita Principal")),
                 qPrintable(imported.out));
        QCOMPARE(requestState(m_teacher), QStringLiteral("approved"));
        // The same bundle again carries nothing newer.
        QCOMPARE(firstPolicy(importBundle(m_teacher, fromIt)).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("not-newer"));
    }
};

QTEST_GUILESS_MAIN(TestEnrolment)
#include "tst_enrolment.moc"
