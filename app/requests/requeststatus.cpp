// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/requeststatus.h"

#include <QLocale>
#include <QMap>

namespace clearline::requests {

RequestStatus RequestStatus::of(const Request &request, const QDate &today, const QList<StepDecision> &decisions)
{
    RequestStatus status;
    if (request.standing == Request::Standing::Withdrawn) {
        status.state = State::Withdrawn;
        return status;
    }
    if (request.routeCheck == Request::RouteCheck::NotInPolicy) {
        status.state = State::Unchecked;
        return status;
    }
    if (request.route.isEmpty()) {
        status.state = State::Recorded;
        return status;
    }
    // A denial or a return ends the route wherever it happens.
    QMap<int, const StepDecision *> answered;
    for (const StepDecision &decision : decisions) {
        if (decision.action == Decision::Action::Deny || decision.action == Decision::Action::Return) {
            status.state = decision.action == Decision::Action::Deny ? State::Denied : State::Returned;
            status.decidedBy = decision.byName;
            status.comment = decision.comment;
            return status;
        }
        answered.insert(decision.step, &decision);
    }
    // The request waits at the first stage with a step that must answer and
    // has not.
    int stage = -1;
    bool anyAnswers = false;
    QStringList who;
    for (qsizetype index = 0; index < request.route.size(); ++index) {
        const PlannedStep &step = request.route.at(index);
        if (!step.waitsForAnswer()) {
            continue;
        }
        anyAnswers = true;
        if (answered.contains(int(index)) || (stage >= 0 && step.stage != stage)) {
            continue;
        }
        stage = step.stage;
        who.append(step.who());
        if (step.dueBefore.isValid() && (!status.due.isValid() || step.dueBefore < status.due)) {
            status.due = step.dueBefore;
        }
        if (!step.dueNote.isEmpty()) {
            status.dueNote = step.dueNote;
        }
    }
    if (stage < 0) {
        status.state = anyAnswers ? State::Approved : State::Sent;
        return status;
    }
    status.currentStage = stage;
    status.waitingFor = who.join(tr(" and "));
    status.state = status.due.isValid() && status.due <= today ? State::Expired : State::Waiting;
    return status;
}

QString RequestStatus::stateId(State state)
{
    switch (state) {
    case State::Draft:
        return QStringLiteral("draft");
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Expired:
        return QStringLiteral("expired");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Recorded:
        return QStringLiteral("recorded");
    case State::Withdrawn:
        return QStringLiteral("withdrawn");
    case State::Approved:
        return QStringLiteral("approved");
    case State::Denied:
        return QStringLiteral("denied");
    case State::Returned:
        return QStringLiteral("returned");
    case State::Unchecked:
        return QStringLiteral("unchecked");
    }
    return {};
}

QString RequestStatus::stateName() const
{
    switch (state) {
    case State::Draft:
        return tr("Draft");
    case State::Waiting:
        return tr("Waiting");
    case State::Expired:
        return tr("Expired");
    case State::Sent:
        return tr("Sent");
    case State::Recorded:
        return tr("On record");
    case State::Withdrawn:
        return tr("Withdrawn");
    case State::Approved:
        return tr("Approved");
    case State::Denied:
        return tr("Denied");
    case State::Returned:
        return tr("Returned");
    case State::Unchecked:
        return tr("Cannot check");
    }
    return {};
}

QString RequestStatus::description() const
{
    const QString date = QLocale().toString(due, QLocale::ShortFormat);
    switch (state) {
    case State::Draft:
        return tr("Not sent yet: open it to finish and send it.");
    case State::Waiting:
        if (due.isValid()) {
            return tr("Waiting for %1, before %2.").arg(waitingFor, date);
        }
        return dueNote.isEmpty() ? tr("Waiting for %1.").arg(waitingFor)
                                 : tr("Waiting for %1 (%2).").arg(waitingFor, dueNote);
    case State::Expired:
        return tr("Expired: %1 did not answer before %2. Send a new request if you still need it.")
            .arg(waitingFor, date);
    case State::Sent:
        return tr("Sent: it informs the people on its route; nobody needs to approve it.");
    case State::Recorded:
        return tr("On record: your district asks for this to be written down; nobody needs to approve it.");
    case State::Withdrawn:
        return tr("Withdrawn: you took this request back.");
    case State::Approved:
        return tr("Approved: everyone on the route has said yes.");
    case State::Denied:
        return comment.isEmpty() ? tr("Denied by %1.").arg(decidedBy)
                                 : tr("Denied by %1: \"%2\"").arg(decidedBy, comment);
    case State::Returned:
        return tr("Returned by %1 for changes: \"%2\" Correct the request to send it again.").arg(decidedBy, comment);
    case State::Unchecked:
        return tr("Cannot check: your district's policy on this computer has no such procedure, so ClearLine cannot "
                  "tell who must approve it. Ask district IT whether the policy here is up to date.");
    }
    return {};
}

} // namespace clearline::requests
