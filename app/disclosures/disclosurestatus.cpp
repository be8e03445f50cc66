// SPDX-License-Identifier: GPL-3.0-or-later
#include "disclosures/disclosurestatus.h"

namespace clearline::disclosures {

using requests::RequestStatus;

DisclosureStatus DisclosureStatus::of(const Disclosure &disclosure, const std::optional<RequestStatus> &authorization,
                                      const QDate &today)
{
    DisclosureStatus status;
    status.misuseReports = int(disclosure.misuseReports.size());
    if (authorization) {
        status.authorization = authorization->description();
    }
    const bool approved = authorization && authorization->state == RequestStatus::State::Approved;
    status.m_authorized = !disclosure.policy.needsAuthorization() || approved;
    if (disclosure.closed) {
        status.state = State::Closed;
    } else if (disclosure.trip.end.isValid() && today > disclosure.trip.end) {
        status.state = State::Overdue;
    } else if (disclosure.trip.end.isValid() && today == disclosure.trip.end) {
        status.state = State::DueToClose;
    } else if (!status.m_authorized && !authorization) {
        status.state = State::NeedsAuthorization;
    } else if (!status.m_authorized && authorization->state == RequestStatus::State::Waiting) {
        status.state = State::AwaitingAuthorization;
    } else if (!status.m_authorized) {
        status.state = State::NotAuthorized;
    } else {
        status.state = disclosure.handouts.isEmpty() ? State::ReadyToGive : State::Given;
    }
    return status;
}

bool DisclosureStatus::mayHandOut() const
{
    return m_authorized && state != State::Closed;
}

QString DisclosureStatus::stateId(State state)
{
    switch (state) {
    case State::NeedsAuthorization:
        return QStringLiteral("needs-authorization");
    case State::AwaitingAuthorization:
        return QStringLiteral("awaiting-authorization");
    case State::NotAuthorized:
        return QStringLiteral("not-authorized");
    case State::ReadyToGive:
        return QStringLiteral("ready");
    case State::Given:
        return QStringLiteral("given");
    case State::DueToClose:
        return QStringLiteral("due-to-close");
    case State::Overdue:
        return QStringLiteral("overdue");
    case State::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString DisclosureStatus::stateName() const
{
    switch (state) {
    case State::NeedsAuthorization:
        return tr("Ask first");
    case State::AwaitingAuthorization:
        return tr("Waiting");
    case State::NotAuthorized:
        return tr("Not authorized");
    case State::ReadyToGive:
        return tr("Ready");
    case State::Given:
        return tr("Given");
    case State::DueToClose:
        return tr("Close today");
    case State::Overdue:
        return tr("Overdue");
    case State::Closed:
        return tr("Closed");
    }
    return {};
}

QString DisclosureStatus::description() const
{
    switch (state) {
    case State::NeedsAuthorization:
        return tr("Your district asks for approval before you give out this number. Ask for it now.");
    case State::AwaitingAuthorization:
        return tr("Do not give out the number yet. %1").arg(authorization);
    case State::NotAuthorized:
        return tr("Do not give out the number. %1").arg(authorization);
    case State::ReadyToGive:
        return tr("You may give out the number. Hand out the notice with it and record to whom.");
    case State::Given:
        return tr("The notice was handed out. Report any misuse of the number at once.");
    case State::DueToClose:
        return tr("The trip ends today. Close the disclosure once it is over, noting any follow-up.");
    case State::Overdue:
        return tr("The trip is over but the disclosure is still open. Close it, noting any follow-up.");
    case State::Closed:
        return tr("Closed.");
    }
    return {};
}

} // namespace clearline::disclosures
