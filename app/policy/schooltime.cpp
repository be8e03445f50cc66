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

} // namespace clearline::policy
