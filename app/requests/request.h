// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/requestform.h"
#include "requests/routeplan.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace clearline::policy {
struct Field;
struct Pack;
struct Procedure;
} // namespace clearline::policy

namespace clearline::requests {

/// An answer as people read it: a school's name instead of its id,
/// "Yes" instead of "yes".
QString answerText(const policy::Pack &pack, const policy::Field &field, const QString &answer);

/// A request as it is signed into the ledger: the form, the route worked out
/// when it was sent, and whether it still stands. A correction or a
/// withdrawal is a later revision of the same record.
struct Request
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::Request)

public:
    static const QString kKind; ///< "request"

    enum class Standing { Sent, Withdrawn };
    /// How the route the request carries compares with the one the
    /// receiving ledger's pack gives (requests/trustedroute.h).
    enum class RouteCheck {
        Matches,     ///< the same steps, roles and deadlines
        Differs,     ///< changed by the sender: the pack's route is followed
        OtherPolicy, ///< sent under another adoption of the policy: the pack's route is followed
        NotInPolicy, ///< the pack has no such procedure (or is another district's): nobody can be routed
    };

    RequestForm form;
    QString title;    ///< the procedure's title and the request's main answer
    QString district; ///< the pack's district id
    QDate sentOn;     ///< in the district's time zone
    QString school;   ///< the school whose role holders take the route
    RoutePlan route;
    Standing standing = Standing::Sent;
    /// A follow-up of another record (a report of misuse of a trip number):
    /// the procedure's follow-up id, the record it follows, and what happened.
    QString followUp;
    QString regarding;
    QString note;
    QDate policyAdopted;                         ///< the adoption date of the policy the sender followed
    RouteCheck routeCheck = RouteCheck::Matches; ///< set by readRequest(), never signed

    /// Why the route shown is not the one the request carries, in words;
    /// empty when they match.
    QString routeNotice() const;
    /// "matches", "differs", "other-policy" or "not-in-policy", for scripts.
    static QString routeCheckId(RouteCheck check);

    QJsonObject toPayload() const;
    static Request fromPayload(const QJsonObject &payload);

    /// The title a list shows: "Register a class page, blog or wiki: Room 12".
    static QString titleFor(const policy::Procedure &procedure, const RequestForm &form);
};

} // namespace clearline::requests
