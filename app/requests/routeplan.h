// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/requestform.h"

#include "policy/pack.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace clearline::requests {

/// One step of a request's route as it was worked out when the request was
/// sent, kept in the record: who (role and, when the pack names them, the
/// people), does what, by when, and the clause that asks for it.
struct PlannedStep
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::PlannedStep)

public:
    int stage = 0;  ///< steps of the same stage happen together
    QString action; ///< approve, notify, acknowledge
    QString roleId;
    QString roleTitle;
    QStringList people; ///< "Name <e-mail>" of the role's holders for this school
    QDate dueBefore;    ///< from a date field, or days after sending
    QString dueNote;    ///< a deadline in words
    QString clauseId;

    bool waitsForAnswer() const { return action != QLatin1String("notify"); }
    /// "Principal (Dana Reyes)" or just the role title.
    QString who() const;
    /// The step as people read it: "Principal (Dana Reyes) approves, before
    /// 14/10/2026" or "… is informed (before students get the address)".
    QString sentence() const;
    QJsonObject toJson() const;
    static PlannedStep fromJson(const QJsonObject &object);
};

using RoutePlan = QList<PlannedStep>;

/// The school whose role holders take the route: the form's school field,
/// else the person's own school.
QString routeSchool(const policy::Procedure &procedure, const RequestForm &form, const QString &personSchool);

/// Whether a holder of a role serves a school: a district-wide role, a
/// holder the pack gives no school, or that school.
bool serves(const policy::Role &role, const policy::RoleHolder &holder, const QString &school);

/// Whether the person with this public key holds a role at a school, by the
/// keys the pack lists for the role's holders.
bool holdsRole(const policy::Pack &pack, const QString &roleId, const QString &school, const QByteArray &publicKey);

/// Works out the route of a procedure for a form: the role holders of the
/// request's school (its school field, else the person's school) and the
/// deadlines in dates.
RoutePlan planRoute(const policy::Pack &pack, const QList<policy::RouteStage> &route,
                    const policy::Procedure &procedure, const RequestForm &form, const QString &personSchool,
                    const QDate &sentOn);

/// Where a field's answer is flagged and the pack says so (when_flagged:
/// approve), the named role's notify steps become approve steps, citing
/// the field's clause.
void askApprovalWhereFlagged(const policy::Procedure &procedure, const RequestForm &form, RoutePlan &plan);

/// The first step that waits for an answer whose deadline is `day` or
/// earlier: a request sent that day comes too late for it. nullptr if none.
const PlannedStep *lateStep(const RoutePlan &plan, const QDate &day);

QJsonArray routeToJson(const RoutePlan &plan);
RoutePlan routeFromJson(const QJsonArray &array);

} // namespace clearline::requests
