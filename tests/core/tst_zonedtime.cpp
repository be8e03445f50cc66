// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every time a person reads is on the district's clock and says so: a
// record signed at 15:00 UTC reads 10:00 in Massachusetts in winter, with
// the zone named, whatever zone the laptop is set to.

#include "core/zonedtime.h"

#include <QTest>

using namespace clearline;

namespace {
/// The locale puts a narrow no-break space before AM; compare plain spaces.
QString plain(QString text)
{
    return text.replace(QChar(0x202F), QLatin1Char(' '));
}
} // namespace

class TestZonedTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void aMomentIsShownOnTheDistrictsClockWithItsZone()
    {
        const QTimeZone boston = core::zoneNamed(QStringLiteral("America/New_York"));
        const QDateTime winter(QDate(2026, 12, 7), QTime(15, 0), QTimeZone::UTC);
        QCOMPARE(plain(core::zonedTimeText(winter, boston)), QStringLiteral("12/7/26 10:00 AM EST"));
        const QDateTime summer(QDate(2027, 7, 1), QTime(15, 0), QTimeZone::UTC);
        QCOMPARE(plain(core::zonedTimeText(summer, boston)), QStringLiteral("7/1/27 11:00 AM EDT"));
        QVERIFY(core::zonedTimeText(QDateTime(), boston).isEmpty());
    }

    void anUnknownZoneFallsBackToTheMachinesAndStillSaysWhich()
    {
        QCOMPARE(core::zoneNamed(QStringLiteral("Atlantis/Lost")), QTimeZone::systemTimeZone());
        const QDateTime moment(QDate(2026, 12, 7), QTime(15, 0), QTimeZone::UTC);
        const QString text = core::zonedTimeText(moment, core::zoneNamed(QStringLiteral("Atlantis/Lost")));
        const QTimeZone machine = QTimeZone::systemTimeZone();
        QVERIFY2(text.endsWith(machine.abbreviation(moment)), qPrintable(text));
    }

    // Views with no pack at hand (record lists, memo lists, bundle reports)
    // read on the zone the profile's pack set, not the laptop's.
    void withoutAZoneTheReadingZoneIsUsed()
    {
        const QDateTime moment(QDate(2026, 12, 7), QTime(15, 0), QTimeZone::UTC);
        core::setReadingZone(QTimeZone("Asia/Tokyo"));
        QVERIFY(plain(core::zonedTimeText(moment)).startsWith(QLatin1String("12/8/26 12:00 AM ")));
        core::setReadingZone(core::zoneNamed(QStringLiteral("America/New_York")));
        QCOMPARE(plain(core::zonedTimeText(moment)), QStringLiteral("12/7/26 10:00 AM EST"));
        core::setReadingZone(QTimeZone());
        QCOMPARE(core::readingZone(), QTimeZone::systemTimeZone());
    }
};

QTEST_GUILESS_MAIN(TestZonedTime)
#include "tst_zonedtime.moc"
