// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace clearline::disclosures {

/// The trip or event a number is given for.
struct Trip
{
    QString name;
    bool sponsored = true; ///< school-sponsored
    QDate start;
    QDate end;
    QString destination;
    QString group; ///< the team, class or club
    int students = 0;
    QString grades;
    QString school; ///< a school id of the pack

    QJsonObject toJson() const;
    static Trip fromJson(const QJsonObject &object);
    /// "12/03/2026" or "12/03/2026 – 14/03/2026", in the shown language.
    QString dates() const;
};

/// What the district's pack says about giving a personal number for a trip,
/// worked out once and kept with the disclosure.
struct DisclosurePolicy
{
    QString verdict; ///< a rule verdict, or "none" when no rule speaks of it
    QString ruleId;
    QString clauseId;
    QString procedureId;        ///< the request that goes with it (policies/README.md, rules)
    QStringList noticeIds;      ///< the notices to hand out
    QStringList alternativeIds; ///< what to offer instead
    QString misuseFollowUp;     ///< the procedure's follow-up to report misuse at once
    QStringList documentation;  ///< documentation entries that cover the number's messages

    bool forbidden() const { return verdict == QLatin1String("forbidden"); }
    bool needsAuthorization() const { return verdict == QLatin1String("needs-authorization"); }
    /// Discouraged or parent-first: allowed once the person confirms.
    bool needsConfirmation() const
    {
        return verdict == QLatin1String("discouraged") || verdict == QLatin1String("parent-first");
    }
    QJsonObject toJson() const;
    static DisclosurePolicy fromJson(const QJsonObject &object);
};

/// Which rule decides a trip disclosure: the number is reached by call and
/// by text, by the people it is shared with, outside school hours, for the
/// trip's educational, informational and safety purposes, and on a
/// school-sponsored trip when it is one. The strictest channel decides.
DisclosurePolicy assess(const policy::Pack &pack, const Trip &trip, const QString &sharedWith);

/// A notice handed out: when, to whom, in which language.
struct Handout
{
    QDateTime at;
    QString to;
    QString language;
    QString noticeId;
};

/// A personal phone number given to students or families for a trip, from
/// planning to closing. Each step is a new revision of the same record.
struct Disclosure
{
    Q_DECLARE_TR_FUNCTIONS(clearline::disclosures::Disclosure)

public:
    static const QString kKind; ///< "disclosure"
    static const QStringList kSharedWith;
    static const QStringList kNumberKinds;

    Trip trip;
    QString phoneNumber;
    QString numberKind = QStringLiteral("personal-cell");
    QString sharedWith; ///< students, parents or students-and-parents
    bool purposeConfirmed = false;
    DisclosurePolicy policy;
    QString authorizationRequest; ///< the request's record id
    QList<Handout> handouts;
    QStringList misuseReports; ///< the reports' record ids
    bool closed = false;
    QDate closedOn;
    QString closingNote;

    /// Empty when the facts may be saved; else what to fix, in words.
    QString problem() const;
    QJsonObject toPayload() const;
    static Disclosure fromPayload(const QJsonObject &payload);
    static QString sharedWithText(const QString &sharedWith);
};

} // namespace clearline::disclosures
