// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/authorization.h"
#include "policy/pack.h"
#include "policy/schooltime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace clearline::contacts {

/// One entry of the off-hours and personal-channel contact log: who was
/// contacted (as little as the policy allows: initials and a roster id),
/// when, over which channel, why, and what was said.
struct ContactEntry
{
    Q_DECLARE_TR_FUNCTIONS(clearline::contacts::ContactEntry)

public:
    static const QString kKind; ///< "contact"
    static const QStringList kPurposes;

    QDateTime when;
    QString initials;
    QString rosterId;
    QString audience; ///< students or parents
    QString channel;
    QString purpose; ///< educational, scheduling, safety, other
    QString summary;
    bool forwarded = false; ///< a copy went to the district account
    bool atRisk = false;    ///< the person thinks the student may be at risk
    bool ownChild = false;
    bool schoolTrip = false;
    QString trip; ///< the trip disclosure's record id, when it was about one
    int grade = -1;

    /// Empty when the entry may be saved; else what to fix.
    QString problem() const;
};

/// What the district's pack says about an entry, kept with it: the record
/// shows what the rules were when the contact was logged.
struct ContactAssessment
{
    policy::SchoolTime::Verdict time;
    QString verdict; ///< the deciding rule's verdict, or "none"
    QString ruleId;
    QString clauseId;
    QString advice;
    QStringList documentation;     ///< documentation entries that cover this channel
    QStringList documentationText; ///< what they say, in words
    bool mustForward = false;      ///< a copy must go to the district account
    QString authorizationId;       ///< the approved request that allows it, when one does
    QString authorizationTitle;
    /// Words for the person: what to do now, one line each.
    QStringList guidance;
};

/// What the pack says about an entry. A contact that needs approval first is
/// allowed when one of authorizations (the person's requests in force)
/// covers it.
ContactAssessment assess(const policy::Pack &pack, const ContactEntry &entry,
                         const QList<policy::Authorization> &authorizations = {});
QJsonObject toPayload(const ContactEntry &entry, const ContactAssessment &assessment);
ContactEntry entryFromPayload(const QJsonObject &payload);

/// What the pack says to do about a student who may be at risk: whom to
/// tell at school (the route of district.reporting_procedure) and which
/// agency to report to.
struct ReportingDuty
{
    QStringList tell; ///< "Principal (Dana Reyes)", as people read it
    QString agency;
    QString clauseId;
};
ReportingDuty reportingDuty(const policy::Pack &pack, const QString &school);

} // namespace clearline::contacts
