// SPDX-License-Identifier: GPL-3.0-or-later
//
// How long a record is kept and from when, from a pack's documentation
// entries (records, retain, retain_from): the day shown to people, the day
// it comes due, and the pack reader's keys and mistakes for them.

#include "retention/retention.h"
#include "testpaths.h"

#include "policy/packloader.h"

#include <QDir>
#include <QJsonObject>
#include <QTest>

using namespace clearline;

namespace {

const QByteArray kPack = R"(format: 1
district:
  id: brook
  name: Brook Schools
  timezone: America/New_York
  languages: [en]
  policy_title: Policy
  records_officer: records-clerk
schools:
  - id: brook-high
    name: Brook High
calendar:
  school_days: [mon, tue, wed, thu, fri]
  hours: { start: "08:00", end: "15:00" }
  years:
    - id: 2026-2027
      start: 2026-08-31
      end: 2027-06-30
roles:
  - id: records-clerk
    title: Records clerk
    scope: district
clauses:
  - id: records
    section: "4.5"
    title: Records
    summary: Keep school messages.
documentation:
  - id: everything
    what: Every record you make at work
    records: all
    clause: records
  - id: personal-email
    what: School messages from a personal e-mail
    channels: [personal-email]
    records: [contact]
    retain: 7y
    retain_from: school-year-end
    clause: records
  - id: memos
    what: Memos
    records: memo
    retain: permanent
    clause: records
  - id: requests
    what: Requests
    records: [request]
    retain: 6m
    clause: records
)";

QJsonObject contactOver(const QString &channel)
{
    return {{QStringLiteral("channel"), channel}};
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

    policy::Pack m_pack;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const auto result = policy::PackLoader::loadText(kPack, QStringLiteral("memory.yaml"));
        QVERIFY2(result.pack, qPrintable(result.errors.value(0).toString()));
        m_pack = *result.pack;
    }

    void theNewKeysAreRead()
    {
        QCOMPARE(m_pack.district.recordsOfficer.id, QStringLiteral("records-clerk"));
        QCOMPARE(m_pack.documentation.at(0).records, QStringList{QStringLiteral("all")});
        QCOMPARE(m_pack.documentation.at(0).retainFrom, QStringLiteral("record-date"));
        QCOMPARE(m_pack.documentation.at(1).records, QStringList{QStringLiteral("contact")});
        QCOMPARE(m_pack.documentation.at(1).retainFrom, QStringLiteral("school-year-end"));
        QCOMPARE(m_pack.documentation.at(2).records, QStringList{QStringLiteral("memo")});
    }

    void aPeriodCountsFromTheEndOfTheSchoolYear()
    {
        const auto r = retention::Retention::of(m_pack, QStringLiteral("contact"),
                                                contactOver(QStringLiteral("personal-email")), QDate(2026, 10, 5));
        QCOMPARE(r.entry->id, QStringLiteral("personal-email"));
        QCOMPARE(r.from, QDate(2027, 6, 30));
        QCOMPARE(r.keepUntil, QDate(2034, 6, 30));
        // "7 years" comes from the English plurals the program installs (the CLI test sees it).
        QCOMPARE(r.sentence(), QStringLiteral("Keep until 30 June 2034 (%1 from the end of the school year, § 4.5).")
                                   .arg(r.period.text()));
        QCOMPARE(r.period.months, 84);
        QVERIFY(!r.isDue(QDate(2034, 6, 30)));
        QVERIFY(r.isDue(QDate(2034, 7, 1)));
    }

    void aDayPastTheCalendarCountsFromItself()
    {
        const auto r = retention::Retention::of(m_pack, QStringLiteral("contact"),
                                                contactOver(QStringLiteral("personal-email")), QDate(2027, 7, 15));
        QCOMPARE(r.keepUntil, QDate(2034, 7, 15));
        QCOMPARE(r.fromId(), QStringLiteral("record-date"));
    }

    void aPeriodCountsFromTheRecordsDate()
    {
        const auto r = retention::Retention::of(m_pack, QStringLiteral("request"), {}, QDate(2026, 10, 5));
        QCOMPARE(r.keepUntil, QDate(2027, 4, 5));
        QCOMPARE(r.sentence(),
                 QStringLiteral("Keep until 5 April 2027 (%1 from the record's date, § 4.5).").arg(r.period.text()));
        QCOMPARE(r.period.months, 6);
    }

    void permanentAndNoPeriodNeverComeDue()
    {
        const auto memo = retention::Retention::of(m_pack, QStringLiteral("memo"), {}, QDate(2026, 10, 5));
        QCOMPARE(memo.sentence(), QStringLiteral("Keep permanently (§ 4.5)."));
        QVERIFY(!memo.isDue(QDate(2999, 1, 1)));
        // A contact over district e-mail: only "all", which gives no period.
        const auto mail = retention::Retention::of(m_pack, QStringLiteral("contact"),
                                                   contactOver(QStringLiteral("district-email")), QDate(2026, 10, 5));
        QCOMPARE(mail.entry->id, QStringLiteral("everything"));
        QCOMPARE(mail.sentence(), QStringLiteral("Keep it: your district's policy gives no period (§ 4.5)."));
        QVERIFY(!mail.isDue(QDate(2999, 1, 1)));
    }

    // Wilmington § 4: anything made for the job may be a public record, and
    // the policy gives no period; 4.a: posted messages are never deleted.
    void wilmingtonKeepsWhatItsPolicySays()
    {
        const auto result = policy::PackLoader::loadFile(
            QDir(QString::fromUtf8(test::kSourceDir)).filePath(QStringLiteral("policies/wilmington/pack.yaml")));
        QVERIFY(result.pack);
        const auto memo = retention::Retention::of(*result.pack, QStringLiteral("memo"), {}, QDate(2026, 10, 5));
        QCOMPARE(memo.entry->id, QStringLiteral("public-records"));
        QCOMPARE(memo.sentence(), QStringLiteral("Keep it: your district's policy gives no period (§ 4)."));
        QVERIFY(!memo.isDue(QDate(2999, 1, 1)));
        const auto posted =
            retention::Retention::of(*result.pack, QStringLiteral("contact"),
                                     contactOver(QStringLiteral("professional-social")), QDate(2026, 10, 5));
        QCOMPARE(posted.entry->id, QStringLiteral("posted-messages"));
        QVERIFY2(posted.sentence().startsWith(QLatin1String("Keep permanently")), qPrintable(posted.sentence()));
    }

    void aKindNoEntryKeepsSaysSo()
    {
        policy::Pack pack = m_pack;
        pack.documentation.removeFirst();
        const auto r = retention::Retention::of(pack, QStringLiteral("decision"), {}, QDate(2026, 10, 5));
        QVERIFY(!r.entry);
        QCOMPARE(r.sentence(),
                 QStringLiteral("Your district's policy gives no retention period for this kind of record."));
    }

    void mistakesAreRefusedInWords_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("retain_from without a period")
            << QByteArray("    retain: permanent\n")
            << QByteArray("    retain: permanent\n    retain_from: record-date\n")
            << QStringLiteral("memory.yaml:44:18: retain_from needs a retain period such as 7y to count from");
        QTest::newRow("unknown retain_from")
            << QByteArray("    retain_from: school-year-end\n") << QByteArray("    retain_from: fiscal-year-end\n")
            << QStringLiteral("memory.yaml:38:18: \"fiscal-year-end\" is not a valid retain_from; use one of: "
                              "record-date, school-year-end");
        QTest::newRow("retain without records")
            << QByteArray("    records: [request]\n") << QByteArray()
            << QStringLiteral("memory.yaml:47:13: retain needs records: the kinds of record kept this long (contact, "
                              "memo, request, … or all)");
        QTest::newRow("undefined records officer")
            << QByteArray("  records_officer: records-clerk\n") << QByteArray("  records_officer: archivist\n")
            << QStringLiteral("memory.yaml:8:20: the role \"archivist\" is not defined in this pack");
    }

    void mistakesAreRefusedInWords()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray text = kPack;
        QVERIFY(text.contains(from));
        text.replace(from, to);
        const auto result = policy::PackLoader::loadText(text, QStringLiteral("memory.yaml"));
        QVERIFY(!result.pack);
        QStringList all;
        for (const auto &error : result.errors) {
            all.append(error.toString());
        }
        QVERIFY2(all.contains(message), qPrintable(all.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
