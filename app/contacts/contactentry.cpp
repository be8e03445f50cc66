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

ContactAssessment assess(const policy::Pack &pack, const ContactEntry &entry)
{
    ContactAssessment result;
    result.time = policy::SchoolTime::classify(pack, entry.when);
    policy::Contact contact{entry.channel, entry.audience, {}, entry.grade};
    if (result.time.state == policy::SchoolTime::State::OffHours) {
        contact.conditions.insert(QStringLiteral("off-hours"));
    }
    if (entry.purpose == QLatin1String("educational")) {
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
    const policy::Rule *rule = policy::RuleMatcher::deciding(pack, contact);
    result.verdict = rule ? rule->verdict : QStringLiteral("none");
    if (rule) {
        result.ruleId = rule->id;
        result.clauseId = rule->clause.id;
        result.advice = policy::localizedText(rule->advice);
    }
    for (const policy::Documentation &documentation : pack.documentation) {
        if (documentation.channels.contains(entry.channel)) {
            result.documentation.append(documentation.id);
            result.mustForward = result.mustForward || documentation.forwardToDistrict;
        }
    }

    const policy::Clause *clause = rule ? pack.clause(rule->clause.id) : nullptr;
    const QString cited = clause ? QStringLiteral(" (§ %1 %2)").arg(clause->section, clause->title) : QString();
    if (result.verdict == QLatin1String("forbidden")) {
        result.guidance.append(ContactEntry::tr("Your district's policy does not allow this%1. It is logged as a "
                                                "self-report; your principal may want to hear about it.")
                                   .arg(cited));
    } else if (result.verdict == QLatin1String("parent-first")) {
        result.guidance.append(
            ContactEntry::tr("Your district asks you to begin with the parent or guardian%1.").arg(cited));
    } else if (result.verdict == QLatin1String("needs-authorization")) {
        result.guidance.append(
            ContactEntry::tr("This needs approval first%1: use the request \"%2\".").arg(cited, rule->procedure.id));
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
        result.guidance.append(pack.district.reportingAgency.isEmpty()
                                   ? ContactEntry::tr("You are a mandated reporter: tell your principal (or designee) "
                                                      "now.")
                                   : ContactEntry::tr("You are a mandated reporter: tell your principal (or designee) "
                                                      "now, and report to %1.")
                                         .arg(pack.district.reportingAgency));
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
        {QStringLiteral("offHours"), assessment.time.state == policy::SchoolTime::State::OffHours},
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("verdict"), assessment.verdict},
                     {QStringLiteral("rule"), assessment.ruleId},
                     {QStringLiteral("clause"), assessment.clauseId},
                     {QStringLiteral("documentation"), QJsonArray::fromStringList(assessment.documentation)},
                     {QStringLiteral("mustForward"), assessment.mustForward}}},
    };
}

} // namespace clearline::contacts
