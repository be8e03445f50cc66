// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace clearline::requests {

/// A person's signed statement that they did one of the pack's duties
/// (policies/README.md, `duties`) for a school year, or once for good.
struct DutyDone
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::DutyDone)

public:
    static const QString kKind; ///< "duty-done"
    static const QString kOnce; ///< the period of an `every: once` duty

    QString district;
    QString dutyId;
    QString period; ///< the pack's school-year id, or kOnce
    QString dutyTitle;
    QString note;

    QJsonObject toPayload() const;
    static DutyDone fromPayload(const QJsonObject &payload);
};

/// The time a duty is owed for on a day, and the day it is due.
struct DutyPeriod
{
    QString id;  ///< a school-year id, or DutyDone::kOnce
    QDate dueBy; ///< invalid: no due date (an `once` duty)

    /// The current school year (the next over the summer) for a school-year
    /// duty: due `due_within_days` after its first day, else on its last.
    static DutyPeriod of(const policy::Pack &pack, const policy::Duty &duty, const QDate &today);
};

const policy::Duty *findDuty(const policy::Pack &pack, const QString &dutyId);

/// Each staff member does a duty of the `staff` role for themselves; a duty
/// of named roles is done once for all who hold them (at their school, for a
/// school's role).
bool isPersonalDuty(const policy::Duty &duty);

/// Whether the key holds one of the duty's roles: everyone holds `staff`,
/// and the pack's role holders are known by their key. An empty school
/// accepts a holder of any school.
bool holdsDuty(const policy::Pack &pack, const policy::Duty &duty, const QString &school, const QByteArray &key);

/// The duty's roles by their titles, for messages ("Principal or Director").
QString dutyRoleTitles(const policy::Pack &pack, const policy::Duty &duty);

} // namespace clearline::requests
