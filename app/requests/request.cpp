// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/request.h"

#include "policy/pack.h"
#include "policy/vocabularywords.h"

#include <QLocale>

namespace clearline::requests {

const QString Request::kKind = QStringLiteral("request");

QJsonObject Request::toPayload() const
{
    QJsonObject payload = form.toJson();
    payload.insert(QStringLiteral("title"), title);
    payload.insert(QStringLiteral("district"), district);
    payload.insert(QStringLiteral("sentOn"), sentOn.toString(Qt::ISODate));
    payload.insert(QStringLiteral("school"), school);
    payload.insert(QStringLiteral("route"), routeToJson(route));
    payload.insert(QStringLiteral("standing"),
                   standing == Standing::Withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("sent"));
    if (!followUp.isEmpty()) {
        payload.insert(QStringLiteral("followUp"), followUp);
        payload.insert(QStringLiteral("regarding"), regarding);
        payload.insert(QStringLiteral("note"), note);
    }
    if (policyAdopted.isValid()) {
        payload.insert(QStringLiteral("policyAdopted"), policyAdopted.toString(Qt::ISODate));
    }
    return payload;
}

Request Request::fromPayload(const QJsonObject &payload)
{
    Request request;
    request.form = RequestForm::fromJson(payload);
    request.title = payload.value(QStringLiteral("title")).toString();
    request.district = payload.value(QStringLiteral("district")).toString();
    request.sentOn = QDate::fromString(payload.value(QStringLiteral("sentOn")).toString(), Qt::ISODate);
    request.school = payload.value(QStringLiteral("school")).toString();
    request.route = routeFromJson(payload.value(QStringLiteral("route")).toArray());
    request.standing = payload.value(QStringLiteral("standing")).toString() == QLatin1String("withdrawn")
                           ? Standing::Withdrawn
                           : Standing::Sent;
    request.followUp = payload.value(QStringLiteral("followUp")).toString();
    request.regarding = payload.value(QStringLiteral("regarding")).toString();
    request.note = payload.value(QStringLiteral("note")).toString();
    request.policyAdopted = QDate::fromString(payload.value(QStringLiteral("policyAdopted")).toString(), Qt::ISODate);
    return request;
}

QString Request::routeCheckId(RouteCheck check)
{
    switch (check) {
    case RouteCheck::Matches:
        return QStringLiteral("matches");
    case RouteCheck::Differs:
        return QStringLiteral("differs");
    case RouteCheck::OtherPolicy:
        return QStringLiteral("other-policy");
    case RouteCheck::NotInPolicy:
        return QStringLiteral("not-in-policy");
    }
    return {};
}

QString Request::routeNotice() const
{
    switch (routeCheck) {
    case RouteCheck::Matches:
        return {};
    case RouteCheck::Differs:
        return tr("The route this request carries is not the one your district's policy gives for it. ClearLine "
                  "follows the policy: the people and deadlines shown are the policy's.");
    case RouteCheck::OtherPolicy:
        return tr("This request was sent under the policy adopted on %1, whose route differs from the policy you "
                  "have. ClearLine follows the policy you have.")
            .arg(QLocale().toString(policyAdopted, QLocale::ShortFormat));
    case RouteCheck::NotInPolicy:
        return tr("Your district's policy on this computer has no procedure for \"%1\", so ClearLine cannot tell "
                  "who must approve it. Ask district IT whether the policy here is up to date.")
            .arg(title);
    }
    return {};
}

QString Request::titleFor(const policy::Procedure &procedure, const RequestForm &form)
{
    const QString name = policy::localizedText(procedure.title);
    // The first one-line answer names the request best ("Room 12 News").
    for (const policy::Field &field : procedure.fields) {
        const bool oneLine = field.type == QLatin1String("text") || field.type == QLatin1String("platform");
        if (oneLine && !form.answer(field.id).isEmpty()) {
            return tr("%1: %2").arg(name, form.answer(field.id).left(80));
        }
    }
    return name;
}

QString answerText(const policy::Pack &pack, const policy::Field &field, const QString &answer)
{
    if (field.type == QLatin1String("yes-no")) {
        return answer == QLatin1String("yes") ? Request::tr("Yes") : Request::tr("No");
    }
    if (field.type == QLatin1String("school")) {
        for (const policy::School &school : pack.schools) {
            if (school.id == answer) {
                return school.name;
            }
        }
    }
    if (field.type == QLatin1String("choice")) {
        return policy::VocabularyWords::choice(field, answer);
    }
    return answer;
}

} // namespace clearline::requests
