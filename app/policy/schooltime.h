// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"

#include <QCoreApplication>
#include <QDateTime>

namespace clearline::policy {

/// Whether a moment falls in school hours under a district's calendar: in
/// the district's own time zone (whatever the laptop's), on a school day of
/// a school year, not on a holiday, between the hours' start (included) and
/// end (excluded).
class SchoolTime
{
    Q_DECLARE_TR_FUNCTIONS(clearline::policy::SchoolTime)

public:
    enum class State { SchoolHours, OffHours, Unknown };

    struct Verdict
    {
        State state = State::Unknown;
        QString reason;         ///< in words: "after school hours", "holiday: Labor Day"
        QDateTime districtTime; ///< the moment in the district's zone
    };

    static Verdict classify(const Pack &pack, const QDateTime &moment);

    /// A day the calendar has school on: a school day of the week, inside a
    /// school year when the pack lists years, not a holiday.
    static bool isSchoolDay(const Pack &pack, const QDate &day);
    /// When a period counted from `start` ends: hours and days on the
    /// clock; school days at the end of school hours (midnight without
    /// them) on the last of the next `count` school days.
    static QDateTime after(const Pack &pack, const QDateTime &start, const Period &period);
};

} // namespace clearline::policy
