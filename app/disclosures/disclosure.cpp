// SPDX-License-Identifier: GPL-3.0-or-later
#include "disclosures/disclosure.h"

#include "ledger/revision.h"
#include "policy/rulematcher.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace clearline::disclosures {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray()) {
        result.append(item.toString());
    }
    return result;
}

} // namespace

const QString Disclosure::kKind = QStringLiteral("disclosure");
const QStringList Disclosure::kSharedWith{QStringLiteral("students"), QStringLiteral("parents"),
                                          QStringLiteral("students-and-parents")};
const QStringList Disclosure::kNumberKinds{QStringLiteral("personal-cell"), QStringLiteral("home")};

QJsonObject Trip::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("sponsored"), sponsored},
            {QStringLiteral("start"), start.toString(Qt::ISODate)},
            {QStringLiteral("end"), end.toString(Qt::ISODate)},
            {QStringLiteral("destination"), destination},
            {QStringLiteral("group"), group},
            {QStringLiteral("students"), students},
            {QStringLiteral("grades"), grades},
            {QStringLiteral("school"), school}};
}

Trip Trip::fromJson(const QJsonObject &object)
{
    Trip trip;
    trip.name = object.value(QStringLiteral("name")).toString();
    trip.sponsored = object.value(QStringLiteral("sponsored")).toBool(true);
    trip.start = QDate::fromString(object.value(QStringLiteral("start")).toString(), Qt::ISODate);
    trip.end = QDate::fromString(object.value(QStringLiteral("end")).toString(), Qt::ISODate);
    trip.destination = object.value(QStringLiteral("destination")).toString();
    trip.group = object.value(QStringLiteral("group")).toString();
    trip.students = object.value(QStringLiteral("students")).toInt();
    trip.grades = object.value(QStringLiteral("grades")).toString();
    trip.school = object.value(QStringLiteral("school")).toString();
    return trip;
}

QString Trip::dates() const
{
    const QLocale locale;
    if (start == end || !end.isValid()) {
        return locale.toString(start, QLocale::ShortFormat);
    }
    return QStringLiteral("%1 – %2").arg(locale.toString(start, QLocale::ShortFormat),
                                         locale.toString(end, QLocale::ShortFormat));
}

QJsonObject DisclosurePolicy::toJson() const
{
    return {{QStringLiteral("verdict"), verdict},
            {QStringLiteral("rule"), ruleId},
            {QStringLiteral("clause"), clauseId},
            {QStringLiteral("procedure"), procedureId},
            {QStringLiteral("notices"), QJsonArray::fromStringList(noticeIds)},
            {QStringLiteral("alternatives"), QJsonArray::fromStringList(alternativeIds)},
            {QStringLiteral("misuseFollowUp"), misuseFollowUp},
            {QStringLiteral("documentation"), QJsonArray::fromStringList(documentation)}};
}

DisclosurePolicy DisclosurePolicy::fromJson(const QJsonObject &object)
{
    DisclosurePolicy policy;
    policy.verdict = object.value(QStringLiteral("verdict")).toString();
    policy.ruleId = object.value(QStringLiteral("rule")).toString();
    policy.clauseId = object.value(QStringLiteral("clause")).toString();
    policy.procedureId = object.value(QStringLiteral("procedure")).toString();
    policy.noticeIds = strings(object.value(QStringLiteral("notices")));
    policy.alternativeIds = strings(object.value(QStringLiteral("alternatives")));
    policy.misuseFollowUp = object.value(QStringLiteral("misuseFollowUp")).toString();
    policy.documentation = strings(object.value(QStringLiteral("documentation")));
    return policy;
}

DisclosurePolicy assess(const policy::Pack &pack, const Trip &trip, const QString &sharedWith)
{
    static const QStringList channels{QStringLiteral("personal-cell-call"), QStringLiteral("personal-cell-text")};
    policy::Contact contact{{}, sharedWith, {QStringLiteral("off-hours"), QStringLiteral("educational-purpose")}, -1};
    if (trip.sponsored) {
        contact.conditions.insert(QStringLiteral("school-sponsored-trip"));
    }
    const policy::Rule *deciding = nullptr;
    for (const QString &channel : channels) {
        contact.channel = channel;
        const policy::Rule *rule = policy::RuleMatcher::deciding(pack, contact);
        if (rule && (!deciding || policy::RuleMatcher::strictness(rule->verdict) >
                                      policy::RuleMatcher::strictness(deciding->verdict))) {
            deciding = rule;
        }
    }
    DisclosurePolicy result;
    result.verdict = deciding ? deciding->verdict : QStringLiteral("none");
    if (deciding) {
        result.ruleId = deciding->id;
        result.clauseId = deciding->clause.id;
        result.procedureId = deciding->procedure.id;
        for (const policy::Ref &alternative : deciding->alternatives) {
            result.alternativeIds.append(alternative.id);
        }
    }
    if (const policy::Procedure *procedure = pack.procedure(result.procedureId)) {
        for (const policy::Ref &notice : procedure->notices) {
            result.noticeIds.append(notice.id);
        }
        for (const policy::Ref &alternative : procedure->alternatives) {
            if (!result.alternativeIds.contains(alternative.id)) {
                result.alternativeIds.append(alternative.id);
            }
        }
        for (const policy::FollowUp &followUp : procedure->followUps) {
            if (followUp.when == QLatin1String("immediately") && result.misuseFollowUp.isEmpty()) {
                result.misuseFollowUp = followUp.id;
            }
        }
    }
    for (const policy::Documentation &documentation : pack.documentation) {
        if (documentation.channels.contains(channels.at(0)) || documentation.channels.contains(channels.at(1))) {
            result.documentation.append(documentation.id);
        }
    }
    return result;
}

QString Disclosure::problem() const
{
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ().\\-]{7,20}$"));
    if (trip.name.trimmed().isEmpty()) {
        return tr("Name the trip or event.");
    }
    if (!trip.start.isValid() || !trip.end.isValid()) {
        return tr("Give the trip's first and last day.");
    }
    if (trip.end < trip.start) {
        return tr("The trip's last day comes before its first day.");
    }
    if (!phone.match(phoneNumber.trimmed()).hasMatch()) {
        return tr("Give the phone number you will share, such as 978-555-0142.");
    }
    if (!kNumberKinds.contains(numberKind)) {
        return tr("Say whether it is your personal cell or your home number.");
    }
    if (!kSharedWith.contains(sharedWith)) {
        return tr("Say whom you share it with: students, parents, or both.");
    }
    if (trip.students < 0) {
        return tr("The number of students cannot be negative.");
    }
    return {};
}

QString Disclosure::sharedWithText(const QString &sharedWith)
{
    if (sharedWith == QLatin1String("students")) {
        return tr("students");
    }
    if (sharedWith == QLatin1String("parents")) {
        return tr("parents and guardians");
    }
    return tr("students and their parents");
}

QJsonObject Disclosure::toPayload() const
{
    QJsonArray given;
    for (const Handout &handout : handouts) {
        given.append(QJsonObject{{QStringLiteral("at"), ledger::Revision::timeText(handout.at)},
                                 {QStringLiteral("to"), handout.to},
                                 {QStringLiteral("language"), handout.language},
                                 {QStringLiteral("notice"), handout.noticeId}});
    }
    QJsonObject payload{{QStringLiteral("title"), trip.name},
                        {QStringLiteral("trip"), trip.toJson()},
                        {QStringLiteral("phoneNumber"), phoneNumber},
                        {QStringLiteral("numberKind"), numberKind},
                        {QStringLiteral("sharedWith"), sharedWith},
                        {QStringLiteral("purposeConfirmed"), purposeConfirmed},
                        {QStringLiteral("policy"), policy.toJson()},
                        {QStringLiteral("authorizationRequest"), authorizationRequest},
                        {QStringLiteral("handouts"), given},
                        {QStringLiteral("misuseReports"), QJsonArray::fromStringList(misuseReports)},
                        {QStringLiteral("closed"), closed}};
    if (closed) {
        payload.insert(QStringLiteral("closedOn"), closedOn.toString(Qt::ISODate));
        payload.insert(QStringLiteral("closingNote"), closingNote);
    }
    return payload;
}

Disclosure Disclosure::fromPayload(const QJsonObject &payload)
{
    Disclosure disclosure;
    disclosure.trip = Trip::fromJson(payload.value(QStringLiteral("trip")).toObject());
    disclosure.phoneNumber = payload.value(QStringLiteral("phoneNumber")).toString();
    disclosure.numberKind = payload.value(QStringLiteral("numberKind")).toString();
    disclosure.sharedWith = payload.value(QStringLiteral("sharedWith")).toString();
    disclosure.purposeConfirmed = payload.value(QStringLiteral("purposeConfirmed")).toBool();
    disclosure.policy = DisclosurePolicy::fromJson(payload.value(QStringLiteral("policy")).toObject());
    disclosure.authorizationRequest = payload.value(QStringLiteral("authorizationRequest")).toString();
    for (const QJsonValue &value : payload.value(QStringLiteral("handouts")).toArray()) {
        const QJsonObject object = value.toObject();
        disclosure.handouts.append(
            {QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs),
             object.value(QStringLiteral("to")).toString(), object.value(QStringLiteral("language")).toString(),
             object.value(QStringLiteral("notice")).toString()});
    }
    disclosure.misuseReports = strings(payload.value(QStringLiteral("misuseReports")));
    disclosure.closed = payload.value(QStringLiteral("closed")).toBool();
    disclosure.closedOn = QDate::fromString(payload.value(QStringLiteral("closedOn")).toString(), Qt::ISODate);
    disclosure.closingNote = payload.value(QStringLiteral("closingNote")).toString();
    return disclosure;
}

} // namespace clearline::disclosures
