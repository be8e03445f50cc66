// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/request.h"

#include <QJsonObject>

namespace clearline::policy {
struct Pack;
}

namespace clearline::requests {

/// A request as a ledger must read it: its route, the people on it and its
/// deadlines are worked out again from the district's pack this ledger
/// trusts. The route a request carries was signed by the person who asked,
/// who could have shortened it (re-signed with her own valid key), so it is
/// kept only to compare: Request::routeCheck says whether it matched.
Request readRequest(const policy::Pack &pack, const QJsonObject &payload);

/// The route the pack gives a request: its procedure's route, or the route
/// of the follow-up it is (a report of misuse), for the request's school.
/// Empty when the pack has no such procedure.
RoutePlan routeByPolicy(const policy::Pack &pack, const Request &request);

} // namespace clearline::requests
