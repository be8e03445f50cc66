// SPDX-License-Identifier: GPL-3.0-or-later
//
// Off-hours at the edges, with the invented district's calendar
// (America/Chicago, Monday–Friday 08:00–15:15, school year 2026-08-19 to
// 2027-05-28, Labor Day, Thanksgiving break).

#include "testpaths.h"

#include "policy/packloader.h"
#include "policy/schooltime.h"

#include <QDir>
#include <QTest>
#include <QTimeZone>

using namespace clearline::policy;
using State = SchoolTime::State;

Q_DECLARE_METATYPE(SchoolTime::State)

namespace {
const Pack &lakeview()
{
    static const Pack pack =
        *PackLoader::loadFile(QDir(QString::fromUtf8(clearline::test::kSourceDir))
                                  .filePath(QStringLiteral("tests/fixtures/packs/lakeview/pack.yaml")))
             .pack;
    return pack;
}

QDateTime at(const char *iso, const char *zone)
{
    return QDateTime(QDate::fromString(QString::fromLatin1(iso).left(10), Qt::ISODate),
                     QTime::fromString(QString::fromLatin1(iso).mid(11), Qt::ISODate), QTimeZone(zone));
}
} // namespace

class TestSchoolTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<State>("state");
        QTest::addColumn<QString>("reason");

        QTest::newRow("a second before school starts")
            << at("2026-09-08T07:59:59", "America/Chicago") << State::OffHours << QStringLiteral("before school hours");
        QTest::newRow("the first second of school") << at("2026-09-08T08:00:00", "America/Chicago")
                                                    << State::SchoolHours << QStringLiteral("during school hours");
        QTest::newRow("the last second of school") << at("2026-09-08T15:14:59", "America/Chicago") << State::SchoolHours
                                                   << QStringLiteral("during school hours");
        QTest::newRow("the end of the school day")
            << at("2026-09-08T15:15:00", "America/Chicago") << State::OffHours << QStringLiteral("after school hours");
        QTest::newRow("Saturday noon") << at("2026-09-12T12:00:00", "America/Chicago") << State::OffHours
                                       << QStringLiteral("not a school day");
        QTest::newRow("a holiday on a weekday") << at("2026-09-07T10:00:00", "America/Chicago") << State::OffHours
                                                << QStringLiteral("a holiday (Labor Day)");
        QTest::newRow("inside a holiday range") << at("2026-11-26T10:00:00", "America/Chicago") << State::OffHours
                                                << QStringLiteral("a holiday (Thanksgiving break)");
        QTest::newRow("summer") << at("2026-07-15T10:00:00", "America/Chicago") << State::OffHours
                                << QStringLiteral("outside the school year");
        QTest::newRow("first day of the year") << at("2026-08-19T08:30:00", "America/Chicago") << State::SchoolHours
                                               << QStringLiteral("during school hours");
        // Daylight saving ends on 2026-11-01: 13:30 UTC is 08:30 in October
        // (UTC-5) but 07:30 in November (UTC-6).
        QTest::newRow("13:30 UTC on a Friday in daylight time")
            << at("2026-10-30T13:30:00", "UTC") << State::SchoolHours << QStringLiteral("during school hours");
        QTest::newRow("13:30 UTC on the Monday after the change")
            << at("2026-11-02T13:30:00", "UTC") << State::OffHours << QStringLiteral("before school hours");
        // A laptop set to Lisbon: 21:00 there is 15:00 in Chicago.
        QTest::newRow("a laptop in another zone, in school hours")
            << at("2026-09-08T21:00:00", "Europe/Lisbon") << State::SchoolHours
            << QStringLiteral("during school hours");
        QTest::newRow("a laptop in another zone, after hours")
            << at("2026-09-08T21:30:00", "Europe/Lisbon") << State::OffHours << QStringLiteral("after school hours");
    }

    void classify()
    {
        QFETCH(QDateTime, moment);
        QFETCH(State, state);
        QFETCH(QString, reason);
        const SchoolTime::Verdict verdict = SchoolTime::classify(lakeview(), moment);
        QCOMPARE(verdict.reason, reason);
        QCOMPARE(verdict.state, state);
        QCOMPARE(verdict.districtTime.timeZone(), QTimeZone("America/Chicago"));
    }

    void noCalendarMeansUnknown()
    {
        Pack pack = lakeview();
        pack.calendar = {};
        QCOMPARE(SchoolTime::classify(pack, QDateTime::currentDateTimeUtc()).state, State::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestSchoolTime)
#include "tst_schooltime.moc"
