// SPDX-License-Identifier: GPL-3.0-or-later
//
// Requests under each shipped pack: every procedure can be filled, sent and
// signed, with the route its pack gives; drafts, corrections, withdrawals,
// deadlines, the registry of professional accounts and the yearly
// acknowledgment behave as a teacher would expect.

#include "packanswers.h"
#include "requests/formcheck.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"
#include "requests/reviewchecks.h"
#include "testprofile.h"

#include <QJsonArray>
#include <QTest>

using namespace clearline;
using requests::RequestForm;
using requests::RequestStatus;

namespace {

RequestForm completeForm(const policy::Pack &pack, const policy::Procedure &procedure)
{
    RequestForm form;
    form.procedureId = procedure.id;
    for (const policy::Field &field : procedure.fields) {
        form.answers.insert(field.id, test::goodAnswer(pack, field));
    }
    for (const policy::ChecklistItem &item : procedure.checklist) {
        form.ticked.append(item.id);
    }
    return form;
}

} // namespace

class TestRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyShippedProcedureIsSentWithItsPacksRoute_data()
    {
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("procedure");
        for (const auto &[district, procedure] : test::shippedProcedures()) {
            if (test::loadPack(district).approvalFirst(procedure)) {
                continue; // sent only after another approval: tst_followons
            }
            QTest::addRow("%s/%s", qPrintable(district), qPrintable(procedure)) << district << procedure;
        }
    }

    void everyShippedProcedureIsSentWithItsPacksRoute()
    {
        QFETCH(QString, district);
        QFETCH(QString, procedure);
        const policy::Pack pack = test::loadPack(district);
        const policy::Procedure &steps = *pack.procedure(procedure);
        test::TestProfile person;
        requests::RequestFiling filing(*person.ledger, *person.identity, pack);
        QString error;
        const QDate today = QDate::currentDate();
        const auto revision = filing.send(completeForm(pack, steps), {}, today, &error);
        QVERIFY2(revision, qPrintable(error));
        QCOMPARE(revision->kind, QStringLiteral("request"));
        QVERIFY(revision->signature.size() > 0);

        // The route in the signed record is the pack's, step by step.
        const requests::Request sent = requests::Request::fromPayload(revision->payload);
        qsizetype index = 0;
        for (qsizetype stage = 0; stage < steps.route.size(); ++stage) {
            for (const policy::RouteStep &step : steps.route.at(stage).steps) {
                QVERIFY(index < sent.route.size());
                const requests::PlannedStep &planned = sent.route.at(index++);
                QCOMPARE(planned.stage, int(stage));
                QCOMPARE(planned.action, step.action);
                QCOMPARE(planned.roleId, step.role.id);
                QCOMPARE(planned.roleTitle, pack.role(step.role.id)->title);
                QCOMPARE(planned.clauseId, step.clause.id);
            }
        }
        QCOMPARE(index, sent.route.size());

        // The person sees who acts next: the first role that must answer.
        const RequestStatus status = RequestStatus::of(sent, today);
        const auto firstAnswer =
            std::find_if(sent.route.begin(), sent.route.end(), [](const auto &s) { return s.waitsForAnswer(); });
        if (steps.route.isEmpty()) {
            QCOMPARE(status.state, RequestStatus::State::Recorded);
        } else if (firstAnswer == sent.route.end()) {
            QCOMPARE(status.state, RequestStatus::State::Sent);
        } else {
            QCOMPARE(status.state, RequestStatus::State::Waiting);
            QVERIFY2(status.description().contains(firstAnswer->roleTitle), qPrintable(status.description()));
        }
        const QList<requests::RequestItem> items =
            requests::RequestBook(*person.ledger, pack, person.identity->info().personId).items(today);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().recordId, revision->recordId);
    }

    void northMiddlesexRouteIsSupervisorThenTechnologyThenSuperintendent()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("north-middlesex"));
        const auto *procedure = pack.procedure(QStringLiteral("professional-account-access"));
        const auto plan = requests::planRoute(pack, procedure->route, *procedure, completeForm(pack, *procedure), {},
                                              QDate(2026, 10, 1));
        QStringList order;
        for (const auto &step : plan) {
            order.append(QStringLiteral("%1:%2:%3").arg(step.stage).arg(step.action, step.roleId));
        }
        QCOMPARE(order, (QStringList{QStringLiteral("0:approve:direct-supervisor"),
                                     QStringLiteral("1:approve:director-of-technology"),
                                     QStringLiteral("2:approve:superintendent")}));
    }

    void wilmingtonAccountInformsPrincipalAndItTogetherThenPrincipalApproves()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("wilmington"));
        const auto *procedure = pack.procedure(QStringLiteral("professional-account"));
        const auto plan = requests::planRoute(pack, procedure->route, *procedure, completeForm(pack, *procedure), {},
                                              QDate(2026, 10, 1));
        QStringList order;
        for (const auto &step : plan) {
            order.append(QStringLiteral("%1:%2:%3").arg(step.stage).arg(step.action, step.roleId));
        }
        QCOMPARE(order, (QStringList{QStringLiteral("0:notify:principal"), QStringLiteral("0:notify:director-of-it"),
                                     QStringLiteral("1:approve:principal")}));
        QCOMPARE(plan.last().dueNote, QStringLiteral("before students take part in class on the account"));
    }

    void routeNamesThePrincipalOfTheRequestsSchool()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("lakeview"));
        const auto *procedure = pack.procedure(QStringLiteral("loaner-phone-request"));
        RequestForm form = completeForm(pack, *procedure);
        form.answers[QStringLiteral("school")] = QStringLiteral("lakeview-high");
        const auto plan = requests::planRoute(pack, procedure->route, *procedure, form, {}, QDate(2026, 10, 1));
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan.first().people, QStringList{QStringLiteral("Hal High <hhigh@lakeview.example>")});
        QCOMPARE(plan.first().who(), QStringLiteral("Principal (Hal High)"));
        QCOMPARE(plan.first().dueBefore, QDate::fromString(form.answer(QStringLiteral("leaves_on")), Qt::ISODate));
    }

    void waitingRequestExpiresWhenItsDeadlinePasses()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("lakeview"));
        const auto *procedure = pack.procedure(QStringLiteral("loaner-phone-request"));
        requests::Request request;
        request.form = completeForm(pack, *procedure);
        request.form.answers[QStringLiteral("leaves_on")] = QStringLiteral("2026-10-14");
        request.route = requests::planRoute(pack, procedure->route, *procedure, request.form, {}, QDate(2026, 10, 1));
        QCOMPARE(RequestStatus::of(request, QDate(2026, 10, 13)).state, RequestStatus::State::Waiting);
        QCOMPARE(RequestStatus::of(request, QDate(2026, 10, 14)).state, RequestStatus::State::Expired);
        const auto days = pack.procedure(QStringLiteral("tool-review"));
        const auto plan =
            requests::planRoute(pack, days->route, *days, completeForm(pack, *days), {}, QDate(2026, 10, 1));
        QCOMPARE(plan.first().dueBefore, QDate(2026, 10, 11));
    }

    void aRequestSentOnItsDeadlineIsRefused()
    {
        // Wilmington: the principal approves a trip number before the trip.
        const policy::Pack pack = test::loadPack(QStringLiteral("wilmington"));
        test::TestProfile coach;
        requests::RequestFiling filing(*coach.ledger, *coach.identity, pack);
        RequestForm form = completeForm(pack, *pack.procedure(QStringLiteral("trip-phone-disclosure")));
        const QDate today = requests::districtToday(pack);
        form.answers[QStringLiteral("start_date")] = today.toString(Qt::ISODate);
        QString error;
        QVERIFY(!filing.send(form, {}, today, &error));
        QVERIFY2(error.contains(QLatin1String("too late to send")), qPrintable(error));
        QCOMPARE(coach.ledger->stats().revisions, 0);
        form.answers[QStringLiteral("start_date")] = today.addDays(1).toString(Qt::ISODate);
        QVERIFY2(filing.send(form, {}, today, &error), qPrintable(error));
    }

    void aPackThatFlagsLateRequestsSendsThemFlagged()
    {
        policy::Pack pack = test::loadPack(QStringLiteral("wilmington"));
        for (policy::Procedure &procedure : pack.procedures) {
            if (procedure.id == QLatin1String("trip-phone-disclosure")) {
                procedure.late = QStringLiteral("flag");
            }
        }
        test::TestProfile coach;
        RequestForm form = completeForm(pack, *pack.procedure(QStringLiteral("trip-phone-disclosure")));
        const QDate today = requests::districtToday(pack);
        form.answers[QStringLiteral("start_date")] = today.toString(Qt::ISODate);
        QString error;
        const auto sent = requests::RequestFiling(*coach.ledger, *coach.identity, pack).send(form, {}, today, &error);
        QVERIFY2(sent, qPrintable(error));
        const QList<requests::ReviewCheck> checks =
            requests::ReviewChecks::of(pack, requests::Request::fromPayload(sent->payload), today);
        QVERIFY(std::any_of(checks.begin(), checks.end(), [](const requests::ReviewCheck &check) {
            return check.text.startsWith(QLatin1String("Sent late"));
        }));
    }

    void incompleteFormIsRefusedAndNothingIsSigned()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("wilmington"));
        test::TestProfile person;
        requests::RequestFiling filing(*person.ledger, *person.identity, pack);
        RequestForm form = completeForm(pack, *pack.procedure(QStringLiteral("class-page")));
        form.ticked.removeOne(QStringLiteral("first-names"));
        QString error;
        QVERIFY(!filing.send(form, {}, QDate::currentDate(), &error));
        QVERIFY2(error.contains(QStringLiteral("I will name students by first name only.")), qPrintable(error));
        QCOMPARE(person.ledger->stats().revisions, 0);
    }

    void draftIsKeptUntilSentThenGone()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("melrose"));
        test::TestProfile person;
        requests::RequestFiling filing(*person.ledger, *person.identity, pack);
        const auto *procedure = pack.procedure(QStringLiteral("exception-request"));
        RequestForm half;
        half.procedureId = procedure->id;
        half.answers.insert(procedure->fields.first().id, test::goodAnswer(pack, procedure->fields.first()));
        QString error;
        const auto draftId = requests::RequestFiling::saveDraft(*person.ledger, half, {}, &error);
        QVERIFY2(draftId, qPrintable(error));
        const requests::RequestBook book(*person.ledger, pack, person.identity->info().personId);
        QCOMPARE(book.items(QDate::currentDate()).size(), 1);
        QCOMPARE(book.items(QDate::currentDate()).first().status.state, RequestStatus::State::Draft);
        QCOMPARE(requests::RequestForm::fromJson(person.ledger->drafts(QStringLiteral("request")).first().payload),
                 half);

        QVERIFY(filing.send(completeForm(pack, *procedure), *draftId, QDate::currentDate(), &error));
        QVERIFY(person.ledger->drafts(QStringLiteral("request")).isEmpty());
        QCOMPARE(book.items(QDate::currentDate()).size(), 1);
        QCOMPARE(book.items(QDate::currentDate()).first().status.state, RequestStatus::State::Waiting);
    }

    void correctionAndWithdrawalAreNewRevisionsWithTheirReasons()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("melrose"));
        test::TestProfile person;
        requests::RequestFiling filing(*person.ledger, *person.identity, pack);
        const auto *procedure = pack.procedure(QStringLiteral("school-property-permission"));
        QString error;
        const auto first = filing.send(completeForm(pack, *procedure), {}, QDate::currentDate(), &error);
        QVERIFY2(first, qPrintable(error));
        RequestForm corrected = completeForm(pack, *procedure);
        corrected.answers[procedure->fields.first().id] = QStringLiteral("Spring concert program");
        QVERIFY2(
            filing.correct(first->recordId, corrected, QStringLiteral("Wrong event"), QDate::currentDate(), &error),
            qPrintable(error));
        QVERIFY(filing.withdraw(first->recordId, QStringLiteral("The concert was cancelled"), &error));
        QVERIFY(!filing.withdraw(first->recordId, QStringLiteral("again"), &error));
        QVERIFY(!filing.correct(first->recordId, corrected, QStringLiteral("late"), QDate::currentDate(), &error));

        const QList<ledger::Revision> history = person.ledger->history(first->recordId);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(1).reason, QStringLiteral("Wrong event"));
        QCOMPARE(history.at(1).supersedes, history.at(0).id);
        QCOMPARE(history.at(2).reason, QStringLiteral("The concert was cancelled"));
        const auto request =
            requests::RequestBook(*person.ledger, pack, person.identity->info().personId).request(first->recordId);
        QCOMPARE(request->form.answer(procedure->fields.first().id), QStringLiteral("Spring concert program"));
        QCOMPARE(RequestStatus::of(*request, QDate::currentDate()).state, RequestStatus::State::Withdrawn);
        QVERIFY(person.ledger->verify().ok());
    }

    void onlyTheSenderCorrectsARequest()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("melrose"));
        test::TestProfile person;
        const auto *procedure = pack.procedure(QStringLiteral("exception-request"));
        QString error;
        const auto sent = requests::RequestFiling(*person.ledger, *person.identity, pack)
                              .send(completeForm(pack, *procedure), {}, QDate::currentDate(), &error);
        QVERIFY(sent);
        test::TestProfile other(QStringLiteral("Someone Else"));
        QVERIFY(person.ledger->trustKey(other.identity->info(), QStringLiteral("accepted"), &error));
        requests::RequestFiling stranger(*person.ledger, *other.identity, pack);
        QVERIFY(!stranger.withdraw(sent->recordId, QStringLiteral("not mine"), &error));
        QCOMPARE(error, QStringLiteral("Only the person who sent a request can correct or withdraw it."));
    }

    void registeredAccountAppearsOnceItsRouteIsDone()
    {
        policy::Pack pack = test::loadPack(QStringLiteral("north-middlesex"));
        // The registry, not the order of approvals (tst_followons), is tested here.
        for (policy::Procedure &procedure : pack.procedures) {
            procedure.thenRequiresApproval = false;
        }
        test::TestProfile person;
        requests::RequestFiling filing(*person.ledger, *person.identity, pack);
        const requests::RequestBook book(*person.ledger, pack, person.identity->info().personId);
        QString error;
        // Asking for approval does not register anything yet.
        QVERIFY(filing.send(completeForm(pack, *pack.procedure(QStringLiteral("professional-account-access"))), {},
                            QDate::currentDate(), &error));
        QVERIFY(book.registry(QDate::currentDate()).isEmpty());
        // The registration only informs people, so it is in force when sent.
        RequestForm form = completeForm(pack, *pack.procedure(QStringLiteral("professional-account-registration")));
        form.answers[QStringLiteral("platform_name")] = QStringLiteral("Facebook");
        form.answers[QStringLiteral("account_url")] = QStringLiteral("https://facebook.example/msjones-science");
        const auto sent = filing.send(form, {}, QDate::currentDate(), &error);
        QVERIFY2(sent, qPrintable(error));
        const auto registry = book.registry(QDate::currentDate());
        QCOMPARE(registry.size(), 1);
        QCOMPARE(registry.first().platform, QStringLiteral("Facebook"));
        QCOMPARE(registry.first().address, QStringLiteral("https://facebook.example/msjones-science"));
        QVERIFY(filing.withdraw(sent->recordId, QStringLiteral("Account closed"), &error));
        QVERIFY(book.registry(QDate::currentDate()).isEmpty());
    }

    void accountWaitingForApprovalIsNotRegistered()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("wilmington"));
        test::TestProfile person;
        QString error;
        QVERIFY(requests::RequestFiling(*person.ledger, *person.identity, pack)
                    .send(completeForm(pack, *pack.procedure(QStringLiteral("professional-account"))), {},
                          QDate::currentDate(), &error));
        QVERIFY(requests::RequestBook(*person.ledger, pack, person.identity->info().personId)
                    .registry(QDate::currentDate())
                    .isEmpty());
    }

    void yearlyAcknowledgmentIsRemindedUntilSigned()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("lakeview"));
        test::TestProfile person;
        const requests::RequestBook book(*person.ledger, pack, person.identity->info().personId);
        const QDate october(2026, 10, 1);
        auto reminder = requests::AcknowledgmentReminder::of(pack, book.acknowledgments(), october);
        QVERIFY(reminder.due);
        QCOMPARE(reminder.schoolYear, QStringLiteral("2026-2027"));
        QCOMPARE(reminder.dueBy, QDate(2026, 9, 18));
        QString error;
        const auto signed_ =
            requests::RequestFiling(*person.ledger, *person.identity, pack).acknowledge(october, &error);
        QVERIFY2(signed_, qPrintable(error));
        QCOMPARE(signed_->payload.value(QStringLiteral("duties")).toArray().first().toString(),
                 QStringLiteral("yearly-acknowledgment"));
        QVERIFY(!requests::AcknowledgmentReminder::of(pack, book.acknowledgments(), october).due);
        // Over the summer the next school year is the one to acknowledge.
        policy::Pack nextYear = pack;
        nextYear.calendar.years.append({QStringLiteral("2027-2028"), QDate(2027, 8, 18), QDate(2028, 5, 26), {}});
        QVERIFY(requests::AcknowledgmentReminder::of(nextYear, book.acknowledgments(), QDate(2027, 7, 1)).due);
    }

    void packWithoutAYearlyDutyDoesNotRemind()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("north-middlesex"));
        QVERIFY(!requests::AcknowledgmentReminder::of(pack, {}, QDate(2026, 10, 1)).due);
        QVERIFY(
            requests::AcknowledgmentReminder::of(test::loadPack(QStringLiteral("wilmington")), {}, QDate(2026, 10, 1))
                .due);
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
