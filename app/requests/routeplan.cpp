// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/routeplan.h"

#include "requests/formcheck.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace clearline::requests {

bool serves(const policy::Role &role, const policy::RoleHolder &holder, const QString &school)
{
    return role.scope != QLatin1String("school") || !holder.school.isSet() || school.isEmpty() ||
           holder.school.id == school;
}

namespace {

QStringList holdersOf(const policy::Role &role, const QString &school)
{
    QStringList people;
    for (const policy::RoleHolder &holder : role.holders) {
        if (holder.isCurrent() && serves(role, holder, school)) {
            people.append(holder.email.isEmpty() ? holder.name
                                                 : QStringLiteral("%1 <%2>").arg(holder.name, holder.email));
        }
    }
    return people;
}

} // namespace

QString routeSchool(const policy::Procedure &procedure, const RequestForm &form, const QString &personSchool)
{
    for (const policy::Field &field : procedure.fields) {
        if (field.type == QLatin1String("school") && !form.answer(field.id).isEmpty()) {
            return form.answer(field.id);
        }
    }
    return personSchool;
}

bool holdsRole(const policy::Pack &pack, const QString &roleId, const QString &school, const QByteArray &publicKey)
{
    const policy::Role *role = pack.role(roleId);
    if (!role || publicKey.isEmpty()) {
        return false;
    }
    return std::any_of(role->holders.begin(), role->holders.end(), [&](const policy::RoleHolder &holder) {
        return holder.key == publicKey && holder.isCurrent() && serves(*role, holder, school);
    });
}

QString PlannedStep::who() const
{
    if (people.isEmpty()) {
        return roleTitle;
    }
    QStringList names;
    for (const QString &person : people) {
        names.append(person.section(QStringLiteral(" <"), 0, 0));
    }
    return QStringLiteral("%1 (%2)").arg(roleTitle, names.join(QStringLiteral(", ")));
}

QString PlannedStep::sentence() const
{
    QString text = action == QLatin1String("approve")       ? tr("%1 approves").arg(who())
                   : action == QLatin1String("acknowledge") ? tr("%1 acknowledges").arg(who())
                                                            : tr("%1 is informed").arg(who());
    if (dueBefore.isValid()) {
        text += tr(", before %1").arg(QLocale().toString(dueBefore, QLocale::ShortFormat));
    } else if (!dueNote.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(dueNote);
    }
    return text;
}

QJsonObject PlannedStep::toJson() const
{
    QJsonObject object{{QStringLiteral("stage"), stage},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("role"), roleId},
                       {QStringLiteral("roleTitle"), roleTitle},
                       {QStringLiteral("people"), QJsonArray::fromStringList(people)},
                       {QStringLiteral("clause"), clauseId}};
    if (dueBefore.isValid()) {
        object.insert(QStringLiteral("dueBefore"), dueBefore.toString(Qt::ISODate));
    }
    if (!dueNote.isEmpty()) {
        object.insert(QStringLiteral("dueNote"), dueNote);
    }
    return object;
}

PlannedStep PlannedStep::fromJson(const QJsonObject &object)
{
    PlannedStep step;
    step.stage = object.value(QStringLiteral("stage")).toInt();
    step.action = object.value(QStringLiteral("action")).toString();
    step.roleId = object.value(QStringLiteral("role")).toString();
    step.roleTitle = object.value(QStringLiteral("roleTitle")).toString();
    for (const QJsonValue &person : object.value(QStringLiteral("people")).toArray()) {
        step.people.append(person.toString());
    }
    step.dueBefore = QDate::fromString(object.value(QStringLiteral("dueBefore")).toString(), Qt::ISODate);
    step.dueNote = object.value(QStringLiteral("dueNote")).toString();
    step.clauseId = object.value(QStringLiteral("clause")).toString();
    return step;
}

RoutePlan planRoute(const policy::Pack &pack, const QList<policy::RouteStage> &route,
                    const policy::Procedure &procedure, const RequestForm &form, const QString &personSchool,
                    const QDate &sentOn)
{
    const QString school = routeSchool(procedure, form, personSchool);
    RoutePlan plan;
    for (qsizetype stage = 0; stage < route.size(); ++stage) {
        for (const policy::RouteStep &step : route.at(stage).steps) {
            PlannedStep planned;
            planned.stage = int(stage);
            planned.action = step.action;
            planned.roleId = step.role.id;
            planned.clauseId = step.clause.id;
            if (const policy::Role *role = pack.role(step.role.id)) {
                planned.roleTitle = role->title;
                planned.people = holdersOf(*role, school);
            }
            switch (step.deadline.kind) {
            case policy::Deadline::Kind::BeforeField:
                planned.dueBefore = QDate::fromString(form.answer(step.deadline.field.id), Qt::ISODate);
                break;
            case policy::Deadline::Kind::Days:
                planned.dueBefore = sentOn.addDays(step.deadline.days);
                break;
            case policy::Deadline::Kind::Note:
                planned.dueNote = policy::localizedText(step.deadline.note);
                break;
            case policy::Deadline::Kind::None:
                break;
            }
            plan.append(planned);
        }
    }
    // Only the request's own route: a follow-up's route asks for what comes
    // after, which the answers on the request do not change.
    if (&route == &procedure.route) {
        askApprovalWhereFlagged(procedure, form, plan);
    }
    return plan;
}

void askApprovalWhereFlagged(const policy::Procedure &procedure, const RequestForm &form, RoutePlan &plan)
{
    for (const policy::Field &field : procedure.fields) {
        if (field.whenFlagged.action != QLatin1String("approve") ||
            !FormCheck::isFlagged(field, form.answer(field.id))) {
            continue;
        }
        for (PlannedStep &step : plan) {
            if (step.roleId == field.whenFlagged.role.id && step.action == QLatin1String("notify")) {
                step.action = QStringLiteral("approve");
                step.clauseId = field.clause.isSet() ? field.clause.id : step.clauseId;
            }
        }
    }
}

const PlannedStep *lateStep(const RoutePlan &plan, const QDate &day)
{
    for (const PlannedStep &step : plan) {
        if (step.waitsForAnswer() && step.dueBefore.isValid() && step.dueBefore <= day) {
            return &step;
        }
    }
    return nullptr;
}

QJsonArray routeToJson(const RoutePlan &plan)
{
    QJsonArray array;
    for (const PlannedStep &step : plan) {
        array.append(step.toJson());
    }
    return array;
}

RoutePlan routeFromJson(const QJsonArray &array)
{
    RoutePlan plan;
    for (const QJsonValue &item : array) {
        plan.append(PlannedStep::fromJson(item.toObject()));
    }
    return plan;
}

} // namespace clearline::requests
