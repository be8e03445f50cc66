// SPDX-License-Identifier: GPL-3.0-or-later
//
// What an approval changes: the request that the policy says comes next is
// offered at once, filled in from the approved one, and cannot be sent
// before the approval where the policy asks for it first (`then`); and
// contacts the approval covers are allowed, not "needs approval first"
// (`covers`).

#include "contacts/contactfiling.h"
#include "packanswers.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"
#include "requests/review.h"
#include "testprofile.h"

#include <QTest>
#include <QTimeZone>

using namespace clearline;

namespace {

/// A teacher's ledger on which one approver, holding every role of the
/// district's pack, also signs.
struct School
{
    policy::Pack pack;
    test::TestProfile teacher{QStringLiteral("Tess Teacher")};
    test::TestProfile approver{QStringLiteral("Rita Principal")};
    QDate today;

    explicit School(const QString &district)
        : pack(test::loadPack(district))
        , today(requests::districtToday(pack))
    {
        for (policy::Role &role : pack.roles) {
            role.holders.append({QStringLiteral("Rita Principal"),
                                 QStringLiteral("rita@district.example"),
                                 {pack.schools.constFirst().id, {}},
                                 approver.identity->info().publicKey});
        }
    }

    requests::RequestForm filledIn(const QString &procedureId) const
    {
        requests::RequestForm form;
        form.procedureId = procedureId;
        for (const policy::Field &field : pack.procedure(procedureId)->fields) {
            form.answers.insert(field.id, test::goodAnswer(pack, field));
        }
        for (const policy::ChecklistItem &item : pack.procedure(procedureId)->checklist) {
            form.ticked.append(item.id);
        }
        return form;
    }

    std::optional<ledger::Revision> send(const requests::RequestForm &form, QString *error)
    {
        return requests::RequestFiling(*teacher.ledger, *teacher.identity, pack).send(form, {}, today, error);
    }

    requests::RequestStatus::State state(const QString &recordId) const
    {
        return requests::RequestBook(*teacher.ledger, pack, teacher.identity->info().personId)
            .status(recordId, today)
            ->state;
    }

    /// Approves every step of the route, stage by stage.
    void approve(const QString &recordId)
    {
        requests::Review review(*teacher.ledger, *approver.identity, pack);
        for (int stage = 0; stage < 6 && state(recordId) == requests::RequestStatus::State::Waiting; ++stage) {
            QString error;
            QVERIFY2(review.decide(recordId, requests::Decision::Action::Approve, {}, today, &error),
                     qPrintable(error));
        }
        QCOMPARE(state(recordId), requests::RequestStatus::State::Approved);
    }

    QList<requests::FollowOn> followOns() const
    {
        return requests::RequestBook(*teacher.ledger, pack, teacher.identity->info().personId).followOns(today);
    }
};

} // namespace

class TestFollowOns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("CLEARLINE_KEYSTORE", "file"); }

    // North Middlesex 3.G then 3.B.1: access to a professional account is
    // approved before the account is registered with technology and the
    // principal.
    void theNextRequestIsOfferedOnceApproved()
    {
        School school(QStringLiteral("north-middlesex"));
        const QString next = QStringLiteral("professional-account-registration");
        QString error;

        // On its own, the registration is refused, in words.
        QVERIFY(!school.send(school.filledIn(next), &error));
        QVERIFY2(error.contains(QLatin1String("approved first")), qPrintable(error));

        requests::RequestForm access = school.filledIn(QStringLiteral("professional-account-access"));
        access.answers.insert(QStringLiteral("platform_name"), QStringLiteral("Padlet"));
        const auto sent = school.send(access, &error);
        QVERIFY2(sent, qPrintable(error));
        QVERIFY(school.followOns().isEmpty()); // nothing to continue while it waits

        school.approve(sent->recordId);
        const QList<requests::FollowOn> offered = school.followOns();
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.constFirst().procedureId, next);
        QCOMPARE(offered.constFirst().followsRecordId, sent->recordId);
        // What was answered once is not asked again.
        QCOMPARE(offered.constFirst().form.answer(QStringLiteral("platform_name")), QStringLiteral("Padlet"));
        QCOMPARE(offered.constFirst().form.answer(QStringLiteral("account_email")),
                 access.answer(QStringLiteral("account_email")));

        requests::RequestForm registration = offered.constFirst().form;
        for (const policy::Field &field : school.pack.procedure(next)->fields) {
            if (registration.answer(field.id).isEmpty()) {
                registration.answers.insert(field.id, test::goodAnswer(school.pack, field));
            }
        }
        registration.ticked = school.filledIn(next).ticked;
        QVERIFY2(school.send(registration, &error), qPrintable(error));
        QVERIFY(school.followOns().isEmpty()); // offered once, then done
    }

    void aFollowOnOfAnUnapprovedRequestIsRefused()
    {
        School school(QStringLiteral("north-middlesex"));
        QString error;
        const auto sent = school.send(school.filledIn(QStringLiteral("professional-account-access")), &error);
        QVERIFY2(sent, qPrintable(error));
        requests::RequestForm registration = school.filledIn(QStringLiteral("professional-account-registration"));
        registration.follows = sent->recordId; // claimed, but still waiting
        QVERIFY(!school.send(registration, &error));
        QVERIFY2(error.contains(QLatin1String("not approved")), qPrintable(error));
    }

    // Wilmington 3.a.1: once the principal authorizes the number, calls and
    // texts with the group on the trip's days are allowed; before, or on
    // another day, they still need the approval.
    void anApprovedTripAllowsItsContacts()
    {
        School school(QStringLiteral("wilmington"));
        requests::RequestForm trip = school.filledIn(QStringLiteral("trip-phone-disclosure"));
        const QDate first = school.today.addDays(5);
        trip.answers.insert(QStringLiteral("start_date"), first.toString(Qt::ISODate));
        trip.answers.insert(QStringLiteral("end_date"), first.addDays(1).toString(Qt::ISODate));
        trip.answers.insert(QStringLiteral("shared_with"), QStringLiteral("students"));
        QString error;
        const auto sent = school.send(trip, &error);
        QVERIFY2(sent, qPrintable(error));

        const QTimeZone zone(school.pack.district.timezone.toUtf8());
        const auto contactOn = [&](const QDate &day, const QString &audience) {
            contacts::ContactEntry entry;
            entry.when = QDateTime(day, QTime(19, 30), zone);
            entry.initials = QStringLiteral("J.R.");
            entry.audience = audience;
            entry.channel = QStringLiteral("personal-cell-text");
            entry.purpose = QStringLiteral("scheduling");
            const auto logged = contacts::ContactFiling(*school.teacher.ledger, *school.teacher.identity, school.pack)
                                    .log(entry, &error);
            return logged ? logged->assessment : contacts::ContactAssessment{};
        };

        QCOMPARE(contactOn(first, QStringLiteral("students")).verdict, QStringLiteral("needs-authorization"));
        school.approve(sent->recordId);

        const contacts::ContactAssessment during = contactOn(first, QStringLiteral("students"));
        QCOMPARE(during.verdict, QStringLiteral("allowed"));
        QCOMPARE(during.authorizationId, sent->recordId);
        QVERIFY2(during.guidance.join(QLatin1Char(' ')).contains(QLatin1String("covers this")),
                 qPrintable(during.guidance.join(QLatin1Char('\n'))));
        QCOMPARE(contactOn(first.addDays(1), QStringLiteral("students")).verdict, QStringLiteral("allowed"));
        // Outside the trip's days the approval does not reach.
        QCOMPARE(contactOn(first.addDays(2), QStringLiteral("students")).verdict,
                 QStringLiteral("needs-authorization"));
        QVERIFY(contactOn(first.addDays(2), QStringLiteral("students")).authorizationId.isEmpty());
    }

    // Withdrawn, the approval allows nothing any more.
    void aWithdrawnApprovalAllowsNothing()
    {
        School school(QStringLiteral("wilmington"));
        requests::RequestForm trip = school.filledIn(QStringLiteral("trip-phone-disclosure"));
        trip.answers.insert(QStringLiteral("start_date"), school.today.addDays(3).toString(Qt::ISODate));
        trip.answers.insert(QStringLiteral("end_date"), school.today.addDays(3).toString(Qt::ISODate));
        trip.answers.insert(QStringLiteral("shared_with"), QStringLiteral("students"));
        QString error;
        const auto sent = school.send(trip, &error);
        QVERIFY2(sent, qPrintable(error));
        school.approve(sent->recordId);
        const auto book = [&] {
            return requests::RequestBook(*school.teacher.ledger, school.pack, school.teacher.identity->info().personId)
                .authorizations(school.today);
        };
        QCOMPARE(book().size(), 1);
        QVERIFY2(requests::RequestFiling(*school.teacher.ledger, *school.teacher.identity, school.pack)
                     .withdraw(sent->recordId, QStringLiteral("trip cancelled"), &error),
                 qPrintable(error));
        QVERIFY(book().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFollowOns)
#include "tst_followons.moc"
