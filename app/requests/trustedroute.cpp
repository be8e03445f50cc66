// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/trustedroute.h"

#include "policy/pack.h"

#include <algorithm>

namespace clearline::requests {

namespace {

const QList<policy::RouteStage> *stagesFor(const policy::Procedure &procedure, const Request &request)
{
    if (request.followUp.isEmpty()) {
        return &procedure.route;
    }
    for (const policy::FollowUp &followUp : procedure.followUps) {
        if (followUp.id == request.followUp) {
            return &followUp.route;
        }
    }
    return nullptr;
}

/// Whether two routes ask the same of the same roles by the same dates.
/// Role titles, people and deadlines in words are left out: they are in the
/// language of whoever worked the route out, and the pack gives them anyway.
bool sameRoute(const RoutePlan &a, const RoutePlan &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const PlannedStep &x, const PlannedStep &y) {
        return x.stage == y.stage && x.action == y.action && x.roleId == y.roleId && x.dueBefore == y.dueBefore &&
               x.clauseId == y.clauseId;
    });
}

} // namespace

RoutePlan routeByPolicy(const policy::Pack &pack, const Request &request)
{
    const policy::Procedure *procedure = pack.procedure(request.form.procedureId);
    const QList<policy::RouteStage> *stages = procedure ? stagesFor(*procedure, request) : nullptr;
    if (!stages) {
        return {};
    }
    // request.school is where the route was taken (the form's school field,
    // else the sender's school); planRoute prefers the form's field again.
    return planRoute(pack, *stages, *procedure, request.form, request.school, request.sentOn);
}

Request readRequest(const policy::Pack &pack, const QJsonObject &payload)
{
    Request request = Request::fromPayload(payload);
    const policy::Procedure *procedure = pack.procedure(request.form.procedureId);
    if (request.district != pack.district.id || !procedure || !stagesFor(*procedure, request)) {
        request.routeCheck = Request::RouteCheck::NotInPolicy;
        request.route.clear();
        return request;
    }
    const RoutePlan byPolicy = routeByPolicy(pack, request);
    if (!sameRoute(request.route, byPolicy)) {
        request.routeCheck = request.policyAdopted.isValid() && request.policyAdopted != pack.district.policyAdopted
                                 ? Request::RouteCheck::OtherPolicy
                                 : Request::RouteCheck::Differs;
    }
    request.route = byPolicy;
    return request;
}

} // namespace clearline::requests
