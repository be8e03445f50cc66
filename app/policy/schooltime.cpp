// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/schooltime.h"

#include <QTimeZone>

namespace clearline::policy {

SchoolTime::Verdict SchoolTime::classify(const Pack &pack, const QDateTime &moment)
{
    const QTimeZone zone(pack.district.timezone.toUtf8());
    Verdict verdict;
    verdict.districtTime = moment.toTimeZone(zone);
    const Calendar &calendar = pack.calendar;
    if (!zone.isValid() || calendar.schoolDays.isEmpty() || !calendar.start.isValid() || !calendar.end.isValid()) {
        verdict.reason = tr("the district's pack gives no school hours");
        return verdict;
    }
    const QDate date = verdict.districtTime.date();
    const QTime time = verdict.districtTime.time();
    const auto off = [&](const QString &reason) {
        verdict.state = State::OffHours;
        verdict.reason = reason;
        return verdict;
    };

    if (!calendar.years.isEmpty()) {
        const auto year = std::find_if(calendar.years.begin(), calendar.years.end(),
                                       [&](const SchoolYear &y) { return date >= y.start && date <= y.end; });
        if (year == calendar.years.end()) {
            return off(tr("outside the school year"));
        }
        for (const Holiday &holiday : year->holidays) {
            if (date >= holiday.from && date <= holiday.to) {
                return off(tr("a holiday (%1)").arg(holiday.name));
            }
        }
    }
    if (!calendar.schoolDays.contains(date.dayOfWeek())) {
        return off(tr("not a school day"));
    }
    if (time < calendar.start) {
        return off(tr("before school hours"));
    }
    if (time >= calendar.end) {
        return off(tr("after school hours"));
    }
    verdict.state = State::SchoolHours;
    verdict.reason = tr("during school hours");
    return verdict;
}

bool SchoolTime::isSchoolDay(const Pack &pack, const QDate &day)
{
    const Calendar &calendar = pack.calendar;
    if (!calendar.schoolDays.contains(day.dayOfWeek())) {
        return false;
    }
    if (calendar.years.isEmpty()) {
        return true;
    }
    for (const SchoolYear &year : calendar.years) {
        if (day < year.start || day > year.end) {
            continue;
        }
        return std::none_of(year.holidays.begin(), year.holidays.end(),
                            [&](const Holiday &holiday) { return day >= holiday.from && day <= holiday.to; });
    }
    return false;
}

QDateTime SchoolTime::after(const Pack &pack, const QDateTime &start, const Period &period)
{
    const QTimeZone zone(pack.district.timezone.toUtf8());
    const QDateTime local = zone.isValid() ? start.toTimeZone(zone) : start;
    switch (period.unit) {
    case Period::Unit::Hours:
        return local.addSecs(qint64(period.count) * 3600);
    case Period::Unit::Days:
        return local.addDays(period.count);
    case Period::Unit::SchoolDays:
        break;
    }
    // Two years of days is more than any school-day deadline needs; a pack
    // whose calendar has no school in it gets no deadline rather than a loop.
    QDate day = local.date();
    int counted = 0;
    for (int step = 0; step < 730 && counted < period.count; ++step) {
        day = day.addDays(1);
        counted += isSchoolDay(pack, day) ? 1 : 0;
    }
    if (counted < period.count) {
        return {};
    }
    const QTime end = pack.calendar.end.isValid() ? pack.calendar.end : QTime(23, 59, 59);
    return QDateTime(day, end, local.timeZone());
}

} // namespace clearline::policy
