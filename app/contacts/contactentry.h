// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/contacttodo.h"

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

    QDateTime when;
    QString initials;
    QString rosterId;
    QString audience; ///< students or parents
    /// Who else was on it: one, group or with-parent (vocabulary::kRecipients);
    /// empty in records logged before ClearLine asked.
    QString recipients = QStringLiteral("one");
    QString channel;
    /// district or personal; empty: what the channel says (a personal-…
    /// channel is on the person's own device, a district-… one on the
    /// district's), else not said.
    QString device;
    /// For a call or a text: student (the student's own phone) or family
    /// (the family's or household's phone); empty: not said.
    QString theirPhone;
    QString purpose; ///< one of the pack's `purposes`, by id; empty when it lists none
    /// The purpose's label in each language, as the pack gave it when the
    /// contact was logged (kept in the record, so it reads the same later).
    policy::Localized purposeLabel;
    QString summary;
    bool forwarded = false; ///< a copy went to the district account
    bool atRisk = false;    ///< the person thinks the student may be at risk
    bool ownChild = false;  ///< the built-in answer, where the pack names no `family`
    /// One of the pack's `family` ties, by id; empty: not family.
    QString family;
    policy::Localized familyLabel; ///< as the pack gave it when logged
    bool schoolTrip = false;
    QString trip; ///< the trip disclosure's record id, when it was about one
    /// Roles the person copied on the message (a to-do's `unless_copied`).
    QStringList copiedRoles;
    /// What the contact obliged the person to do next, and what is done
    /// (read back from the record; made by assess()).
    QList<ContactToDoItem> toDos;
    int grade = -1;

    /// Empty when the entry may be saved under `pack`; else what to fix.
    QString problem(const policy::Pack &pack) const;
    /// `device`, or what the channel implies.
    QString effectiveDevice() const;
    /// The purpose in the reader's language.
    QString purposeText() const;
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
    policy::Localized purposeLabel; ///< the logged purpose's label, from the pack
    policy::Localized familyLabel;  ///< the family tie's label, from the pack
    QStringList documentation;      ///< documentation entries that cover this channel
    QStringList documentationText;  ///< what they say, in words
    bool mustForward = false;       ///< a copy must go to the district account
    QString authorizationId;        ///< the approved request that allows it, when one does
    QString authorizationTitle;
    QList<ContactToDoItem> toDos; ///< the deciding rule's to-dos, with their deadlines
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
