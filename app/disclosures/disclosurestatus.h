// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "disclosures/disclosure.h"
#include "requests/requeststatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace clearline::disclosures {

/// Where a disclosure stands today: whether the number may be given yet,
/// and whether the trip is over and the disclosure should be closed.
struct DisclosureStatus
{
    Q_DECLARE_TR_FUNCTIONS(clearline::disclosures::DisclosureStatus)

public:
    enum class State {
        NeedsAuthorization,    ///< the pack asks for approval, and nobody has been asked yet
        AwaitingAuthorization, ///< asked; waiting for the answer
        NotAuthorized,         ///< denied, returned, withdrawn or expired
        ReadyToGive,           ///< may be given; no notice handed out yet
        Given,                 ///< the notice was handed out
        DueToClose,            ///< the trip ends today
        Overdue,               ///< the trip is over and the disclosure is still open
        Closed,
    };

    State state = State::ReadyToGive;
    /// The authorization request's own words, when there is one.
    QString authorization;
    int misuseReports = 0;

    /// authorization: the status of the disclosure's authorization request.
    static DisclosureStatus of(const Disclosure &disclosure,
                               const std::optional<requests::RequestStatus> &authorization, const QDate &today);

    /// Whether the number may be handed out now.
    bool mayHandOut() const;
    bool needsAttention() const
    {
        return state == State::NeedsAuthorization || state == State::DueToClose || state == State::Overdue;
    }
    bool flagged() const { return misuseReports > 0; }
    QString stateName() const;
    QString description() const;
    static QString stateId(State state);

private:
    bool m_authorized = false;
};

} // namespace clearline::disclosures
