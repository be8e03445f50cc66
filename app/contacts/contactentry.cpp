// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/contactentry.h"

#include "ledger/revision.h"
#include "policy/rulematcher.h"
#include "policy/vocabulary.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace clearline::contacts {

const QString ContactEntry::kKind = QStringLiteral("contact");
const QStringList ContactEntry::kPurposes{QStringLiteral("educational"), QStringLiteral("scheduling"),
                                          QStringLiteral("safety"), QStringLiteral("other")};

QString ContactEntry::problem() const
{
    static const QRegularExpression initialsPattern(QStringLiteral("^[A-Za-z][A-Za-z.\\- ]{0,7}$"));
    if (!when.isValid()) {
        return tr("Say when the contact happened.");
    }
    if (!initialsPattern.match(initials).hasMatch()) {
        return tr("Give the person's initials only (up to 8 letters), not their name.");
    }
    if (audience != QLatin1String("students") && audience != QLatin1String("parents")) {
        return tr("Say whether it was a student or a parent or guardian.");
    }
    if (!policy::vocabulary::kChannels.contains(channel)) {
        return tr("Choose the channel: %1.").arg(policy::vocabulary::kChannels.join(QStringLiteral(", ")));
    }
    if (!kPurposes.contains(purpose)) {
        return tr("Choose the purpose: %1.").arg(kPurposes.join(QStringLiteral(", ")));
    }
    return {};
}

ContactAssessment assess(const policy::Pack &pack, const ContactEntry &entry,
                         const QList<policy::Authorization> &authorizations)
{
    ContactAssessment result;
    result.time = policy::SchoolTime::classify(pack, entry.when);
    policy::Contact contact{entry.channel, entry.audience, {}, entry.grade};
    if (result.time.state == policy::SchoolTime::State::OffHours) {
        contact.conditions.insert(QStringLiteral("off-hours"));
    }
    // Scheduling a school activity is school business, as the policies mean
    // by an educational purpose (policies/README.md, `when`).
    if (entry.purpose == QLatin1String("educational") || entry.purpose == QLatin1String("scheduling")) {
        contact.conditions.insert(QStringLiteral("educational-purpose"));
    }
    if (entry.purpose == QLatin1String("safety")) {
        contact.conditions.insert(QStringLiteral("emergency"));
    }
    if (entry.ownChild) {
        contact.conditions.insert(QStringLiteral("own-child"));
    }
    if (entry.schoolTrip) {
        contact.conditions.insert(QStringLiteral("school-sponsored-trip"));
    }
    const policy::RuleMatcher::Decision decision =
        policy::RuleMatcher::decide(pack, contact, result.time.districtTime.date(), authorizations);
    const policy::Rule *rule = decision.rule;
    const policy::Authorization *authorization = decision.authorization;
    if (authorization) {
        result.authorizationId = authorization->recordId;
        result.authorizationTitle = authorization->title;
    }
    result.verdict = decision.verdict();
    if (rule) {
        result.ruleId = rule->id;
        result.clauseId = rule->clause.id;
        result.advice = policy::localizedText(rule->advice);
    }
    for (const policy::Documentation &documentation : pack.documentation) {
        if (documentation.channels.contains(entry.channel)) {
            result.documentation.append(documentation.id);
            result.documentationText.append(policy::localizedText(documentation.what));
            result.mustForward = result.mustForward || documentation.forwardToDistrict;
        }
    }

    const policy::Clause *clause = rule ? pack.clause(rule->clause.id) : nullptr;
    const QString cited = clause ? QStringLiteral(" (§ %1 %2)").arg(clause->section, clause->title) : QString();
    if (authorization) {
        result.guidance.append(
            ContactEntry::tr("Allowed: your approved request \"%1\" covers this%2.").arg(authorization->title, cited));
        if (const policy::Procedure *procedure = pack.procedure(authorization->procedureId)) {
            QStringList notices;
            for (const policy::Ref &ref : procedure->notices) {
                for (const policy::Notice &notice : pack.notices) {
                    if (notice.id == ref.id) {
                        notices.append(policy::localizedText(notice.title));
                    }
                }
            }
            if (!notices.isEmpty()) {
                result.guidance.append(ContactEntry::tr("Make sure the people you contact have had: %1.")
                                           .arg(notices.join(QStringLiteral("; "))));
            }
        }
    } else if (result.verdict == QLatin1String("forbidden")) {
        result.guidance.append(
            ContactEntry::tr("Your district's policy does not allow this%1. It is logged as a self-report, "
                             "so the record shows you told it as it was.")
                .arg(cited));
    } else if (result.verdict == QLatin1String("parent-first")) {
        result.guidance.append(
            ContactEntry::tr("Your district asks you to begin with the parent or guardian%1.").arg(cited));
    } else if (result.verdict == QLatin1String("needs-authorization")) {
        const policy::Procedure *procedure = pack.procedure(rule->procedure.id);
        result.guidance.append(ContactEntry::tr("This needs approval first%1: send the request \"%2\".")
                                   .arg(cited, procedure ? policy::localizedText(procedure->title)
                                                         : ContactEntry::tr("(not in your district's policy)")));
    } else if (result.verdict == QLatin1String("discouraged")) {
        result.guidance.append(
            ContactEntry::tr("Your district discourages this%1; keep it to the purpose you logged.").arg(cited));
    }
    if (!result.advice.isEmpty()) {
        result.guidance.append(result.advice);
    }
    if (result.mustForward && !entry.forwarded) {
        result.guidance.append(ContactEntry::tr("Forward a copy of the message to your district account."));
    }
    if (entry.atRisk) {
        const ReportingDuty duty = reportingDuty(pack, {});
        if (!duty.tell.isEmpty() && !duty.agency.isEmpty()) {
            result.guidance.append(ContactEntry::tr("You are a mandated reporter: tell %1 now, and report to %2.")
                                       .arg(duty.tell.join(ContactEntry::tr(" and ")), duty.agency));
        } else if (!duty.tell.isEmpty()) {
            result.guidance.append(ContactEntry::tr("You are a mandated reporter: tell %1 now.")
                                       .arg(duty.tell.join(ContactEntry::tr(" and "))));
        } else if (!duty.agency.isEmpty()) {
            result.guidance.append(
                ContactEntry::tr("You are a mandated reporter: follow your school's reporting procedure now, and "
                                 "report to %1.")
                    .arg(duty.agency));
        } else {
            result.guidance.append(
                ContactEntry::tr("You are a mandated reporter: follow your school's reporting procedure now."));
        }
    }
    return result;
}

QJsonObject toPayload(const ContactEntry &entry, const ContactAssessment &assessment)
{
    return {
        {QStringLiteral("when"), ledger::Revision::timeText(entry.when)},
        {QStringLiteral("districtTime"), assessment.time.districtTime.toString(Qt::ISODate)},
        {QStringLiteral("with"), QJsonObject{{QStringLiteral("initials"), entry.initials},
                                             {QStringLiteral("rosterId"), entry.rosterId},
                                             {QStringLiteral("audience"), entry.audience}}},
        {QStringLiteral("channel"), entry.channel},
        {QStringLiteral("purpose"), entry.purpose},
        {QStringLiteral("summary"), entry.summary},
        {QStringLiteral("forwarded"), entry.forwarded},
        {QStringLiteral("atRisk"), entry.atRisk},
        {QStringLiteral("ownChild"), entry.ownChild},
        {QStringLiteral("schoolTrip"), entry.schoolTrip},
        {QStringLiteral("trip"), entry.trip},
        {QStringLiteral("grade"), entry.grade},
        {QStringLiteral("offHours"), assessment.time.state == policy::SchoolTime::State::OffHours},
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("verdict"), assessment.verdict},
                     {QStringLiteral("rule"), assessment.ruleId},
                     {QStringLiteral("clause"), assessment.clauseId},
                     {QStringLiteral("documentation"), QJsonArray::fromStringList(assessment.documentation)},
                     {QStringLiteral("mustForward"), assessment.mustForward},
                     {QStringLiteral("authorization"), assessment.authorizationId}}},
    };
}

ContactEntry entryFromPayload(const QJsonObject &payload)
{
    ContactEntry entry;
    entry.when = QDateTime::fromString(payload.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs);
    const QJsonObject with = payload.value(QStringLiteral("with")).toObject();
    entry.initials = with.value(QStringLiteral("initials")).toString();
    entry.rosterId = with.value(QStringLiteral("rosterId")).toString();
    entry.audience = with.value(QStringLiteral("audience")).toString();
    entry.channel = payload.value(QStringLiteral("channel")).toString();
    entry.purpose = payload.value(QStringLiteral("purpose")).toString();
    entry.summary = payload.value(QStringLiteral("summary")).toString();
    entry.forwarded = payload.value(QStringLiteral("forwarded")).toBool();
    entry.atRisk = payload.value(QStringLiteral("atRisk")).toBool();
    entry.ownChild = payload.value(QStringLiteral("ownChild")).toBool();
    entry.schoolTrip = payload.value(QStringLiteral("schoolTrip")).toBool();
    entry.trip = payload.value(QStringLiteral("trip")).toString();
    entry.grade = payload.value(QStringLiteral("grade")).toInt(-1);
    return entry;
}

ReportingDuty reportingDuty(const policy::Pack &pack, const QString &school)
{
    ReportingDuty duty;
    duty.agency = pack.district.reportingAgency;
    const policy::Procedure *procedure = pack.procedure(pack.district.reportingProcedure.id);
    if (!procedure) {
        return duty;
    }
    duty.clauseId = procedure->clauses.isEmpty() ? QString() : procedure->clauses.constFirst().id;
    for (const policy::RouteStage &stage : procedure->route) {
        for (const policy::RouteStep &step : stage.steps) {
            const policy::Role *role = pack.role(step.role.id);
            if (!role) {
                continue;
            }
            QStringList names;
            for (const policy::RoleHolder &holder : role->holders) {
                if (role->scope != QLatin1String("school") || school.isEmpty() || holder.school.id == school) {
                    names.append(holder.name);
                }
            }
            const QString title = role->designee ? ContactEntry::tr("%1 (or designee)").arg(role->title) : role->title;
            duty.tell.append(names.isEmpty() ? title
                                             : QStringLiteral("%1 (%2)").arg(title, names.join(QStringLiteral(", "))));
        }
    }
    return duty;
}

} // namespace clearline::contacts
