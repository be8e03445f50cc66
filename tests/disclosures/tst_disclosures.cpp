// SPDX-License-Identifier: GPL-3.0-or-later
//
// A trip phone-number disclosure under each shipped pack, from planning to
// closing: what the pack decides (forbidden, approval first, confirm the
// purpose, allowed), that the number cannot be given before approval, the
// approver's signed decision (refused from a key the pack does not list),
// the notice with its values filled in every language, the misuse report
// that tells the principal at once, and the overdue state.

#include "../requests/packanswers.h"
#include "disclosures/disclosurebook.h"
#include "disclosures/disclosurefiling.h"
#include "requests/requestbook.h"
#include "requests/review.h"
#include "testpaths.h"
#include "testprofile.h"

#include "policy/noticetext.h"

#include <QDir>

using namespace clearline;
using disclosures::Disclosure;
using disclosures::DisclosureStatus;

namespace {

const QDate kToday(2026, 12, 1);

Disclosure awayGame(const policy::Pack &pack, const QString &sharedWith = QStringLiteral("students-and-parents"))
{
    Disclosure disclosure;
    disclosure.trip.name = QStringLiteral("Varsity soccer at Andover");
    disclosure.trip.start = kToday.addDays(3);
    disclosure.trip.end = kToday.addDays(4);
    disclosure.trip.destination = QStringLiteral("Andover");
    disclosure.trip.group = QStringLiteral("Varsity soccer");
    disclosure.trip.students = 22;
    disclosure.trip.school = pack.schools.constFirst().id;
    disclosure.phoneNumber = QStringLiteral("978-555-0142");
    disclosure.sharedWith = sharedWith;
    return disclosure;
}

/// The teacher's profile, and a principal whose key the pack lists.
struct Trip
{
    policy::Pack pack;
    test::TestProfile teacher{QStringLiteral("Dana Coach")};
    test::TestProfile principal{QStringLiteral("Rita Principal")};

    explicit Trip(const QString &district)
        : pack(test::loadPack(district))
    {
        QString error;
        if (!teacher.ledger->trustKey(principal.identity->info(), QStringLiteral("pack"), &error)) {
            qFatal("%s", qPrintable(error));
        }
    }

    /// As district IT would list the principal in the signed pack.
    void listPrincipal(const QString &roleId)
    {
        for (policy::Role &role : pack.roles) {
            if (role.id == roleId) {
                role.holders.append({QStringLiteral("Rita Principal"),
                                     QStringLiteral("rita@district.example"),
                                     {pack.schools.constFirst().id, {}},
                                     principal.identity->info().publicKey});
            }
        }
    }

    disclosures::DisclosureFiling filing() { return {*teacher.ledger, *teacher.identity, pack}; }
    DisclosureStatus status(const QString &id, const QDate &today = kToday)
    {
        return disclosures::DisclosureBook(*teacher.ledger, pack, teacher.identity->info().personId)
            .item(id, today)
            ->status;
    }
};

} // namespace

class TestDisclosures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachPackDecides_data()
    {
        QTest::addColumn<QString>("district");
        QTest::addColumn<bool>("sponsored");
        QTest::addColumn<QString>("sharedWith");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QString>("notice");

        QTest::newRow("Wilmington, school trip: ask the principal first")
            << QStringLiteral("wilmington") << true << QStringLiteral("students-and-parents")
            << QStringLiteral("needs-authorization") << QStringLiteral("cell-phones-authorization")
            << QStringLiteral("trip-phone-notice");
        // 3.a.1: the principal's prior authorization before giving any
        // student the number, trip or not.
        QTest::newRow("Wilmington, not school-sponsored: needs authorization")
            << QStringLiteral("wilmington") << false << QStringLiteral("students")
            << QStringLiteral("needs-authorization") << QStringLiteral("cell-phones-authorization")
            << QStringLiteral("trip-phone-notice");
        // 4.8: the district expects an event's advisor to use a personal
        // phone off-hours for time-sensitive news; no notice is asked for.
        QTest::newRow("Melrose, trip advisor: allowed, no notice")
            << QStringLiteral("melrose") << true << QStringLiteral("students-and-parents") << QStringLiteral("allowed")
            << QStringLiteral("off-hours-advisors") << QString();
        QTest::newRow("North Middlesex: allowed for school matters")
            << QStringLiteral("north-middlesex") << true << QStringLiteral("students-and-parents")
            << QStringLiteral("allowed") << QStringLiteral("document-personal-messages") << QString();
        QTest::newRow("Wareham, students off-hours: parents first")
            << QStringLiteral("wareham") << true << QStringLiteral("students") << QStringLiteral("parent-first")
            << QStringLiteral("off-hours-contact") << QString();
        QTest::newRow("Lakeview fixture: forbidden outright")
            << QStringLiteral("lakeview") << true << QStringLiteral("students") << QStringLiteral("forbidden")
            << QStringLiteral("phones") << QString();
    }

    void eachPackDecides()
    {
        QFETCH(QString, district);
        QFETCH(bool, sponsored);
        QFETCH(QString, sharedWith);
        QFETCH(QString, verdict);
        QFETCH(QString, clause);
        QFETCH(QString, notice);
        Trip trip(district);
        Disclosure disclosure = awayGame(trip.pack, sharedWith);
        disclosure.trip.sponsored = sponsored;
        const disclosures::DisclosurePolicy policy = disclosures::assess(trip.pack, disclosure.trip, sharedWith);
        QCOMPARE(policy.verdict, verdict);
        QCOMPARE(policy.clauseId, clause);
        QCOMPARE(policy.noticeIds.value(0), notice);

        QString error;
        const auto saved = trip.filing().create(disclosure, &error);
        if (policy.forbidden()) {
            QVERIFY(!saved);
            const policy::Clause *cited = trip.pack.clause(clause);
            QVERIFY2(error.contains(cited->section), qPrintable(error)); // the person sees the clause
            QCOMPARE(trip.teacher.ledger->records(Disclosure::kKind).size(), 0);
            return;
        }
        if (policy.needsConfirmation()) {
            QVERIFY(!saved); // the limited purpose must be confirmed first
            QVERIFY(error.contains(QLatin1String("Confirm")));
            disclosure.purposeConfirmed = true;
            QVERIFY2(trip.filing().create(disclosure, &error), qPrintable(error));
        } else {
            QVERIFY2(saved, qPrintable(error));
        }
        const QString id = trip.teacher.ledger->records(Disclosure::kKind).constFirst().recordId;
        const DisclosureStatus status = trip.status(id);
        QCOMPARE(status.mayHandOut(), !policy.needsAuthorization());
    }

    void approvalFirstThenNoticeMisuseAndClosing()
    {
        Trip trip(QStringLiteral("wilmington"));
        trip.listPrincipal(QStringLiteral("principal"));
        QString error;
        const QString id = trip.filing().create(awayGame(trip.pack), &error)->recordId;
        QCOMPARE(trip.status(id).state, DisclosureStatus::State::NeedsAuthorization);

        // Not before approval.
        QVERIFY(!trip.filing().recordHandout(id, QStringLiteral("the team"), QStringLiteral("en"),
                                             QDateTime::currentDateTimeUtc(), kToday, &error));
        QVERIFY(error.contains(QLatin1String("may not be given out yet")));

        // The request carries what the disclosure already says.
        auto form = trip.filing().authorizationForm(id, &error);
        QVERIFY2(form, qPrintable(error));
        QCOMPARE(form->answer(QStringLiteral("trip_name")), QStringLiteral("Varsity soccer at Andover"));
        QCOMPARE(form->answer(QStringLiteral("phone_number")), QStringLiteral("978-555-0142"));
        QCOMPARE(form->answer(QStringLiteral("start_date")), kToday.addDays(3).toString(Qt::ISODate));
        QCOMPARE(form->answer(QStringLiteral("number_kind")), QStringLiteral("personal-cell"));
        QVERIFY(!trip.filing().requestAuthorization(id, *form, kToday, &error)); // the checklist is not ticked
        for (const policy::ChecklistItem &item : trip.pack.procedure(form->procedureId)->checklist) {
            form->ticked.append(item.id);
        }
        const auto request = trip.filing().requestAuthorization(id, *form, kToday, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(trip.status(id).state, DisclosureStatus::State::AwaitingAuthorization);
        QVERIFY(!trip.filing().requestAuthorization(id, *form, kToday, &error)); // not twice

        // The principal sees it in their queue, and signs.
        const QList<requests::QueueItem> queue =
            requests::Review::queue(*trip.teacher.ledger, trip.pack, trip.principal.identity->info().publicKey, kToday);
        QCOMPARE(queue.size(), 1);
        QVERIFY(queue.constFirst().needsDecision);
        QCOMPARE(queue.constFirst().plannedStep.dueBefore, kToday.addDays(3));

        // A key the pack does not list is refused; so is a denial without a reason.
        requests::Review stranger(*trip.teacher.ledger, *trip.teacher.identity, trip.pack);
        QVERIFY(!stranger.decide(request->recordId, requests::Decision::Action::Approve, {}, kToday, &error));
        QVERIFY2(error.contains(QLatin1String("does not list you for that role")), qPrintable(error));
        requests::Review principal(*trip.teacher.ledger, *trip.principal.identity, trip.pack);
        QVERIFY(!principal.decide(request->recordId, requests::Decision::Action::Deny, QStringLiteral(" "), kToday,
                                  &error));
        QVERIFY2(principal.decide(request->recordId, requests::Decision::Action::Approve,
                                  QStringLiteral("Have a good game."), kToday, &error),
                 qPrintable(error));
        QCOMPARE(trip.status(id).state, DisclosureStatus::State::ReadyToGive);
        QVERIFY(
            requests::Review::queue(*trip.teacher.ledger, trip.pack, trip.principal.identity->info().publicKey, kToday)
                .isEmpty());

        // The notice, filled, in each of the district's languages.
        const Disclosure disclosure = Disclosure::fromPayload(
            trip.teacher.ledger->revision(trip.teacher.ledger->record(id)->headRevision)->payload);
        const auto values =
            disclosures::DisclosureFiling::noticeValues(trip.pack, disclosure, QStringLiteral("Dana Coach"));
        const policy::Notice &notice =
            *std::find_if(trip.pack.notices.begin(), trip.pack.notices.end(),
                          [](const policy::Notice &n) { return n.id == QLatin1String("trip-phone-notice"); });
        for (const QString &language : trip.pack.district.languages) {
            const QString text = policy::fillNotice(notice, language, values);
            QVERIFY2(!text.contains(QLatin1String("{{")), qPrintable(text));
            QVERIFY(text.contains(QLatin1String("978-555-0142")));
            QVERIFY(text.contains(QLatin1String("Dana Coach")));
            QVERIFY(text.contains(QLatin1String("Rita Principal"))); // report_to: who hears of misuse
        }
        QVERIFY2(trip.filing().recordHandout(id, QStringLiteral("the team and parents"), QStringLiteral("es"),
                                             QDateTime::currentDateTimeUtc(), kToday, &error),
                 qPrintable(error));
        QCOMPARE(trip.status(id).state, DisclosureStatus::State::Given);

        // Misuse goes to the principal at once and is flagged on the trip.
        const auto report = trip.filing().reportMisuse(
            id, QStringLiteral("A student texted at midnight about a party."), kToday, &error);
        QVERIFY2(report, qPrintable(error));
        const requests::Request reported = requests::Request::fromPayload(report->payload);
        QCOMPARE(reported.route.size(), 1);
        QCOMPARE(reported.route.constFirst().action, QStringLiteral("notify"));
        QCOMPARE(reported.regarding, id);
        QVERIFY(trip.status(id).flagged());
        const QList<requests::QueueItem> told =
            requests::Review::queue(*trip.teacher.ledger, trip.pack, trip.principal.identity->info().publicKey, kToday);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.constFirst().recordId, report->recordId);
        QVERIFY(!told.constFirst().needsDecision);

        // On the last day it asks to be closed; after it, it is overdue.
        QCOMPARE(trip.status(id, kToday.addDays(4)).state, DisclosureStatus::State::DueToClose);
        QCOMPARE(trip.status(id, kToday.addDays(5)).state, DisclosureStatus::State::Overdue);
        QVERIFY(trip.status(id, kToday.addDays(5)).needsAttention());
        QVERIFY2(trip.filing().close(id, QStringLiteral("Told the parents of the student."), kToday.addDays(5), &error),
                 qPrintable(error));
        QCOMPARE(trip.status(id, kToday.addDays(5)).state, DisclosureStatus::State::Closed);
        QVERIFY(!trip.filing().close(id, {}, kToday.addDays(5), &error));
        // Every step is a signed revision of one record.
        QCOMPARE(trip.teacher.ledger->history(id).size(), 5);
        QVERIFY(trip.teacher.ledger->verify().ok());
    }

    void aDenialKeepsTheNumberBack()
    {
        Trip trip(QStringLiteral("wilmington"));
        trip.listPrincipal(QStringLiteral("principal"));
        QString error;
        const QString id = trip.filing().create(awayGame(trip.pack), &error)->recordId;
        auto form = *trip.filing().authorizationForm(id, &error);
        for (const policy::ChecklistItem &item : trip.pack.procedure(form.procedureId)->checklist) {
            form.ticked.append(item.id);
        }
        const auto request = trip.filing().requestAuthorization(id, form, kToday, &error);
        requests::Review principal(*trip.teacher.ledger, *trip.principal.identity, trip.pack);
        QVERIFY(principal.decide(request->recordId, requests::Decision::Action::Deny,
                                 QStringLiteral("Please take the district phone instead."), kToday, &error));
        const DisclosureStatus status = trip.status(id);
        QCOMPARE(status.state, DisclosureStatus::State::NotAuthorized);
        QVERIFY(!status.mayHandOut());
        QVERIFY(status.description().contains(QLatin1String("district phone instead")));
    }

    void aDecisionFromAKeyNotInThePackDoesNotCount()
    {
        // A decision signed into the ledger some other way (a forged or
        // outdated one) is not counted unless the pack lists its key.
        Trip trip(QStringLiteral("wilmington"));
        QString error;
        const QString id = trip.filing().create(awayGame(trip.pack), &error)->recordId;
        auto form = *trip.filing().authorizationForm(id, &error);
        for (const policy::ChecklistItem &item : trip.pack.procedure(form.procedureId)->checklist) {
            form.ticked.append(item.id);
        }
        const auto request = trip.filing().requestAuthorization(id, form, kToday, &error);
        requests::Decision forged;
        forged.requestId = request->recordId;
        forged.requestRevision = request->id;
        forged.step = 0;
        forged.roleId = QStringLiteral("principal");
        QVERIFY(trip.teacher.ledger->submit(*trip.principal.identity,
                                            {requests::Decision::kKind, {}, {}, {}, forged.toPayload(), {}}, &error));
        QCOMPARE(trip.status(id).state, DisclosureStatus::State::AwaitingAuthorization);
    }
};

QTEST_GUILESS_MAIN(TestDisclosures)
#include "tst_disclosures.moc"
