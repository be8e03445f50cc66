// SPDX-License-Identifier: GPL-3.0-or-later
//
// A flagged answer (a number under its field's flag_below) does what the
// pack's when_flagged says: Wilmington's 3.c forbids apps that need the
// personal information of children under 13, so such a sign-up cannot be
// sent; a pack that asks for approval instead turns the role's notify step
// into an approve step; and a person a step only informs may still deny
// the request or return it. Mistakes in when_flagged are refused with their
// place.

#include "packanswers.h"
#include "requests/formcheck.h"
#include "requests/request.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"
#include "requests/review.h"
#include "testprofile.h"

#include "policy/packloader.h"

#include <QFile>
#include <QTest>

using namespace clearline;

namespace {

const QString kApp = QStringLiteral("app-registration");

policy::Field *youngestAge(policy::Pack &pack)
{
    for (policy::Procedure &procedure : pack.procedures) {
        for (policy::Field &field : procedure.fields) {
            if (procedure.id == kApp && field.id == QLatin1String("youngest_age")) {
                return &field;
            }
        }
    }
    qFatal("no youngest_age field");
    return nullptr;
}

/// A Wilmington teacher and the principal, who holds the role by key.
struct School
{
    policy::Pack pack = test::loadPack(QStringLiteral("wilmington"));
    test::TestProfile teacher{QStringLiteral("Tess Teacher")};
    test::TestProfile principal{QStringLiteral("Rita Principal")};
    QDate today = requests::districtToday(pack);

    School()
    {
        for (policy::Role &role : pack.roles) {
            if (role.id == QLatin1String("principal")) {
                role.holders.append({QStringLiteral("Rita Principal"),
                                     QStringLiteral("rita@wpsk12.example"),
                                     {pack.schools.constFirst().id, {}},
                                     principal.identity->info().publicKey});
            }
        }
    }

    requests::RequestForm form(const QString &age) const
    {
        requests::RequestForm form;
        form.procedureId = kApp;
        for (const policy::Field &field : pack.procedure(kApp)->fields) {
            form.answers.insert(field.id, test::goodAnswer(pack, field));
        }
        form.answers.insert(QStringLiteral("youngest_age"), age);
        for (const policy::ChecklistItem &item : pack.procedure(kApp)->checklist) {
            form.ticked.append(item.id);
        }
        return form;
    }

    std::optional<ledger::Revision> send(const QString &age, QString *error)
    {
        return requests::RequestFiling(*teacher.ledger, *teacher.identity, pack).send(form(age), {}, today, error);
    }

    requests::RequestStatus status(const QString &id) const
    {
        return *requests::RequestBook(*teacher.ledger, pack, teacher.identity->info().personId).status(id, today);
    }
};

QString loadErrors(const QByteArray &field, const QByteArray &whenFlagged)
{
    const QString path = QString::fromUtf8(test::kSourceDir) + QStringLiteral("/policies/wilmington/pack.yaml");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("no Wilmington pack");
    }
    QByteArray text = file.readAll();
    const QByteArray shipped = "        when_flagged: { action: refuse }\n";
    if (!text.contains(shipped)) {
        qFatal("the Wilmington pack no longer refuses under 13");
    }
    text.replace(shipped, whenFlagged.isEmpty() ? QByteArray() : "        when_flagged: " + whenFlagged + '\n');
    if (!field.isEmpty()) {
        text.replace("        flag_below: 13\n", field);
    }
    const auto result = policy::PackLoader::loadText(text, QStringLiteral("memory.yaml"));
    QStringList messages;
    for (const policy::PackError &error : result.errors) {
        messages.append(error.toString());
    }
    return messages.join(QLatin1Char('\n'));
}

} // namespace

class TestFlaggedAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wilmingtonRefusesASignUpUnder13CitingTheClause()
    {
        School school;
        QCOMPARE(youngestAge(school.pack)->whenFlagged.action, QStringLiteral("refuse"));
        QString error;
        QVERIFY(!school.send(QStringLiteral("11"), &error));
        QVERIFY2(error.contains(QLatin1String("3.c")) && error.contains(QLatin1String("under 13")), qPrintable(error));
        // The wizard says so as the person types.
        const QList<requests::FormCheck::Problem> problems =
            requests::FormCheck(school.pack).problems(*school.pack.procedure(kApp), school.form(QStringLiteral("12")));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().fieldId, QStringLiteral("youngest_age"));
        // 13 and older is documented with the principal and the director, as before.
        const auto sent = school.send(QStringLiteral("13"), &error);
        QVERIFY2(sent, qPrintable(error));
        QCOMPARE(school.status(sent->recordId).state, requests::RequestStatus::State::Sent);
    }

    void aPackThatAsksForApprovalTurnsTheNoticeIntoAnApproval()
    {
        School school;
        youngestAge(school.pack)->whenFlagged.action = QStringLiteral("approve");
        youngestAge(school.pack)->whenFlagged.role.id = QStringLiteral("principal");
        QString error;
        const auto flagged = school.send(QStringLiteral("11"), &error);
        QVERIFY2(flagged, qPrintable(error));
        const requests::RequestStatus waiting = school.status(flagged->recordId);
        QCOMPARE(waiting.state, requests::RequestStatus::State::Waiting);
        QVERIFY2(waiting.waitingFor.contains(QLatin1String("Rita Principal")), qPrintable(waiting.waitingFor));
        const requests::Request request = requests::Request::fromPayload(flagged->payload);
        QCOMPARE(request.route.size(), 2);
        QCOMPARE(request.route.at(0).action, QStringLiteral("approve"));
        QCOMPARE(request.route.at(0).clauseId, QStringLiteral("apps"));
        QCOMPARE(request.route.at(1).action, QStringLiteral("notify")); // the director is still only told

        // The principal approves it: an approval, not a reading.
        const auto approved =
            requests::Review(*school.teacher.ledger, *school.principal.identity, school.pack)
                .decide(flagged->recordId, requests::Decision::Action::Approve, {}, school.today, &error);
        QVERIFY2(approved, qPrintable(error));
        QCOMPARE(requests::Decision::fromPayload(approved->payload)->action, requests::Decision::Action::Approve);
        QCOMPARE(school.status(flagged->recordId).state, requests::RequestStatus::State::Approved);

        // Without the flag the route is the pack's own: notices only.
        const auto plain = school.send(QStringLiteral("14"), &error);
        QVERIFY2(plain, qPrintable(error));
        QCOMPARE(requests::Request::fromPayload(plain->payload).route.at(0).action, QStringLiteral("notify"));
        QCOMPARE(school.status(plain->recordId).state, requests::RequestStatus::State::Sent);
    }

    void aNotifiedApproverDeniesOrReturns()
    {
        School school;
        QString error;
        const auto denied = school.send(QStringLiteral("14"), &error);
        const auto returned = school.send(QStringLiteral("15"), &error);
        QVERIFY2(denied && returned, qPrintable(error));
        requests::Review review(*school.teacher.ledger, *school.principal.identity, school.pack);
        const QList<requests::QueueItem> queue = requests::Review::queue(
            *school.teacher.ledger, school.pack, school.principal.identity->info().publicKey, school.today);
        QCOMPARE(queue.size(), 2);
        QVERIFY(!queue.constFirst().needsDecision);
        QVERIFY(queue.constFirst().mayRefuse);

        QVERIFY(!review.decide(denied->recordId, requests::Decision::Action::Deny, {}, school.today, &error));
        QVERIFY2(error.contains(QLatin1String("Say why")), qPrintable(error));
        QVERIFY2(review.decide(denied->recordId, requests::Decision::Action::Deny,
                               QStringLiteral("This app shares names with advertisers."), school.today, &error),
                 qPrintable(error));
        const requests::RequestStatus deniedStatus = school.status(denied->recordId);
        QCOMPARE(deniedStatus.state, requests::RequestStatus::State::Denied);
        QVERIFY(deniedStatus.description().contains(QLatin1String("shares names with advertisers")));

        QVERIFY2(review.decide(returned->recordId, requests::Decision::Action::Return,
                               QStringLiteral("Say which class."), school.today, &error),
                 qPrintable(error));
        QCOMPARE(school.status(returned->recordId).state, requests::RequestStatus::State::Returned);
        // Once it ended, nothing more can deny it.
        QVERIFY(!review.decide(returned->recordId, requests::Decision::Action::Deny, QStringLiteral("No."),
                               school.today, &error));
    }

    void mistakesInWhenFlaggedAreRefused_data()
    {
        QTest::addColumn<bool>("withoutFlagBelow");
        QTest::addColumn<QByteArray>("whenFlagged");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown action") << false << QByteArray("{ action: forbid }") << QStringLiteral("forbid");
        QTest::newRow("approve without a role")
            << false << QByteArray("{ action: approve }") << QStringLiteral("names the role");
        QTest::newRow("a role not on the route")
            << false << QByteArray("{ action: approve, role: superintendent }")
            << QStringLiteral("\"superintendent\", which is not on the route of procedure \"app-registration\"");
        QTest::newRow("a role on refuse") << false << QByteArray("{ action: refuse, role: principal }")
                                          << QStringLiteral("only when_flagged with action approve names a role");
        QTest::newRow("a word, not a map")
            << false << QByteArray("refuse")
            << QStringLiteral("write when_flagged as a map, for example { action: refuse }");
        QTest::newRow("no flag_below") << true << QByteArray("{ action: refuse }")
                                       << QStringLiteral("when_flagged needs flag_below");
    }

    void mistakesInWhenFlaggedAreRefused()
    {
        QFETCH(bool, withoutFlagBelow);
        QFETCH(QByteArray, whenFlagged);
        QFETCH(QString, message);
        const QString errors = loadErrors(withoutFlagBelow ? QByteArray("\n") : QByteArray(), whenFlagged);
        QVERIFY2(errors.contains(message), qPrintable(errors));
        QVERIFY(errors.contains(QLatin1String("memory.yaml:")));
    }

    void theShippedPacksStillLoad()
    {
        QVERIFY(loadErrors({}, "{ action: refuse }").isEmpty());
        QVERIFY(loadErrors({}, "{ action: approve, role: principal }").isEmpty());
        QVERIFY(loadErrors({}, "{ action: show }").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFlaggedAnswers)
#include "tst_flaggedanswers.moc"
