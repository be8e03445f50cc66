// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/contactentry.h"

#include "core/zonedtime.h"
#include "ledger/revision.h"
#include "policy/localizedjson.h"
#include "policy/rulematcher.h"
#include "policy/vocabulary.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace clearline::contacts {

const QString ContactEntry::kKind = QStringLiteral("contact");
QString ContactEntry::problem(const policy::Pack &pack) const
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
    if (!policy::vocabulary::kRecipients.contains(recipients)) {
        return tr("Say who was on the message: only this person, a group, or the student with a parent copied.");
    }
    if (recipients == QLatin1String("with-parent") && audience != QLatin1String("students")) {
        return tr("A parent is copied on a message to a student; for a parent, choose only this person or a group.");
    }
    if (!policy::vocabulary::kChannels.contains(channel)) {
        return tr("Choose the channel: %1.").arg(policy::vocabulary::kChannels.join(QStringLiteral(", ")));
    }
    if (!family.isEmpty() && !pack.familyTie(family)) {
        QStringList known;
        for (const policy::FamilyTie &tie : pack.family) {
            known.append(QStringLiteral("%1 (%2)").arg(tie.id, policy::localizedText(tie.label)));
        }
        return known.isEmpty()
                   ? tr("Your district's policy names no family ties; say only whether the student is "
                        "your own child.")
                   : tr("Choose one of the family ties your district names: %1.").arg(known.join(QStringLiteral(", ")));
    }
    if (!device.isEmpty() && !policy::vocabulary::kDevices.contains(device)) {
        return tr("Say which device you used: a district device or your own.");
    }
    if (!theirPhone.isEmpty() && !policy::vocabulary::kTheirPhones.contains(theirPhone)) {
        return tr("Say whose phone it reached: the student's own or the family's.");
    }
    if (!theirPhone.isEmpty() && !policy::vocabulary::kPhoneChannels.contains(channel)) {
        return tr("Whose phone it reached is for a call or a text only.");
    }
    if (pack.purposes.isEmpty() ? !purpose.isEmpty() : !pack.purpose(purpose)) {
        QStringList known;
        for (const policy::Purpose &p : pack.purposes) {
            known.append(QStringLiteral("%1 (%2)").arg(p.id, policy::localizedText(p.label)));
        }
        return known.isEmpty()
                   ? tr("Your district's policy names no purposes; leave the purpose out.")
                   : tr("Choose one of your district's purposes: %1.").arg(known.join(QStringLiteral(", ")));
    }
    return {};
}

QString ContactEntry::effectiveDevice() const
{
    if (!device.isEmpty()) {
        return device;
    }
    if (channel.startsWith(QLatin1String("personal-"))) {
        return QStringLiteral("personal");
    }
    return channel.startsWith(QLatin1String("district-")) ? QStringLiteral("district") : QString();
}

QString ContactEntry::purposeText() const
{
    return purposeLabel.isEmpty() ? purpose : policy::localizedText(purposeLabel);
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
    if (const qsizetype kind = policy::vocabulary::kRecipients.indexOf(entry.recipients); kind >= 0) {
        contact.conditions.insert(policy::vocabulary::kRecipientConditions.at(kind));
    }
    if (const qsizetype kind = policy::vocabulary::kDevices.indexOf(entry.effectiveDevice()); kind >= 0) {
        contact.conditions.insert(policy::vocabulary::kDeviceConditions.at(kind));
    }
    if (const qsizetype kind = policy::vocabulary::kTheirPhones.indexOf(entry.theirPhone); kind >= 0) {
        contact.conditions.insert(policy::vocabulary::kTheirPhoneConditions.at(kind));
    }
    // The roles the person copied on the message (`copied:ROLE`).
    for (const QString &role : entry.copiedRoles) {
        contact.conditions.insert(QStringLiteral("copied:") + role);
    }
    // A parent copied is on the message too: rules about parents apply as
    // well as those about students (the stricter decides).
    if (entry.recipients == QLatin1String("with-parent")) {
        contact.audience = QStringLiteral("students-and-parents");
    }
    // What a purpose counts as is the district's to say (`purposes`).
    if (const policy::Purpose *purpose = pack.purpose(entry.purpose)) {
        for (const QString &condition : purpose->countsAs) {
            contact.conditions.insert(condition);
        }
        result.purposeLabel = purpose->label;
    }
    if (entry.ownChild) {
        contact.conditions.insert(QStringLiteral("own-child"));
    }
    if (const policy::FamilyTie *tie = pack.familyTie(entry.family)) {
        contact.conditions.insert(QStringLiteral("family:") + tie->id);
        for (const QString &condition : tie->countsAs) {
            contact.conditions.insert(condition);
        }
        result.familyLabel = tie->label;
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
        result.toDos = toDosFor(pack, *rule, entry.when, entry.copiedRoles);
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
    for (const ContactToDoItem &toDo : result.toDos) {
        if (toDo.isDone()) {
            continue;
        }
        result.guidance.append(
            toDo.due.isValid()
                ? ContactEntry::tr("To do: %1, by %2.")
                      .arg(toDo.words(), core::zonedTimeText(toDo.due, core::zoneNamed(pack.district.timezone)))
                : ContactEntry::tr("To do: %1.").arg(toDo.words()));
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
                                             {QStringLiteral("audience"), entry.audience},
                                             {QStringLiteral("recipients"), entry.recipients}}},
        {QStringLiteral("channel"), entry.channel},
        {QStringLiteral("device"), entry.effectiveDevice()},
        {QStringLiteral("theirPhone"), entry.theirPhone},
        {QStringLiteral("purpose"), entry.purpose},
        {QStringLiteral("purposeLabel"), policy::localizedToJson(assessment.purposeLabel)},
        {QStringLiteral("summary"), entry.summary},
        {QStringLiteral("forwarded"), entry.forwarded},
        {QStringLiteral("atRisk"), entry.atRisk},
        {QStringLiteral("ownChild"), entry.ownChild},
        {QStringLiteral("family"), entry.family},
        {QStringLiteral("familyLabel"), policy::localizedToJson(assessment.familyLabel)},
        {QStringLiteral("schoolTrip"), entry.schoolTrip},
        {QStringLiteral("trip"), entry.trip},
        {QStringLiteral("copied"), QJsonArray::fromStringList(entry.copiedRoles)},
        {QStringLiteral("toDo"), toDosToJson(assessment.toDos)},
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
    entry.recipients = with.value(QStringLiteral("recipients")).toString();
    entry.channel = payload.value(QStringLiteral("channel")).toString();
    entry.device = payload.value(QStringLiteral("device")).toString();
    entry.theirPhone = payload.value(QStringLiteral("theirPhone")).toString();
    entry.purpose = payload.value(QStringLiteral("purpose")).toString();
    entry.purposeLabel = policy::localizedFromJson(payload.value(QStringLiteral("purposeLabel")).toObject());
    entry.summary = payload.value(QStringLiteral("summary")).toString();
    entry.forwarded = payload.value(QStringLiteral("forwarded")).toBool();
    entry.atRisk = payload.value(QStringLiteral("atRisk")).toBool();
    entry.ownChild = payload.value(QStringLiteral("ownChild")).toBool();
    entry.family = payload.value(QStringLiteral("family")).toString();
    entry.familyLabel = policy::localizedFromJson(payload.value(QStringLiteral("familyLabel")).toObject());
    entry.schoolTrip = payload.value(QStringLiteral("schoolTrip")).toBool();
    entry.trip = payload.value(QStringLiteral("trip")).toString();
    for (const QJsonValue &role : payload.value(QStringLiteral("copied")).toArray()) {
        entry.copiedRoles.append(role.toString());
    }
    entry.toDos = toDosFromJson(payload.value(QStringLiteral("toDo")).toArray());
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
