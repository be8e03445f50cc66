// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace clearline::requests {

/// A person's signed statement that they read this school year's policy.
/// It fulfils the pack's duties marked `done_by: acknowledgment`.
struct Acknowledgment
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::Acknowledgment)

public:
    static const QString kKind; ///< "acknowledgment"

    QString district;
    QString schoolYear; ///< the pack's school-year id, e.g. 2026-2027
    QString policyTitle;
    QDate policyAdopted;
    QStringList duties; ///< the duty ids it fulfils

    QJsonObject toPayload() const;
    static Acknowledgment fromPayload(const QJsonObject &payload);

    /// The acknowledgment a person makes today under this pack.
    static Acknowledgment forToday(const policy::Pack &pack, const QDate &today);
};

/// The school year a date belongs to: the one that contains it, else the next
/// one to start (over the summer), else the last one. Null without years.
const policy::SchoolYear *schoolYearOf(const policy::Pack &pack, const QDate &date);

/// The pack's duties that the acknowledgment fulfils.
QList<const policy::Duty *> acknowledgedDuties(const policy::Pack &pack);

/// Where a person stands with this school year's acknowledgment, and
/// whether the home screen should remind them.
struct AcknowledgmentReminder
{
    bool done = false;     ///< signed for this school year
    bool required = false; ///< the pack has a duty it fulfils
    bool due = false;      ///< required and not done
    QString schoolYear;
    QDate dueBy; ///< the first day of the year plus the duty's days
    QString dutyTitle;

    static AcknowledgmentReminder of(const policy::Pack &pack, const QList<Acknowledgment> &done, const QDate &today);
};

} // namespace clearline::requests
