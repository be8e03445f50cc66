// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTime>

namespace clearline::policy {

/// A place in pack.yaml (1-based), for messages that point at it.
struct Location
{
    int line = 0;
    int column = 0;
};

/// A reference by id to another part of the pack, with where it was written.
struct Ref
{
    QString id;
    Location at;

    bool isSet() const { return !id.isEmpty(); }
};

/// Text by language code ("en", "es", "pt_BR").
using Localized = QMap<QString, QString>;

struct District
{
    QString id;
    QString name;
    QString state;
    QString timezone;
    QStringList languages;
    QString policyTitle;
    QDate policyAdopted;
    /// The pack's own edition, raised by `policy holders add|remove` and by
    /// hand on any change: a profile takes a carried pack only when its
    /// version is higher than the one it has (0: none given).
    int version = 0;
    QString officialText;
    QString reportingAgency;
    Ref reportingProcedure;  ///< whom staff tell of a student at risk: this procedure's route
    QStringList mailDomains; ///< the district's own mail domains ("example-town.org")
    Ref recordsOfficer;      ///< the role that keeps the records: sees what is due, places legal holds
    /// Roles whose holders may see every record of the district (`records_access`),
    /// besides each record's own audience (app/audience).
    QList<Ref> recordsAccess;
    Location timezoneAt;
    Location officialTextAt;
};

struct School
{
    QString id;
    QString name;
    QString grades;
    Location at;
};

struct Holiday
{
    QDate from;
    QDate to;
    QString name;
};

struct SchoolYear
{
    QString id;
    QDate start;
    QDate end;
    QList<Holiday> holidays;
};

struct Calendar
{
    QList<int> schoolDays; ///< 1 = Monday … 7 = Sunday
    QTime start;
    QTime end;
    QList<SchoolYear> years;
};

struct RoleHolder
{
    QString name;
    QString email;
    Ref school;
    QByteArray key;
    /// When district IT removed the holder (`policy holders remove`): they
    /// no longer hold the role, but their decisions signed before this
    /// moment still count. Invalid: a current holder.
    QDateTime until;

    bool isCurrent() const { return !until.isValid(); }
};

struct Role
{
    QString id;
    QString title;
    QString scope; ///< school or district
    bool designee = false;
    QList<RoleHolder> holders;
    Location at;
};

struct Clause
{
    QString id;
    QString section;
    QString title;
    QString summary;
    Location at;
};

/// A span of time a policy counts a deadline in: "48 hours", "2 days",
/// "10 school days" (days the calendar has school on).
struct Period
{
    enum class Unit { Hours, Days, SchoolDays };
    int count = 0;
    Unit unit = Unit::Days;

    bool isSet() const { return count > 0; }
};

/// Something a logged contact obliges its author to do next (a rule's
/// `to_do`): tell a role, forward a copy, copy the parent, write a memo;
/// within a period counted from the contact's time.
struct ContactToDo
{
    QString id;
    QString action; ///< vocabulary::kToDoActions
    Ref role;       ///< notify: whom
    Period within;  ///< unset: no deadline
    /// notify: done already when the person copied the role on the message.
    bool unlessCopied = false;
    Localized text; ///< optional: the policy's own words for it
    Location at;
};

struct Rule
{
    QString id;
    QStringList channels;
    QString audience;
    QString verdict;
    QStringList when;
    Ref procedure;
    QList<Ref> alternatives;
    Localized advice;
    /// The policy itself is more lenient off-hours here: this rule is not
    /// held to what the same contact gets in school hours.
    bool offHoursException = false;
    /// What a contact this rule decides obliges the person to do next.
    QList<ContactToDo> toDo;
    Ref clause;
    Location at;
};

/// Why a contact was made, as the district names it (`purposes`): what the
/// contact log offers, and which rule conditions a contact for it meets.
struct Purpose
{
    QString id;
    Localized label;
    QStringList countsAs; ///< conditions (vocabulary::kPurposeConditions)
    Ref clause;           ///< optional: the clause that speaks of this purpose
    Location at;
};

/// A family tie the district's policy names (`family`): "my own child",
/// "a child in my household". A contact with family meets `family:ID` and
/// the conditions it counts as (`own-child`).
struct FamilyTie
{
    QString id;
    Localized label;
    QStringList countsAs; ///< vocabulary::kFamilyConditions
    Ref clause;           ///< optional
    Location at;
};

struct Alternative
{
    QString id;
    Localized text;
    Ref procedure;
    Ref clause;
    Location at;
};

struct Documentation
{
    QString id;
    Localized what;
    QStringList channels;
    /// The record kinds this entry keeps (vocabulary::kRecordKinds, or
    /// "all"); a contact only when its channel is in `channels`, if any.
    QStringList records;
    QString retain;     ///< "7y", "6m", "permanent"; empty: the policy gives no period
    QString retainFrom; ///< vocabulary::kRetainFrom; "record-date" when not given
    bool forwardToDistrict = false;
    Ref clause;
    Location at;
};

struct Platform
{
    QString id;
    QString name;
    QStringList uses;
    int minStudentAge = 0; ///< 0: no age rule
    QString grades;
    Ref clause;
    Location at;
};

struct Platforms
{
    QString renewal;
    QString renewedFor; ///< the school-year id the `approved` list was last renewed for
    QString whenEmpty;  ///< what an empty `approved` means: "kept-elsewhere" or "none-approved"
    Ref listOwner;
    Ref requestProcedure;
    QList<Platform> approved;
    Location at;
};

struct Duty
{
    QString id;
    Localized title;
    QString every;
    int dueWithinDays = 0;
    QList<Ref> roles;
    Ref clause;
    QString doneBy; ///< "acknowledgment", or empty: done outside ClearLine
    Location at;
};

struct Statement
{
    QString id;
    Localized when;
    Localized text;
    Ref clause;
    Location at;
};

struct Notice
{
    QString id;
    Localized title;
    Localized text;
    Ref clause;
    Location at;
    Location textAt;
};

/// What a flagged answer (a number under flag_below) does to the request.
struct FlagEffect
{
    QString action = QStringLiteral("show"); ///< show (the approver sees the flag), approve, refuse
    Ref role;                                ///< approve: the role whose notify step becomes an approve step
    Location at;
};

struct Field
{
    QString id;
    QString type;
    Localized label;
    Localized help;
    bool required = false;
    QStringList choices;
    QHash<QString, Localized> choiceLabels; ///< by choice id; ClearLine's own ids need none
    Ref clause;
    int flagBelow = 0;            ///< a number field: approvers see answers below this flagged; 0: none
    FlagEffect whenFlagged;       ///< what a flagged answer does to the route
    bool districtAddress = false; ///< an email field that must be at one of district.mail_domains
    QString use;                  ///< a platform field: the use its platform must be approved for
    Location at;
};

struct ChecklistItem
{
    QString id;
    Localized text;
    Ref clause;
    Location at;
};

struct Deadline
{
    enum class Kind { None, BeforeField, Days, Note };
    Kind kind = Kind::None;
    Ref field;
    int days = 0;
    Localized note;
};

struct RouteStep
{
    QString action; ///< approve, notify, acknowledge
    Ref role;
    Deadline deadline;
    Ref clause;
    Location at;
};

/// Steps taken at the same time; a route is stages taken in order.
struct RouteStage
{
    QList<RouteStep> steps;
    bool together = false;
};

struct FollowUp
{
    QString id;
    Localized title;
    QString when;
    QList<RouteStage> route;
    Ref clause;
    Location at;
};

/// Which fields of an approved request make an entry in the person's
/// registry of professional accounts.
struct Registers
{
    Ref platform;
    Ref address;
    Location at;

    bool isSet() const { return platform.isSet(); }
};

/// What an approved request of a procedure allows (policies/README.md,
/// `covers`): contacts over these channels, with this audience, on these
/// days, decided as if these conditions held.
struct Covers
{
    QStringList channels;
    Ref channelField;  ///< a choice field whose answer is the one channel covered
    QString audience;  ///< a fixed audience, or empty when audienceField says
    Ref audienceField; ///< a choice field whose answer is the audience
    Ref from;          ///< a date field: the first day covered; unset: from approval
    Ref to;            ///< a date field: the last day covered; unset: the `from` day, or open
    QStringList conditions;
    /// An exception to the rules: what it covers is allowed whatever verdict
    /// the rules give, not only where they ask for this approval.
    bool exception = false;
    Location at;

    bool isSet() const { return !channels.isEmpty() || channelField.isSet(); }
};

struct Procedure
{
    QString id;
    Localized title;
    Localized summary;
    QList<Ref> clauses;
    QList<Field> fields;
    QList<ChecklistItem> checklist;
    QList<RouteStage> route;
    QList<Ref> notices;
    QList<Ref> alternatives;
    QList<FollowUp> followUps;
    Ref then;
    /// The `then` procedure may be sent only as the follow-on of an approved
    /// request of this one (`then: {procedure: …, requires_approval: true}`).
    bool thenRequiresApproval = false;
    /// A request sent on or after a route deadline: "refuse" (the default)
    /// or "flag" (sent, and the approver sees it was late).
    QString late = QStringLiteral("refuse");
    Registers registers;
    Covers covers;
    Location at;

    const Field *field(const QString &fieldId) const;
};

/// The text in a language: the language itself ("pt_BR"), its base ("pt"),
/// then English, then any.
QString textIn(const Localized &text, const QString &language);
/// textIn() for the language the program is shown in.
QString localizedText(const Localized &text);
/// A `{{name}}` mark in a notice or statement text; the name is captured 1.
const QRegularExpression &placeholderPattern();

/// One district's policy as data (policies/README.md is its guide).
struct Pack
{
    QString file;
    int format = 0;
    District district;
    QList<School> schools;
    Calendar calendar;
    QList<Role> roles;
    QList<Clause> clauses;
    QList<Rule> rules;
    QList<Purpose> purposes;
    QList<FamilyTie> family;
    QList<Alternative> alternatives;
    QList<Documentation> documentation;
    Platforms platforms;
    QList<Duty> duties;
    QList<Statement> statements;
    QList<Notice> notices;
    QList<Procedure> procedures;

    const Clause *clause(const QString &id) const;
    const Procedure *procedure(const QString &id) const;
    const Purpose *purpose(const QString &id) const;
    const FamilyTie *familyTie(const QString &id) const;
    /// The procedure whose approval must come before this one can be sent
    /// (`then: {procedure: id, requires_approval: true}`), or nullptr.
    const Procedure *approvalFirst(const QString &procedureId) const;
    const Role *role(const QString &id) const;
    const School *school(const QString &id) const;
};

} // namespace clearline::policy
