// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/request.h"

#include "policy/pack.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace clearline::requests {

class PlatformList;

/// Something ClearLine noticed when it held a request against the pack as
/// it stands today, for the approver to weigh; each cites its clause.
struct ReviewCheck
{
    QString text;
    QString clauseId;
};

class ReviewChecks
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::ReviewChecks)

public:
    /// A platform not approved (or on a list that lapsed, or kept outside
    /// ClearLine), a date that has passed, a number under
    /// its field's flag_below, an unticked checklist item, a step whose
    /// deadline has passed. Empty when nothing stands out.
    static QList<ReviewCheck> of(const policy::Pack &pack, const Request &request, const QDate &today);

private:
    static QList<ReviewCheck> platformChecks(const policy::Pack &pack, const PlatformList &platforms, bool listed,
                                             const QString &answer, const QString &clauseId);
    /// A listed platform's own limits: its youngest age (min_student_age,
    /// against the procedure's age field, the number with flag_below) and
    /// its grades (against the grades of the request's school).
    static QList<ReviewCheck> platformFitChecks(const policy::Pack &pack, const Request &request,
                                                const QString &answer);
};

} // namespace clearline::requests
