// SPDX-License-Identifier: GPL-3.0-or-later
//
// `clearline policy` as district IT uses it: validate (content, and the
// signature on its own line), show, keygen and sign.

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using clearline::test::CliResult;
using clearline::test::runClearline;

namespace {
const QHash<QString, QString> kIt{{QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("district it passphrase")}};

QString fixture(const QString &path)
{
    return QDir(QString::fromUtf8(clearline::test::kSourceDir))
        .filePath(QStringLiteral("tests/fixtures/packs/") + path);
}
} // namespace

class TestPolicyCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedPacksValidate()
    {
        const CliResult result =
            runClearline({QStringLiteral("policy"), QStringLiteral("validate"), QStringLiteral("wilmington"),
                          QStringLiteral("wareham"), QStringLiteral("melrose"), QStringLiteral("north-middlesex")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.count(QLatin1String(": valid (")), 4);
        QCOMPARE(result.out.count(QLatin1String("signature: shipped with ClearLine")), 4);
    }

    void brokenPackFailsWithPlaces()
    {
        const CliResult result = runClearline({QStringLiteral("policy"), QStringLiteral("validate"),
                                               fixture(QStringLiteral("broken/07-undefined-clause.yaml"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(
            result.out.contains(QStringLiteral("07-undefined-clause.yaml:45:13: the clause \"phone\" is not defined "
                                               "in this pack")),
            qPrintable(result.out));
    }

    void keygenSignAndTamper()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("pack.yaml"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("lakeview/pack.yaml")), pack));
        QFile::setPermissions(pack, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        CliResult result = runClearline({QStringLiteral("policy"), QStringLiteral("validate"), dir.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("signature: not signed (a draft: it loads only in authoring mode)")));

        const QString key = dir.filePath(QStringLiteral("district.key"));
        result = runClearline({QStringLiteral("policy"), QStringLiteral("keygen"), QStringLiteral("--out"), key,
                               QStringLiteral("--json")},
                              kIt);
        QCOMPARE(result.exitCode, 0);
        const QString fingerprint = result.json().value(QStringLiteral("fingerprint")).toString();
        QCOMPARE(fingerprint.size(), 24);
        // Never overwrites a key.
        QCOMPARE(runClearline({QStringLiteral("policy"), QStringLiteral("keygen"), QStringLiteral("--out"), key}, kIt)
                     .exitCode,
                 1);

        result =
            runClearline({QStringLiteral("policy"), QStringLiteral("sign"), pack, QStringLiteral("--key"), key}, kIt);
        QCOMPARE(result.exitCode, 0);
        result = runClearline({QStringLiteral("policy"), QStringLiteral("validate"), pack, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QJsonObject verdict = result.json().value(QStringLiteral("packs")).toArray().first().toObject();
        QCOMPARE(verdict.value(QStringLiteral("signed")).toBool(), true);
        QCOMPARE(verdict.value(QStringLiteral("signedBy")).toString(), fingerprint);

        // A wrong passphrase signs nothing.
        QHash<QString, QString> wrong = kIt;
        wrong.insert(QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("not the passphrase"));
        QCOMPARE(
            runClearline({QStringLiteral("policy"), QStringLiteral("sign"), pack, QStringLiteral("--key"), key}, wrong)
                .exitCode,
            1);

        // Someone shortens a route after signing: the content is still a valid
        // pack, but the signature no longer matches.
        QFile file(pack);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray text = file.readAll();
        text.replace("deadline: { days: 10 }", "deadline: { days: 99 }");
        file.resize(0);
        file.write(text);
        file.close();
        result = runClearline({QStringLiteral("policy"), QStringLiteral("validate"), pack});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1String("signature: the signature does not match the pack: it was changed "
                                                   "after it was signed")),
                 qPrintable(result.out));
    }

    void checkAContactAgainstThePolicy()
    {
        // A text to a student at 21:05 on a Tuesday in Wareham: off-hours, so
        // the policy says to begin with the parent.
        CliResult result = runClearline(
            {QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("wareham"), QStringLiteral("--channel"),
             QStringLiteral("personal-cell-text"), QStringLiteral("--audience"), QStringLiteral("students"),
             QStringLiteral("--at"), QStringLiteral("2026-09-08T21:05:00-04:00"), QStringLiteral("--when"),
             QStringLiteral("educational-purpose"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QJsonObject verdict = result.json();
        QCOMPARE(verdict.value(QStringLiteral("offHours")).toBool(), true);
        QCOMPARE(verdict.value(QStringLiteral("time")).toString(), QStringLiteral("after school hours"));
        QCOMPARE(verdict.value(QStringLiteral("verdict")).toString(), QStringLiteral("parent-first"));

        // A trip number in Wilmington needs the principal's approval first.
        result = runClearline({QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("wilmington"),
                               QStringLiteral("--channel"), QStringLiteral("personal-cell-call"),
                               QStringLiteral("--audience"), QStringLiteral("students"), QStringLiteral("--when"),
                               QStringLiteral("school-sponsored-trip"), QStringLiteral("--when"),
                               QStringLiteral("educational-purpose"), QStringLiteral("--json")});
        verdict = result.json();
        QCOMPARE(verdict.value(QStringLiteral("verdict")).toString(), QStringLiteral("needs-authorization"));
        QCOMPARE(verdict.value(QStringLiteral("procedure")).toString(), QStringLiteral("trip-phone-disclosure"));

        result = runClearline({QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("wareham"),
                               QStringLiteral("--channel"), QStringLiteral("pigeon"), QStringLiteral("--audience"),
                               QStringLiteral("students")});
        QCOMPARE(result.exitCode, 2);
    }

    void showAClauseAndWhatCitesIt()
    {
        const CliResult result =
            runClearline({QStringLiteral("policy"), QStringLiteral("show"), fixture(QStringLiteral("lakeview")),
                          QStringLiteral("--clause"), QStringLiteral("phones"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject clause = result.json();
        QCOMPARE(clause.value(QStringLiteral("section")).toString(), QStringLiteral("4.1"));
        const QJsonArray citedBy = clause.value(QStringLiteral("citedBy")).toArray();
        QVERIFY(citedBy.contains(QStringLiteral("rule:no-personal-number")));
        QVERIFY(citedBy.contains(QStringLiteral("procedure:loaner-phone-request")));
    }

    // The district's purposes: listed by `policy show`, and judged by what
    // each counts as in `policy check --purpose`.
    void purposesAreShownAndChecked()
    {
        CliResult result = runClearline({QStringLiteral("policy"), QStringLiteral("show"),
                                         fixture(QStringLiteral("lakeview")), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray purposes = result.json().value(QStringLiteral("purposes")).toArray();
        QCOMPARE(purposes.size(), 3);
        QCOMPARE(purposes.at(0).toObject().value(QStringLiteral("label")).toObject().value(QStringLiteral("es")),
                 QStringLiteral("Tareas y calificaciones"));
        const QStringList check{
            QStringLiteral("policy"),    QStringLiteral("check"),          fixture(QStringLiteral("lakeview")),
            QStringLiteral("--channel"), QStringLiteral("district-email"), QStringLiteral("--audience"),
            QStringLiteral("students"),  QStringLiteral("--at"),           QStringLiteral("2026-10-14T10:00:00-05:00"),
            QStringLiteral("--json"),    QStringLiteral("--purpose")};
        result = runClearline(check + QStringList{QStringLiteral("clubs-and-teams")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("allowed"));
        result = runClearline(check + QStringList{QStringLiteral("personal")});
        QCOMPARE(result.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("parent-first"));
        result = runClearline(check + QStringList{QStringLiteral("scheduling")});
        QCOMPARE(result.exitCode, 2);
        const QString error = result.json().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QLatin1String("coursework, clubs-and-teams, personal")), qPrintable(result.out));
    }

    void showListsTheStatementsStaffMustMake()
    {
        CliResult result = runClearline({QStringLiteral("policy"), QStringLiteral("show"),
                                         fixture(QStringLiteral("lakeview")), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray statements = result.json().value(QStringLiteral("statements")).toArray();
        QCOMPARE(statements.size(), 1);
        const QJsonObject statement = statements.first().toObject();
        QCOMPARE(statement.value(QStringLiteral("clause")).toString(), QStringLiteral("personal-accounts"));
        QCOMPARE(statement.value(QStringLiteral("text")).toObject().value(QStringLiteral("es")).toString(),
                 QStringLiteral("Estas publicaciones son mías, no de {{district_name}}."));

        result = runClearline({QStringLiteral("policy"), QStringLiteral("show"), fixture(QStringLiteral("lakeview"))});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(
                     QStringLiteral("[es] Estas publicaciones son mías, no de Lakeview Unified School District.")),
                 qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestPolicyCommands)
#include "tst_policycommands.moc"
