// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/decision.h"
#include "requests/request.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace clearline::requests {

/// Where a request stands for the person who sent it: what it waits for,
/// from whom, and by when.
struct RequestStatus
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::RequestStatus)

public:
    enum class State {
        Draft,     ///< not sent yet
        Waiting,   ///< someone on the route must answer
        Expired,   ///< the answer did not come before its deadline
        Sent,      ///< the route only informs people: nothing to wait for
        Recorded,  ///< the procedure has no route: the record is the point
        Withdrawn, ///< the person took it back
        Approved,  ///< every step that answers has approved or acknowledged
        Denied,    ///< an approver said no
        Returned,  ///< an approver asks for changes: correct it to send it again
        Unchecked, ///< the district's policy here has no such procedure: no route can be worked out
    };

    State state = State::Draft;
    QString waitingFor;    ///< who must act next, as people read it
    QDate due;             ///< by when they must act, when the pack says
    QString dueNote;       ///< a deadline the pack gives in words
    QString decidedBy;     ///< who denied or returned it
    QString comment;       ///< what they said
    int currentStage = -1; ///< the stage waiting for answers, when waiting

    /// decisions: the verified decisions on the request's current revision.
    static RequestStatus of(const Request &request, const QDate &today, const QList<StepDecision> &decisions = {});

    bool isOpen() const { return state == State::Draft || state == State::Waiting || state == State::Returned; }
    /// One short word or two for a list: "Draft", "Waiting", "Expired".
    QString stateName() const;
    /// A sentence: "Waiting for Principal (Dana Reyes) to approve, before 2026-10-14."
    QString description() const;
    static QString stateId(State state);
};

} // namespace clearline::requests
