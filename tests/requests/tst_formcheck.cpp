// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the wizard says as a teacher types: each kind of answer checked,
// with a message in plain words, and the approved-platform list.

#include "packanswers.h"
#include "requests/formcheck.h"
#include "requests/platformlist.h"
#include "requests/reviewchecks.h"

#include <QTest>

using namespace clearline;

namespace {
/// A request of the pack's first procedure with a platform field, naming
/// the platform and nothing else.
requests::Request platformRequest(const policy::Pack &pack, const QString &platform)
{
    requests::Request request;
    for (const policy::Procedure &procedure : pack.procedures) {
        for (const policy::Field &field : procedure.fields) {
            if (field.type == QLatin1String("platform") && request.form.procedureId.isEmpty()) {
                request.form.procedureId = procedure.id;
                request.form.answers.insert(field.id, platform);
            }
        }
    }
    return request;
}
} // namespace

class TestFormCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAreCheckedByType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("required empty") << QStringLiteral("text") << true << QStringLiteral("  ")
                                        << QStringLiteral("\"Answer\" is needed.");
        QTest::newRow("optional empty") << QStringLiteral("email") << false << QString() << QString();
        QTest::newRow("good e-mail") << QStringLiteral("email") << true << QStringLiteral("pat@district.example")
                                     << QString();
        QTest::newRow("bad e-mail")
            << QStringLiteral("email") << true << QStringLiteral("pat at district")
            << QStringLiteral("\"pat at district\" does not look like an e-mail address (name@school.org).");
        QTest::newRow("good address") << QStringLiteral("url") << true
                                      << QStringLiteral("https://class.example.org/room12") << QString();
        QTest::newRow("address without https") << QStringLiteral("url") << true << QStringLiteral("class.example.org")
                                               << QStringLiteral("Write the whole web address, starting with https://");
        QTest::newRow("good date") << QStringLiteral("date") << true << QStringLiteral("2026-10-14") << QString();
        QTest::newRow("bad date")
            << QStringLiteral("date") << true << QStringLiteral("14/10/2026")
            << QStringLiteral("\"14/10/2026\" is not a date; write it as year-month-day, for example 2026-10-14.");
        QTest::newRow("good time") << QStringLiteral("time") << true << QStringLiteral("15:30") << QString();
        QTest::newRow("bad time") << QStringLiteral("time") << true << QStringLiteral("3pm")
                                  << QStringLiteral(
                                         "\"3pm\" is not a time; write it as hours:minutes, for example 15:30.");
        QTest::newRow("good number") << QStringLiteral("number") << true << QStringLiteral("12") << QString();
        QTest::newRow("not a number") << QStringLiteral("number") << true << QStringLiteral("twelve")
                                      << QStringLiteral("\"Answer\" must be a whole number, such as 12.");
        QTest::newRow("yes") << QStringLiteral("yes-no") << true << QStringLiteral("no") << QString();
        QTest::newRow("maybe") << QStringLiteral("yes-no") << true << QStringLiteral("maybe")
                               << QStringLiteral("Answer \"Answer\" with yes or no.");
        QTest::newRow("school") << QStringLiteral("school") << true << QStringLiteral("lakeview-high") << QString();
        QTest::newRow("unknown school") << QStringLiteral("school") << true << QStringLiteral("atlantis")
                                        << QStringLiteral("Choose your school from the list.");
        QTest::newRow("approved platform")
            << QStringLiteral("platform") << true << QStringLiteral("seesaw") << QString();
        QTest::newRow("platform not listed")
            << QStringLiteral("platform") << true << QStringLiteral("TikTok")
            << QStringLiteral("TikTok is not on your district's list of approved platforms.");
    }

    void answersAreCheckedByType()
    {
        QFETCH(QString, type);
        QFETCH(bool, required);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const policy::Pack pack = test::loadPack(QStringLiteral("lakeview"));
        policy::Field field;
        field.id = QStringLiteral("answer");
        field.type = type;
        field.required = required;
        field.label.insert(QStringLiteral("en"), QStringLiteral("Answer"));
        QCOMPARE(requests::FormCheck(pack).fieldProblem(field, value), problem);
    }

    void choiceMustBeOneOfItsChoices()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("wilmington"));
        const policy::Field &kind = *pack.procedure(QStringLiteral("class-page"))->field(QStringLiteral("page_kind"));
        const requests::FormCheck check(pack);
        QCOMPARE(check.fieldProblem(kind, QStringLiteral("wiki")), QString());
        QCOMPARE(check.fieldProblem(kind, QStringLiteral("forum")),
                 QStringLiteral("Choose one of the answers for \"Kind of page\"."));
    }

    // Wilmington's Director of IT hands staff the list each year (§ on
    // professional accounts): the pack says the list is kept elsewhere, so
    // any platform may be typed and the approver is asked to check it.
    void anEmptyListMeansWhatThePackSays()
    {
        policy::Pack pack = test::loadPack(QStringLiteral("wilmington"));
        const policy::Field &field =
            *pack.procedure(QStringLiteral("professional-account"))->field(QStringLiteral("platform"));
        QVERIFY(requests::FormCheck(pack).isApprovedPlatform(field, QStringLiteral("Edublogs")));
        const QList<requests::ReviewCheck> checks =
            requests::ReviewChecks::of(pack, platformRequest(pack, QStringLiteral("Edublogs")), QDate(2026, 12, 7));
        QVERIFY(std::any_of(checks.begin(), checks.end(), [](const requests::ReviewCheck &check) {
            return check.text == QLatin1String("The district's list of approved platforms is kept by the WPS Director "
                                               "of IT, outside ClearLine: check that Edublogs is on this year's list.");
        }));

        // A list that is empty because nothing is approved refuses them all.
        pack.platforms.whenEmpty = QStringLiteral("none-approved");
        const requests::FormCheck none(pack);
        QVERIFY(!none.isApprovedPlatform(field, QStringLiteral("Edublogs")));
        QCOMPARE(none.fieldProblem(field, QStringLiteral("Edublogs")),
                 QStringLiteral("Edublogs is not on your district's list of approved platforms."));
    }

    void aListedPlatformIsApprovedOnlyForItsUses()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("lakeview"));
        policy::Field field;
        field.type = QStringLiteral("platform");
        const requests::FormCheck check(pack);
        QVERIFY(check.isApprovedPlatform(field, QStringLiteral("SEESAW")));
        QVERIFY(!check.isApprovedPlatform(field, QStringLiteral("Edublogs")));
        field.use = QStringLiteral("class-page");
        QVERIFY(check.isApprovedPlatform(field, QStringLiteral("Seesaw")));
        field.use = QStringLiteral("professional-account"); // Seesaw: class pages and apps only
        QVERIFY(!check.isApprovedPlatform(field, QStringLiteral("Seesaw")));
    }

    // A listed platform's own limits reach the approver: Seesaw is
    // approved for grades 6-8 only, and (here) for students 13 and older.
    void aPlatformsGradesAndAgeAreCheckedForTheApprover()
    {
        policy::Pack pack = test::loadPack(QStringLiteral("lakeview"));
        requests::Request request = platformRequest(pack, QStringLiteral("Seesaw"));
        request.school = QStringLiteral("lakeview-middle");
        QVERIFY(requests::ReviewChecks::of(pack, request, QDate(2026, 12, 7)).isEmpty());
        request.school = QStringLiteral("lakeview-high");
        QList<requests::ReviewCheck> checks = requests::ReviewChecks::of(pack, request, QDate(2026, 12, 7));
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first().text, QStringLiteral("Seesaw is approved for grades 6-8; Lakeview High School has "
                                                     "grades 9-12: check which students will use it."));
        request.school = QStringLiteral("lakeview-middle");
        pack.platforms.approved.first().minStudentAge = 13;
        checks = requests::ReviewChecks::of(pack, request, QDate(2026, 12, 7));
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first().text,
                 QStringLiteral("Seesaw is approved only for students aged 13 and older: check the students' ages."));
    }

    // A list renewed each school year and not renewed for this one has
    // lapsed: the approver is asked to check the platform again.
    void aListNotRenewedForThisYearHasLapsed()
    {
        policy::Pack pack = test::loadPack(QStringLiteral("lakeview"));
        pack.calendar.years.append({QStringLiteral("2027-2028"), QDate(2027, 8, 18), QDate(2028, 5, 26), {}});
        QVERIFY(!requests::PlatformList(pack, QDate(2026, 12, 7)).isLapsed());
        const requests::PlatformList september(pack, QDate(2027, 9, 1));
        QVERIFY(september.isLapsed());
        QCOMPARE(september.dueYear(), QStringLiteral("2027-2028"));
        QCOMPARE(september.dueBy(), QDate(2027, 8, 18));
        // Over the summer the coming year's list is what is due.
        QVERIFY(requests::PlatformList(pack, QDate(2027, 7, 1)).isLapsed());

        const requests::Request request = platformRequest(pack, QStringLiteral("Seesaw"));
        QVERIFY(requests::ReviewChecks::of(pack, request, QDate(2026, 12, 7)).isEmpty());
        const QList<requests::ReviewCheck> checks = requests::ReviewChecks::of(pack, request, QDate(2027, 9, 1));
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first().text, QStringLiteral("The district's list of approved platforms was last renewed for "
                                                     "2026-2027, not for 2027-2028: check that Seesaw is still on "
                                                     "this year's list."));
        QCOMPARE(checks.first().clauseId, QStringLiteral("tools"));

        pack.platforms.renewedFor = QStringLiteral("2027-2028");
        QVERIFY(!requests::PlatformList(pack, QDate(2027, 9, 1)).isLapsed());
    }

    // North Middlesex 3.B.3: a professional account is registered with a
    // district address; a personal one is refused with the clause.
    void aDistrictAddressIsRequiredWhereThePolicyAsks()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("north-middlesex"));
        const policy::Field &field =
            *pack.procedure(QStringLiteral("professional-account-access"))->field(QStringLiteral("account_email"));
        QVERIFY(field.districtAddress);
        const requests::FormCheck check(pack);
        const QString domain = pack.district.mailDomains.constFirst();
        QVERIFY(check.fieldProblem(field, QStringLiteral("pat@") + domain).isEmpty());
        QVERIFY(check.fieldProblem(field, QStringLiteral("pat@HS.") + domain.toUpper()).isEmpty());
        const QString personal = check.fieldProblem(field, QStringLiteral("pat.teacher@gmail.com"));
        QVERIFY2(personal.contains(QLatin1String("not a district address")) &&
                     personal.contains(QLatin1String("3.B.3")),
                 qPrintable(personal));
        // A look-alike domain is not the district's.
        QVERIFY(!check.fieldProblem(field, QStringLiteral("pat@evil") + domain).isEmpty());
    }

    void problemsListUntickedChecklistItems()
    {
        const policy::Pack pack = test::loadPack(QStringLiteral("lakeview"));
        const policy::Procedure &procedure = *pack.procedure(QStringLiteral("loaner-phone-request"));
        requests::RequestForm form;
        form.procedureId = procedure.id;
        const auto problems = requests::FormCheck(pack).problems(procedure, form);
        QCOMPARE(problems.size(), procedure.fields.size() + procedure.checklist.size());
        QCOMPARE(problems.last().checklistId, QStringLiteral("return-after"));
        QCOMPARE(problems.last().message,
                 QStringLiteral("Tick \"I will return the phone the school day after the trip.\" once it is true."));
    }
};

QTEST_GUILESS_MAIN(TestFormCheck)
#include "tst_formcheck.moc"
