// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/decision.h"

namespace clearline::requests {

const QString Decision::kKind = QStringLiteral("decision");

QString Decision::actionId(Action action)
{
    switch (action) {
    case Action::Approve:
        return QStringLiteral("approve");
    case Action::Deny:
        return QStringLiteral("deny");
    case Action::Return:
        return QStringLiteral("return");
    case Action::Acknowledge:
        return QStringLiteral("acknowledge");
    }
    return {};
}

std::optional<Decision::Action> Decision::actionFrom(const QString &id)
{
    for (Action action : {Action::Approve, Action::Deny, Action::Return, Action::Acknowledge}) {
        if (actionId(action) == id) {
            return action;
        }
    }
    return std::nullopt;
}

QString Decision::actionText(Action action)
{
    switch (action) {
    case Action::Approve:
        return tr("approved");
    case Action::Deny:
        return tr("denied");
    case Action::Return:
        return tr("returned for changes");
    case Action::Acknowledge:
        return tr("acknowledged");
    }
    return {};
}

QJsonObject Decision::toPayload() const
{
    return {{QStringLiteral("request"), requestId},
            {QStringLiteral("requestRevision"), requestRevision},
            {QStringLiteral("step"), step},
            {QStringLiteral("role"), roleId},
            {QStringLiteral("action"), actionId(action)},
            {QStringLiteral("comment"), comment}};
}

std::optional<Decision> Decision::fromPayload(const QJsonObject &payload)
{
    const auto action = actionFrom(payload.value(QStringLiteral("action")).toString());
    if (!action) {
        return std::nullopt;
    }
    Decision decision;
    decision.requestId = payload.value(QStringLiteral("request")).toString();
    decision.requestRevision = payload.value(QStringLiteral("requestRevision")).toString();
    decision.step = payload.value(QStringLiteral("step")).toInt(-1);
    decision.roleId = payload.value(QStringLiteral("role")).toString();
    decision.action = *action;
    decision.comment = payload.value(QStringLiteral("comment")).toString();
    return decision;
}

} // namespace clearline::requests
