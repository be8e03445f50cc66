// SPDX-License-Identifier: GPL-3.0-or-later
//
// The pack's duties other than the yearly acknowledgment (policies/README.md,
// `duties`): who holds which, when each is due, soon due or overdue, marked
// done by a holder of its role (and only by one), to do again the next
// school year; the acknowledgment's duty stays the acknowledgment's.

#include "overview/buildingoverview.h"
#include "packanswers.h"
#include "requests/dutybook.h"
#include "requests/dutyfiling.h"
#include "requests/requestfiling.h"
#include "testprofile.h"

#include <QTest>

using namespace clearline;
using requests::DutyItem;

namespace {

/// Wilmington's pack with a principal and a director of IT it lists by key,
/// all signing on the teacher's ledger (as records reach it by sync).
struct District
{
    policy::Pack pack;
    test::TestProfile teacher{QStringLiteral("Tess Teacher")};
    test::TestProfile principal{QStringLiteral("Rita Principal")};
    test::TestProfile director{QStringLiteral("Ian Director")};

    explicit District(const QString &id = QStringLiteral("wilmington"))
        : pack(test::loadPack(id))
    {
        list(QStringLiteral("principal"), principal);
        list(QStringLiteral("director-of-it"), director);
        // A second school year, to see a yearly duty come back.
        pack.calendar.years.append({QStringLiteral("2027-2028"), QDate(2027, 8, 30), QDate(2028, 6, 16), {}});
        QString error;
        for (const test::TestProfile *other : {&principal, &director}) {
            if (!teacher.ledger->trustKey(other->identity->info(), QStringLiteral("pack"), &error)) {
                qFatal("%s", qPrintable(error));
            }
        }
    }

    void list(const QString &roleId, const test::TestProfile &person)
    {
        for (policy::Role &role : pack.roles) {
            if (role.id == roleId) {
                role.holders.append({person.identity->info().name,
                                     person.identity->info().email,
                                     {pack.schools.constFirst().id, {}},
                                     person.identity->info().publicKey});
            }
        }
    }

    QList<DutyItem> held(const test::TestProfile &person, const QDate &today) const
    {
        const auto info = person.identity->info();
        return requests::DutyBook(*teacher.ledger, pack, info.school).heldBy(info.personId, info.publicKey, today);
    }

    DutyItem item(const test::TestProfile &person, const QString &dutyId, const QDate &today) const
    {
        for (const DutyItem &duty : held(person, today)) {
            if (duty.dutyId == dutyId) {
                return duty;
            }
        }
        qFatal("%s does not hold %s", qPrintable(person.identity->info().name), qPrintable(dutyId));
    }

    std::optional<ledger::Revision> markDone(const test::TestProfile &person, const QString &dutyId, const QDate &today,
                                             QString *error, const QString &note = {})
    {
        return requests::DutyFiling(*teacher.ledger, *person.identity, pack).markDone(dutyId, note, today, error);
    }
};

QStringList ids(const QList<DutyItem> &items)
{
    QStringList result;
    for (const DutyItem &item : items) {
        result.append(item.dutyId);
    }
    result.sort();
    return result;
}

const QDate kFirstWeek(2026, 9, 2);
const QString kPlatformList = QStringLiteral("approved-platform-list");

} // namespace

class TestDuties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("CLEARLINE_KEYSTORE", "file"); }

    void everyoneHoldsTheStaffDutiesAndRoleHoldersTheirOwn()
    {
        District district;
        const QStringList staff{QStringLiteral("annual-policy-reading"), QStringLiteral("student-email-parent-notice")};
        QCOMPARE(ids(district.held(district.teacher, kFirstWeek)), staff);
        QCOMPARE(ids(district.held(district.principal, kFirstWeek)),
                 (QStringList{QStringLiteral("annual-policy-reading"), QStringLiteral("post-student-handbooks"),
                              QStringLiteral("student-email-parent-notice")}));
        QCOMPARE(ids(district.held(district.director, kFirstWeek)),
                 (QStringList{QStringLiteral("annual-policy-reading"), kPlatformList,
                              QStringLiteral("student-email-parent-notice")}));
    }

    void aYearlyDutyIsDueThenSoonThenOverdue()
    {
        District district;
        // due_within_days: 30 after the first day, 31 August 2026.
        DutyItem list = district.item(district.director, kPlatformList, kFirstWeek);
        QCOMPARE(list.period, QStringLiteral("2026-2027"));
        QCOMPARE(list.dueBy, QDate(2026, 9, 30));
        QCOMPARE(list.state, DutyItem::State::ToDo);
        QCOMPARE(district.item(district.director, kPlatformList, QDate(2026, 9, 20)).state, DutyItem::State::DueSoon);
        QCOMPARE(district.item(district.director, kPlatformList, QDate(2026, 10, 1)).state, DutyItem::State::Overdue);
        // Without due_within_days, a yearly duty is due by the year's end.
        QCOMPARE(district.item(district.teacher, QStringLiteral("student-email-parent-notice"), kFirstWeek).dueBy,
                 QDate(2027, 6, 18));
        // Open duties come overdue first (the list and the reading were due
        // on 30 September), the one due at the year's end last.
        const QList<DutyItem> held = district.held(district.director, QDate(2026, 10, 1));
        QCOMPARE(held.at(0).state, DutyItem::State::Overdue);
        QCOMPARE(held.at(1).state, DutyItem::State::Overdue);
        QCOMPARE(held.at(2).dutyId, QStringLiteral("student-email-parent-notice"));
        QCOMPARE(held.at(2).state, DutyItem::State::ToDo);
    }

    void aHolderMarksItDoneAndItIsDueAgainNextYear()
    {
        District district;
        QString error;
        const QDate late(2026, 10, 5);
        QVERIFY2(district.markDone(district.director, kPlatformList, late, &error, QStringLiteral("Sent by e-mail")),
                 qPrintable(error));
        const DutyItem done = district.item(district.director, kPlatformList, late);
        QCOMPARE(done.state, DutyItem::State::Done);
        QCOMPARE(done.doneBy, QStringLiteral("Ian Director"));
        QCOMPARE(done.note, QStringLiteral("Sent by e-mail"));
        QVERIFY(done.doneAt.isValid());
        // Once is enough for the year.
        QVERIFY(!district.markDone(district.director, kPlatformList, late, &error));
        QVERIFY2(error.contains(QLatin1String("already done")), qPrintable(error));

        const DutyItem nextYear = district.item(district.director, kPlatformList, QDate(2027, 9, 1));
        QCOMPARE(nextYear.period, QStringLiteral("2027-2028"));
        QCOMPARE(nextYear.state, DutyItem::State::ToDo);
        QCOMPARE(nextYear.dueBy, QDate(2027, 9, 29));
        QVERIFY2(district.markDone(district.director, kPlatformList, QDate(2027, 9, 1), &error), qPrintable(error));
    }

    void aStaffDutyIsEachPersonsOwn()
    {
        District district;
        QString error;
        const QString notice = QStringLiteral("student-email-parent-notice");
        QVERIFY2(district.markDone(district.teacher, notice, kFirstWeek, &error), qPrintable(error));
        QCOMPARE(district.item(district.teacher, notice, kFirstWeek).state, DutyItem::State::Done);
        QCOMPARE(district.item(district.teacher, notice, kFirstWeek).doneBy, QStringLiteral("Tess Teacher"));
        QVERIFY(district.item(district.principal, notice, kFirstWeek).isOpen());
    }

    void someoneWhoDoesNotHoldTheRoleIsRefused()
    {
        District district;
        QString error;
        QVERIFY(!district.markDone(district.teacher, kPlatformList, kFirstWeek, &error));
        QVERIFY2(error.contains(QLatin1String("is for the WPS Director of IT")) &&
                     error.contains(QLatin1String("does not list you")),
                 qPrintable(error));
        QVERIFY(!district.markDone(district.principal, kPlatformList, kFirstWeek, &error));
        QVERIFY(district.teacher.ledger->records(requests::DutyDone::kKind).isEmpty());
        QVERIFY(!district.markDone(district.teacher, QStringLiteral("fly-to-the-moon"), kFirstWeek, &error));
        QVERIFY2(error.contains(QLatin1String("has no duty")), qPrintable(error));
    }

    // A list of approved platforms written in the pack and renewed each
    // year: its owner is reminded once a year begins that it was not
    // renewed for, and only a renewed pack ends the reminder.
    void theListOwnerIsRemindedToRenewALapsedPlatformList()
    {
        District district;
        district.pack.platforms.whenEmpty.clear();
        district.pack.platforms.renewedFor = QStringLiteral("2026-2027");
        district.pack.platforms.approved.append({QStringLiteral("seesaw"),
                                                 QStringLiteral("Seesaw"),
                                                 {QStringLiteral("class-page")},
                                                 0,
                                                 {},
                                                 {QStringLiteral("professional-accounts"), {}},
                                                 {}});
        const auto renewal = [&](const test::TestProfile &person, const QDate &today) -> std::optional<DutyItem> {
            for (const DutyItem &item : district.held(person, today)) {
                if (item.dutyId == DutyItem::kPlatformListRenewal) {
                    return item;
                }
            }
            return std::nullopt;
        };
        QVERIFY(!renewal(district.director, kFirstWeek));
        const auto summer = renewal(district.director, QDate(2027, 8, 20));
        QVERIFY(summer);
        QCOMPARE(summer->title, QStringLiteral("Renew the list of approved platforms for the school year 2027-2028"));
        QCOMPARE(summer->dueBy, QDate(2027, 8, 30));
        QCOMPARE(summer->state, DutyItem::State::DueSoon);
        QVERIFY(summer->byPackUpdate);
        QCOMPARE(renewal(district.director, QDate(2027, 9, 1))->state, DutyItem::State::Overdue);
        // Only the list owner is reminded; and nobody can mark it done.
        QVERIFY(!renewal(district.teacher, QDate(2027, 9, 1)));
        QString error;
        QVERIFY(!district.markDone(district.director, DutyItem::kPlatformListRenewal, QDate(2027, 9, 1), &error));
        QVERIFY2(error.contains(QLatin1String("renewed in your district's policy pack")), qPrintable(error));
        district.pack.platforms.renewedFor = QStringLiteral("2027-2028");
        QVERIFY(!renewal(district.director, QDate(2027, 9, 1)));
    }

    void aOnceDutyHasNoDueDateAndStaysDone()
    {
        District district;
        district.list(QStringLiteral("superintendent"), district.principal);
        const QString aup = QStringLiteral("maintain-acceptable-use-policy");
        const DutyItem open = district.item(district.principal, aup, kFirstWeek);
        QCOMPARE(open.period, requests::DutyDone::kOnce);
        QVERIFY(!open.dueBy.isValid());
        QCOMPARE(open.state, DutyItem::State::ToDo);
        QString error;
        QVERIFY2(district.markDone(district.principal, aup, kFirstWeek, &error), qPrintable(error));
        QCOMPARE(district.item(district.principal, aup, QDate(2027, 9, 1)).state, DutyItem::State::Done);
    }

    void theAcknowledgmentDutyIsDoneByTheAcknowledgment()
    {
        District district;
        const QString reading = QStringLiteral("annual-policy-reading");
        QString error;
        QVERIFY(!district.markDone(district.teacher, reading, kFirstWeek, &error));
        QVERIFY2(error.contains(QLatin1String("acknowledgment")), qPrintable(error));
        QVERIFY(district.item(district.teacher, reading, kFirstWeek).byAcknowledgment);

        const QDate today = requests::districtToday(district.pack);
        QVERIFY2(requests::RequestFiling(*district.teacher.ledger, *district.teacher.identity, district.pack)
                     .acknowledge(today, &error),
                 qPrintable(error));
        QCOMPARE(district.item(district.teacher, reading, today).state, DutyItem::State::Done);
        QVERIFY(district.item(district.principal, reading, today).isOpen());
    }

    void theOverviewShowsRoleDutiesAndAsksForTheAcknowledgmentOnlyWhereThePackDoes()
    {
        District wilmington;
        QString error;
        QVERIFY2(wilmington.markDone(wilmington.director, kPlatformList, kFirstWeek, &error), qPrintable(error));
        const auto building =
            overview::BuildingOverview::of(*wilmington.teacher.ledger, wilmington.pack, {}, kFirstWeek);
        QVERIFY(building.acknowledgmentRequired);
        QVERIFY(!ids(building.duties).contains(QStringLiteral("student-email-parent-notice")));
        QVERIFY(ids(building.duties).contains(QStringLiteral("post-student-handbooks")));
        for (const DutyItem &duty : building.duties) {
            QCOMPARE(duty.state == DutyItem::State::Done, duty.dutyId == kPlatformList);
        }

        // North Middlesex has no duty the acknowledgment does: nobody is
        // behind on it, and the reminder never asks.
        District northMiddlesex(QStringLiteral("north-middlesex"));
        QVERIFY(!overview::BuildingOverview::of(*northMiddlesex.teacher.ledger, northMiddlesex.pack, {}, kFirstWeek)
                     .acknowledgmentRequired);
        QVERIFY(!requests::AcknowledgmentReminder::of(northMiddlesex.pack, {}, kFirstWeek).due);
        QVERIFY(northMiddlesex.held(northMiddlesex.teacher, kFirstWeek).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDuties)
#include "tst_duties.moc"
