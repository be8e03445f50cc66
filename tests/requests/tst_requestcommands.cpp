// SPDX-License-Identifier: GPL-3.0-or-later
//
// `clearline request` and `clearline ack` as district IT scripts them: a
// request filled from --field and --check, saved as a draft or sent with its
// route, listed, shown, corrected and withdrawn; the yearly acknowledgment.

#include "clirunner.h"
#include "packanswers.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using clearline::test::CliResult;

namespace {
const QHash<QString, QString> kScript{{QStringLiteral("CLEARLINE_KEYSTORE"), QStringLiteral("file")},
                                      {QStringLiteral("CLEARLINE_PASSPHRASE"), QStringLiteral("correct horse")}};
} // namespace

class TestRequestCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;

    CliResult run(const QStringList &arguments)
    {
        return clearline::test::runClearline(arguments + QStringList{QStringLiteral("--profile"), m_profile}, kScript);
    }

    QStringList answersFor(const QString &kind, bool ticks)
    {
        const clearline::policy::Pack pack = clearline::test::loadPack(QStringLiteral("wilmington"));
        QStringList arguments;
        for (const auto &field : pack.procedure(kind)->fields) {
            arguments << QStringLiteral("--field")
                      << QStringLiteral("%1=%2").arg(field.id, clearline::test::goodAnswer(pack, field));
        }
        for (const auto &item : pack.procedure(kind)->checklist) {
            if (ticks) {
                arguments << QStringLiteral("--check") << item.id;
            }
        }
        return arguments;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = m_dir.filePath(QStringLiteral("teacher"));
        const CliResult wrongSchool =
            run({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Pat Teacher"),
                 QStringLiteral("--email"), QStringLiteral("pat@district.example"), QStringLiteral("--district"),
                 QStringLiteral("wilmington"), QStringLiteral("--school"), QStringLiteral("atlantis")});
        QCOMPARE(wrongSchool.exitCode, 2);
        QVERIFY2(wrongSchool.err.contains(QStringLiteral("its schools are: high-school")), qPrintable(wrongSchool.err));
        const CliResult init = run(
            {QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Pat Teacher"), QStringLiteral("--email"),
             QStringLiteral("pat@district.example"), QStringLiteral("--district"), QStringLiteral("wilmington"),
             QStringLiteral("--school"), QStringLiteral("high-school"), QStringLiteral("--json")});
        QCOMPARE(init.exitCode, 0);
        QCOMPARE(init.json().value(QStringLiteral("zone")).toString(), QStringLiteral("America/New_York"));
    }

    void kindsListThePacksProcedures()
    {
        const CliResult kinds = run({QStringLiteral("request"), QStringLiteral("kinds"), QStringLiteral("--json")});
        QCOMPARE(kinds.exitCode, 0);
        QStringList ids;
        for (const QJsonValue &kind : kinds.json().value(QStringLiteral("kinds")).toArray()) {
            ids.append(kind.toObject().value(QStringLiteral("kind")).toString());
        }
        QVERIFY2(ids.contains(QStringLiteral("class-page")) && ids.contains(QStringLiteral("professional-account")),
                 qPrintable(ids.join(QLatin1Char(' '))));
    }

    void unknownKindOrFieldIsAUsageError()
    {
        QCOMPARE(run({QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("spaceship")}).exitCode, 2);
        const CliResult field = run({QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("class-page"),
                                     QStringLiteral("--field"), QStringLiteral("colour=blue")});
        QCOMPARE(field.exitCode, 2);
        QVERIFY2(field.err.contains(QStringLiteral("its fields are: page_name, page_kind")), qPrintable(field.err));
    }

    void withoutSubmitADraftIsSavedWithWhatIsMissing()
    {
        const CliResult draft = run(QStringList{QStringLiteral("request"), QStringLiteral("new"),
                                                QStringLiteral("class-page"), QStringLiteral("--json")} +
                                    answersFor(QStringLiteral("class-page"), false));
        QCOMPARE(draft.exitCode, 0);
        QVERIFY(!draft.json().value(QStringLiteral("draftId")).toString().isEmpty());
        QCOMPARE(draft.json().value(QStringLiteral("problems")).toArray().size(),
                 clearline::test::loadPack(QStringLiteral("wilmington"))
                     .procedure(QStringLiteral("class-page"))
                     ->checklist.size());
    }

    void incompleteRequestIsRefused()
    {
        const CliResult refused = run(QStringList{QStringLiteral("request"), QStringLiteral("new"),
                                                  QStringLiteral("class-page"), QStringLiteral("--submit")} +
                                      answersFor(QStringLiteral("class-page"), false));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("The request is not complete yet")), qPrintable(refused.err));
    }

    void sentRequestShowsItsRouteThenIsCorrectedAndWithdrawn()
    {
        const CliResult sent =
            run(QStringList{QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("professional-account"),
                            QStringLiteral("--submit"), QStringLiteral("--json")} +
                answersFor(QStringLiteral("professional-account"), true));
        QCOMPARE(sent.exitCode, 0);
        const QString id = sent.json().value(QStringLiteral("recordId")).toString();
        const QJsonArray route = sent.json().value(QStringLiteral("route")).toArray();
        QCOMPARE(route.size(), 3);
        QCOMPARE(route.at(2).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("approve"));
        QCOMPARE(route.at(2).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("principal"));
        const QJsonObject status = sent.json().value(QStringLiteral("status")).toObject();
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
        QCOMPARE(status.value(QStringLiteral("waitingFor")).toString(), QStringLiteral("Principal"));

        const CliResult shown = run({QStringLiteral("request"), QStringLiteral("show"), id.left(8)});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(QStringLiteral("Principal approves (before students take part in class")),
                 qPrintable(shown.out));
        QVERIFY(shown.out.contains(QStringLiteral("School: Wilmington High School")));

        QCOMPARE(run({QStringLiteral("request"), QStringLiteral("correct"), id}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("request"), QStringLiteral("correct"), id, QStringLiteral("--reason"),
                      QStringLiteral("Typo in the link"), QStringLiteral("--field"),
                      QStringLiteral("address=https://edublogs.example/pat")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("request"), QStringLiteral("withdraw"), id, QStringLiteral("--reason"),
                      QStringLiteral("Using the class page instead")})
                     .exitCode,
                 0);
        const QJsonObject record =
            run({QStringLiteral("request"), QStringLiteral("show"), id, QStringLiteral("--json")}).json();
        QCOMPARE(record.value(QStringLiteral("answers")).toObject().value(QStringLiteral("address")).toString(),
                 QStringLiteral("https://edublogs.example/pat"));
        QCOMPARE(record.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("withdrawn"));
        const QJsonArray revisions = record.value(QStringLiteral("revisions")).toArray();
        QCOMPARE(revisions.size(), 3);
        QCOMPARE(revisions.at(2).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Using the class page instead"));
    }

    // A request's notice is shown, filled in, in the language asked for;
    // it is recorded as handed out only once the request is approved.
    void noticeOfARequest()
    {
        const CliResult sent =
            run(QStringList{QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("professional-account"),
                            QStringLiteral("--submit"), QStringLiteral("--json")} +
                answersFor(QStringLiteral("professional-account"), true));
        QCOMPARE(sent.exitCode, 0);
        const QString id = sent.json().value(QStringLiteral("recordId")).toString();
        const CliResult shown = run({QStringLiteral("notice"), QStringLiteral("show"), id.left(8),
                                     QStringLiteral("--language"), QStringLiteral("es"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QString text = shown.json().value(QStringLiteral("text")).toString();
        QVERIFY2(text.contains(QLatin1String("Pat Teacher")) && !text.contains(QLatin1String("{{")), qPrintable(text));
        QCOMPARE(shown.json().value(QStringLiteral("language")).toString(), QStringLiteral("es"));
        const CliResult early = run({QStringLiteral("notice"), QStringLiteral("show"), id, QStringLiteral("--given-to"),
                                     QStringLiteral("Room 12 parents")});
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(QLatin1String("not approved yet")), qPrintable(early.err));
        // Nothing is due while it waits for the principal.
        const CliResult due = run({QStringLiteral("notice"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(due.exitCode, 0);
        QVERIFY(due.json().value(QStringLiteral("due")).toArray().isEmpty());
        QCOMPARE(run({QStringLiteral("notice"), QStringLiteral("show"), id, QStringLiteral("--language"),
                      QStringLiteral("klingon")})
                     .exitCode,
                 2);
    }

    void listShowsDraftsAndSentRequests()
    {
        const QJsonArray items = run({QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--json")})
                                     .json()
                                     .value(QStringLiteral("requests"))
                                     .toArray();
        QStringList states;
        for (const QJsonValue &item : items) {
            states.append(
                item.toObject().value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString());
        }
        QVERIFY2(states.contains(QStringLiteral("draft")) && states.contains(QStringLiteral("withdrawn")),
                 qPrintable(states.join(QLatin1Char(' '))));
    }

    void ackIsSignedOncePerSchoolYear()
    {
        const CliResult before = run({QStringLiteral("ack"), QStringLiteral("--status"), QStringLiteral("--json")});
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(before.json().value(QStringLiteral("required")).toBool(), true);
        QCOMPARE(before.json().value(QStringLiteral("acknowledged")).toBool(), false);
        const CliResult ack = run({QStringLiteral("ack")});
        QCOMPARE(ack.exitCode, 0);
        QVERIFY2(ack.out.contains(QStringLiteral("Signed: you read Social Media Policy")), qPrintable(ack.out));
        QCOMPARE(run({QStringLiteral("ack"), QStringLiteral("--status"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("acknowledged"))
                     .toBool(),
                 true);
    }
};

QTEST_GUILESS_MAIN(TestRequestCommands)
#include "tst_requestcommands.moc"
