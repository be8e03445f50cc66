// SPDX-License-Identifier: GPL-3.0-or-later
//
// The pack loader: the invented fifth district (written from the guide
// alone) loads; each broken pack, one kind of mistake each, is refused with
// the exact place and message.

#include "testpaths.h"

#include "policy/packloader.h"
#include "policy/shippedpacks.h"
#include "policy/vocabularywords.h"

#include <QDir>
#include <QFile>
#include <QTest>

using clearline::policy::PackError;
using clearline::policy::PackLoader;

namespace {
QString fixture(const QString &path)
{
    return QDir(QString::fromUtf8(clearline::test::kSourceDir))
        .filePath(QStringLiteral("tests/fixtures/packs/") + path);
}
} // namespace

class TestPackLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inventedDistrictLoads()
    {
        const PackLoader::Result result = PackLoader::loadFile(fixture(QStringLiteral("lakeview/pack.yaml")));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).toString()));
        QVERIFY(result.pack);
        const auto &pack = *result.pack;
        QCOMPARE(pack.district.name, QStringLiteral("Lakeview Unified School District"));
        QCOMPARE(pack.district.languages, (QStringList{QStringLiteral("en"), QStringLiteral("es")}));
        QCOMPARE(pack.calendar.schoolDays, (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(pack.calendar.start, QTime(8, 0));
        QCOMPARE(pack.calendar.years.constFirst().holidays.size(), 2);
        QCOMPARE(pack.clauses.size(), 5);
        QCOMPARE(pack.rules.constFirst().verdict, QStringLiteral("forbidden"));
        QCOMPARE(pack.rules.constFirst().channels.size(), 2);
        QCOMPARE(pack.alternatives.constFirst().text.value(QStringLiteral("es")),
                 QStringLiteral("Pida prestado un teléfono del distrito para el viaje"));

        const auto *review = pack.procedure(QStringLiteral("tool-review"));
        QVERIFY(review);
        QCOMPARE(review->route.size(), 2);
        QCOMPARE(review->route.at(0).steps.constFirst().role.id, QStringLiteral("technology-coordinator"));
        QCOMPARE(review->route.at(0).steps.constFirst().deadline.days, 10);
        QVERIFY(review->route.at(1).together);
        QCOMPARE(review->route.at(1).steps.size(), 2);
        const auto *loaner = pack.procedure(QStringLiteral("loaner-phone-request"));
        QCOMPARE(loaner->route.constFirst().steps.constFirst().deadline.field.id, QStringLiteral("leaves_on"));
        QCOMPARE(pack.platforms.approved.constFirst().name, QStringLiteral("Seesaw"));
        QCOMPARE(pack.documentation.constFirst().retain, QStringLiteral("7y"));
        QCOMPARE(pack.documentation.constFirst().records, QStringList{QStringLiteral("contact")});
        QCOMPARE(pack.documentation.constFirst().retainFrom, QStringLiteral("record-date"));
        QCOMPARE(pack.purposes.size(), 3);
        QCOMPARE(pack.purposes.at(1).id, QStringLiteral("clubs-and-teams"));
        QCOMPARE(pack.purposes.at(1).label.value(QStringLiteral("es")), QStringLiteral("Un club o un equipo"));
        QCOMPARE(pack.purposes.at(1).countsAs, QStringList{QStringLiteral("educational-purpose")});
        QVERIFY(pack.purposes.at(2).countsAs.isEmpty());
    }

    void brokenPackIsRefusedWithPlaceAndMessage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("01-yaml-syntax") << QStringLiteral("01-yaml-syntax.yaml") << 19 << 12
                                        << QStringLiteral("this is not valid YAML: end of sequence flow not found");
        QTest::newRow("02-unknown-key")
            << QStringLiteral("02-unknown-key.yaml") << 37 << 9
            << QStringLiteral("unknown key \"clasue\" in a route step (known keys: action, role, deadline, clause)");
        QTest::newRow("03-missing-required-key") << QStringLiteral("03-missing-required-key.yaml") << 16 << 5
                                                 << QStringLiteral("a clause is missing the required key \"summary\"");
        QTest::newRow("04-wrong-type") << QStringLiteral("04-wrong-type.yaml") << 1 << 9
                                       << QStringLiteral(
                                              "\"format\" must be a whole number from 1 to 1000, not \"one\"");
        QTest::newRow("05-value-not-in-list")
            << QStringLiteral("05-value-not-in-list.yaml") << 43 << 14
            << QStringLiteral("\"maybe\" is not a valid verdict; use one of: forbidden, allowed, needs-authorization, "
                              "discouraged, parent-first");
        QTest::newRow("06-undefined-role") << QStringLiteral("06-undefined-role.yaml") << 35 << 15
                                           << QStringLiteral("the role \"principle\" is not defined in this pack");
        QTest::newRow("07-undefined-clause") << QStringLiteral("07-undefined-clause.yaml") << 45 << 13
                                             << QStringLiteral("the clause \"phone\" is not defined in this pack");
        QTest::newRow("08-duplicate-id") << QStringLiteral("08-duplicate-id.yaml") << 11 << 5
                                         << QStringLiteral("the school id \"brook-high\" is used twice");
        QTest::newRow("09-route-loops") << QStringLiteral("09-route-loops.yaml") << 39 << 11
                                        << QStringLiteral("the \"then\" chain loops: trip → trip");
        QTest::newRow("10-unknown-placeholder")
            << QStringLiteral("10-unknown-placeholder.yaml") << 23 << 11
            << QStringLiteral(
                   "the en text uses the unknown placeholder {{staf_name}}; known ones are: staff_name, phone_number, "
                   "trip_name, trip_dates, district_name, school_name, report_to, platform_name, address");
        QTest::newRow("11-notice-missing-language")
            << QStringLiteral("11-notice-missing-language.yaml") << 23 << 11
            << QStringLiteral("the text has no \"es\" version; the district's languages are en, es");
        QTest::newRow("12-deadline-not-a-date")
            << QStringLiteral("12-deadline-not-a-date.yaml") << 36 << 29
            << QStringLiteral("the deadline names the field \"leaves_on\", which is not a date field");
        QTest::newRow("13-deadline-unknown-field")
            << QStringLiteral("13-deadline-unknown-field.yaml") << 36 << 29
            << QStringLiteral("the deadline names the field \"leaves\", which procedure \"trip\" does not have");
        QTest::newRow("14-authorization-without-procedure")
            << QStringLiteral("14-authorization-without-procedure.yaml") << 40 << 5
            << QStringLiteral("a needs-authorization rule must name the procedure that asks for it");
        QTest::newRow("15-invalid-id")
            << QStringLiteral("15-invalid-id.yaml") << 9 << 9
            << QStringLiteral("\"Brook_High\" is not a valid id: use lower-case letters, digits and dashes");
        QTest::newRow("16-invalid-date") << QStringLiteral("16-invalid-date.yaml") << 8 << 19
                                         << QStringLiteral("\"2026-13-40\" is not a date; write YYYY-MM-DD");
        QTest::newRow("17-invalid-time") << QStringLiteral("17-invalid-time.yaml") << 13 << 19
                                         << QStringLiteral(
                                                "\"7.30\" is not a time; write HH:MM on a 24-hour clock, in quotes");
        QTest::newRow("18-invalid-timezone")
            << QStringLiteral("18-invalid-timezone.yaml") << 5 << 13
            << QStringLiteral(
                   "district.timezone \"Mars/Olympus\" is not a time zone; use an IANA name like America/New_York");
        QTest::newRow("19-unknown-channel")
            << QStringLiteral("19-unknown-channel.yaml") << 41 << 14
            << QStringLiteral("\"carrier-pigeon\" is not a valid channel; use one of: personal-cell-call, "
                              "personal-cell-text, personal-email, personal-social, professional-social, "
                              "district-email, district-phone, approved-tool, in-person");
        QTest::newRow("20-list-expected") << QStringLiteral("20-list-expected.yaml") << 8 << 10
                                          << QStringLiteral("\"schools\" must be a list (items starting with \"- \")");
        QTest::newRow("21-undefined-procedure")
            << QStringLiteral("21-undefined-procedure.yaml") << 44 << 16
            << QStringLiteral("the procedure \"trips\" is not defined in this pack");
        QTest::newRow("22-undefined-alternative")
            << QStringLiteral("22-undefined-alternative.yaml") << 45 << 20
            << QStringLiteral("the alternative \"district-phone\" is not defined in this pack");
        QTest::newRow("23-newer-format") << QStringLiteral("23-newer-format.yaml") << 1 << 9
                                         << QStringLiteral("this ClearLine reads pack format 1; this pack says 2");
        QTest::newRow("24-not-a-boolean") << QStringLiteral("24-not-a-boolean.yaml") << 15 << 15
                                          << QStringLiteral("\"designee\" must be true or false, not \"sometimes\"");
        QTest::newRow("25-builtin-role-defined")
            << QStringLiteral("25-builtin-role-defined.yaml") << 12 << 9
            << QStringLiteral("\"staff\" is ClearLine's own role for every staff member; do not define it");
        QTest::newRow("26-undefined-notice")
            << QStringLiteral("26-undefined-notice.yaml") << 38 << 15
            << QStringLiteral("the notice \"trip-notices\" is not defined in this pack");
        QTest::newRow("27-choice-without-choices")
            << QStringLiteral("27-choice-without-choices.yaml") << 32 << 15
            << QStringLiteral("a field of type choice needs its choices (choices: [a, b, …])");
        QTest::newRow("28-not-a-map") << QStringLiteral("28-not-a-map.yaml") << 1 << 1
                                      << QStringLiteral("the pack must be a map of keys and values");
        QTest::newRow("29-language-first-not-english")
            << QStringLiteral("29-language-first-not-english.yaml") << 6 << 14
            << QStringLiteral("the first language must be en (English)");
        QTest::newRow("30-deadline-two-kinds") << QStringLiteral("30-deadline-two-kinds.yaml") << 36 << 19
                                               << QStringLiteral("a deadline has exactly one of before, days or note");
        QTest::newRow("31-registers-unknown-field")
            << QStringLiteral("31-registers-unknown-field.yaml") << 39 << 48
            << QStringLiteral("\"registers\" names the field \"account_link\", which procedure \"trip\" does not have");
        QTest::newRow("32-platform-list-unsaid")
            << QStringLiteral("32-platform-list-unsaid.yaml") << 28 << 3
            << QStringLiteral("the list of approved platforms is empty: say what that means with when_empty: "
                              "kept-elsewhere (the list is published outside ClearLine) or when_empty: none-approved");
        QTest::newRow("33-platform-list-unknown-year")
            << QStringLiteral("33-platform-list-unknown-year.yaml") << 28 << 3
            << QStringLiteral("renewed_for: 2025-2026 is not a school year of the calendar");
        QTest::newRow("34-retain-without-records")
            << QStringLiteral("34-retain-without-records.yaml") << 23 << 13
            << QStringLiteral(
                   "retain needs records: the kinds of record kept this long (contact, memo, request, … or all)");
        QTest::newRow("35-year-end-without-calendar")
            << QStringLiteral("35-year-end-without-calendar.yaml") << 21 << 5
            << QStringLiteral("the documentation entry \"messages\" counts from the end of the school year, but "
                              "calendar.years lists no school year");
        QTest::newRow("36-unknown-record-kind")
            << QStringLiteral("36-unknown-record-kind.yaml") << 23 << 24
            << QStringLiteral(
                   "\"letter\" is not a kind of record; use one of: all, memo, contact, concern, disclosure, "
                   "request, decision, delegation, acknowledgment, duty-done, notice-handout, legal-hold");
        QTest::newRow("37-undefined-records-officer")
            << QStringLiteral("37-undefined-records-officer.yaml") << 8 << 20
            << QStringLiteral("the role \"records-clerk\" is not defined in this pack");
        QTest::newRow("38-grades-not-a-range") << QStringLiteral("38-grades-not-a-range.yaml") << 32 << 56
                                               << QStringLiteral("\"middle school\" is not a range of grades; write "
                                                                 "it like K-5, 6-8 or 9-12");
        QTest::newRow("39-choice-label-unknown") << QStringLiteral("39-choice-label-unknown.yaml") << 38 << 11
                                                 << QStringLiteral("\"webpage\" is not one of this field's choices");
        QTest::newRow("40-purpose-never-met")
            << QStringLiteral("40-purpose-never-met.yaml") << 24 << 5
            << QStringLiteral("the rule \"texts-for-school-work\" applies when educational-purpose, but no purpose "
                              "counts as educational-purpose, so it can never apply; add the purpose under "
                              "\"purposes\" with counts_as: [educational-purpose]");
        QTest::newRow("41-purpose-counts-as-unknown")
            << QStringLiteral("41-purpose-counts-as-unknown.yaml") << 23 << 38
            << QStringLiteral("a purpose counts as one of: educational-purpose, emergency, school-sponsored-trip; "
                              "\"off-hours\" is not one of them");
        QTest::newRow("42-two-kinds-of-message")
            << QStringLiteral("42-two-kinds-of-message.yaml") << 21 << 5
            << QStringLiteral("the rule \"group-with-parent\" applies when group-message, parent-copied all hold, but "
                              "a contact is only one of them, so it can never apply");
        QTest::newRow("42-parent-copied-on-parents")
            << QStringLiteral("42-two-kinds-of-message.yaml") << 27 << 5
            << QStringLiteral("the rule \"parents-copied\" is about parents but applies when parent-copied, which "
                              "only a message to a student can be; write audience: students");
        QTest::newRow("43-period-unreadable")
            << QStringLiteral("43-to-do-mistakes.yaml") << 28 << 17
            << QStringLiteral("\"two days\" is not a period; write it like 48 hours, 2 days or 10 school days");
        QTest::newRow("43-notify-without-role") << QStringLiteral("43-to-do-mistakes.yaml") << 26 << 9
                                                << QStringLiteral("a notify to-do must name the role to tell");
        QTest::newRow("43-role-on-a-memo") << QStringLiteral("43-to-do-mistakes.yaml") << 31 << 15
                                           << QStringLiteral("only a notify to-do names a role");
        QTest::newRow("43-school-days-without-calendar")
            << QStringLiteral("43-to-do-mistakes.yaml") << 29 << 9
            << QStringLiteral("the to-do \"memo\" counts school days, but calendar.school_days names none");
        QTest::newRow("44-two-devices")
            << QStringLiteral("44-device-and-phone-never-met.yaml") << 21 << 5
            << QStringLiteral("the rule \"both-devices\" applies when district-device, personal-device all hold, but "
                              "a contact is only one of them, so it can never apply");
        QTest::newRow("44-phone-on-e-mail")
            << QStringLiteral("44-device-and-phone-never-met.yaml") << 27 << 5
            << QStringLiteral("the rule \"e-mail-to-a-phone\" asks whose phone it reached, but none of its channels "
                              "is a call or a text (personal-cell-call, personal-cell-text, district-phone)");
        QTest::newRow("45-own-child-never-met")
            << QStringLiteral("45-family-never-met.yaml") << 24 << 5
            << QStringLiteral("the rule \"own-children\" applies when own-child, but no family tie counts as "
                              "own-child, so it can never apply");
        QTest::newRow("45-unknown-family-tie")
            << QStringLiteral("45-family-never-met.yaml") << 30 << 5
            << QStringLiteral("the rule \"nieces\" applies when family:niece, but \"family\" has no \"niece\"");
        QTest::newRow("41-purpose-label-every-language")
            << QStringLiteral("41-purpose-counts-as-unknown.yaml") << 24 << 5
            << QStringLiteral("the text has no \"es\" version; the district's languages are en, es");
    }

    void brokenPackIsRefusedWithPlaceAndMessage()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const QString path = fixture(QStringLiteral("broken/") + file);
        const PackLoader::Result result = PackLoader::loadFile(path);
        QVERIFY(!result.pack);
        const QString expected = QStringLiteral("%1:%2:%3: %4").arg(path).arg(line).arg(column).arg(message);
        QStringList all;
        for (const auto &error : result.errors) {
            all.append(error.toString());
        }
        QVERIFY2(
            all.contains(expected),
            qPrintable(QStringLiteral("expected\n  %1\ngot\n  %2").arg(expected, all.join(QStringLiteral("\n  ")))));
    }

    // A rule another always decides before it loads, with a warning.
    void aShadowedRuleIsWarnedOf()
    {
        QFile base(fixture(QStringLiteral("base.yaml")));
        QVERIFY(base.open(QIODevice::ReadOnly));
        const QByteArray text = base.readAll() + QByteArrayLiteral(R"(
  - id: texts-forbidden
    channel: [personal-cell-text, personal-cell-call]
    audience: students-and-parents
    verdict: forbidden
    clause: phones
  - id: texts-discouraged
    channel: personal-cell-text
    audience: students
    verdict: discouraged
    clause: phones
)");
        const PackLoader::Result result = PackLoader::loadText(text, QStringLiteral("pack.yaml"));
        QVERIFY2(result.pack, qPrintable(result.errors.value(0).toString()));
        // ask-first (asks approval for texts) is shadowed by the forbidding
        // rule too; each warning names the rule, where it is, and why.
        QCOMPARE(result.warnings.size(), 2);
        QStringList messages;
        for (const PackError &warning : result.warnings) {
            messages.append(warning.toString());
        }
        QVERIFY2(messages.contains(QStringLiteral("pack.yaml:40:5: the rule \"ask-first\" never decides a contact: "
                                                  "\"texts-forbidden\" has the same conditions, covers the same "
                                                  "channels and audience, and decides first (forbidden)")),
                 qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY2(messages.constLast().contains(QLatin1String("the rule \"texts-discouraged\" never decides")),
                 qPrintable(messages.join(QLatin1Char('\n'))));
    }

    void everyMistakeIsListedNotOnlyTheFirst()
    {
        const QByteArray text =
            "format: 1\n"
            "district: { id: X, name: n, timezone: Nowhere/None, languages: [en], policy_title: t }\n"
            "schools: [{ id: s, name: S }]\n"
            "roles: [{ id: r, title: R, scope: sideways }]\n"
            "clauses: [{ id: c, section: \"1\", title: T, summary: S }]\n";
        const PackLoader::Result result = PackLoader::loadText(text, QStringLiteral("memory.yaml"));
        QVERIFY(!result.pack);
        QCOMPARE(result.errors.size(), 3);
        QCOMPARE(
            result.errors.at(0).toString(),
            QStringLiteral("memory.yaml:2:17: \"X\" is not a valid id: use lower-case letters, digits and dashes"));
        QCOMPARE(result.errors.at(1).line, 2);
        QVERIFY(result.errors.at(1).message.contains(QLatin1String("Nowhere/None")));
        QCOMPARE(result.errors.at(2).line, 4);
    }

    void everyShippedPackIsValid_data()
    {
        QTest::addColumn<QString>("id");
        const QStringList ids = clearline::policy::ShippedPacks::ids();
        QCOMPARE(ids, (QStringList{QStringLiteral("melrose"), QStringLiteral("nevada-community-ia"),
                                   QStringLiteral("north-middlesex"), QStringLiteral("northern-valley"),
                                   QStringLiteral("wareham"), QStringLiteral("wilmington")}));
        for (const QString &id : ids) {
            QTest::newRow(qPrintable(id)) << id;
        }
    }

    void everyShippedPackIsValid()
    {
        QFETCH(QString, id);
        const PackLoader::Result result = PackLoader::loadFile(clearline::policy::ShippedPacks::resolve(id));
        QVERIFY2(result.pack, qPrintable(result.errors.value(0).toString()));
        QCOMPARE(result.pack->district.id, id);
        // Every section the pack states is cited by something, or shown as guidance.
        QVERIFY(!result.pack->clauses.isEmpty());
        QVERIFY(!result.pack->rules.isEmpty());
        // A policy may ask for nothing to be filed (Nevada's regulation only
        // says how to write to students), so procedures may be none; and
        // no shipped pack has a rule that never decides.
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.value(0).toString()));
    }

    // A request page shows "My home phone", never "home"; ClearLine's own
    // channel ids need no label in the pack.
    void choicesReadAsWordsNotIds()
    {
        const PackLoader::Result result =
            PackLoader::loadFile(clearline::policy::ShippedPacks::resolve(QStringLiteral("wilmington")));
        QVERIFY(result.pack);
        const auto *trip = result.pack->procedure(QStringLiteral("trip-phone-disclosure"));
        QVERIFY(trip);
        const auto field = std::find_if(trip->fields.begin(), trip->fields.end(),
                                        [](const auto &f) { return f.id == QLatin1String("number_kind"); });
        QVERIFY(field != trip->fields.end());
        QCOMPARE(clearline::policy::VocabularyWords::choice(*field, QStringLiteral("home")),
                 QStringLiteral("My home phone"));
        QCOMPARE(field->choiceLabels.value(QStringLiteral("home")).value(QStringLiteral("es")),
                 QStringLiteral("El teléfono de mi casa"));
        clearline::policy::Field plain;
        plain.choices = {QStringLiteral("personal-cell-text"), QStringLiteral("homework-page")};
        QCOMPARE(clearline::policy::VocabularyWords::choice(plain, QStringLiteral("personal-cell-text")),
                 QStringLiteral("Text from my own cell phone"));
        QCOMPARE(clearline::policy::VocabularyWords::choice(plain, QStringLiteral("homework-page")),
                 QStringLiteral("Homework page"));
    }

    void missingFileIsAnError()
    {
        const PackLoader::Result result = PackLoader::loadFile(fixture(QStringLiteral("nowhere/pack.yaml")));
        QVERIFY(!result.pack);
        QVERIFY(result.errors.constFirst().message.startsWith(QLatin1String("cannot read the file")));
    }
};

QTEST_GUILESS_MAIN(TestPackLoader)
#include "tst_packloader.moc"
