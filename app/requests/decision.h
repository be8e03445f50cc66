// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace clearline::requests {

/// An approver's answer to one step of a request's route, signed into the
/// ledger as a record of its own. It names the revision it answers: a
/// corrected request is a new revision and its route starts again.
struct Decision
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::Decision)

public:
    static const QString kKind; ///< "decision"

    enum class Action { Approve, Deny, Return, Acknowledge };

    QString requestId;       ///< the request's record id
    QString requestRevision; ///< the revision decided on
    int step = -1;           ///< the step's place in the request's route
    QString roleId;          ///< the role the signer acted in
    Action action = Action::Approve;
    QString comment;

    QJsonObject toPayload() const;
    static std::optional<Decision> fromPayload(const QJsonObject &payload);

    static QString actionId(Action action);
    static std::optional<Action> actionFrom(const QString &id);
    /// "approved", "denied", "returned for changes", "acknowledged".
    static QString actionText(Action action);
};

/// A decision as the request's route shows it: what, by whom, when.
struct StepDecision
{
    int step = -1;
    Decision::Action action = Decision::Action::Approve;
    QString comment;
    QString decisionId; ///< the decision's record id
    QString byName;     ///< the signer as the pack names them, else their person id
    QString byPerson;
    QByteArray byKey;
    QDateTime at;
    QString asDesigneeOf; ///< the role holder who named the signer, when they acted as designee
};

/// The decision on a step of the route, or nullptr when it has none yet.
inline const StepDecision *decisionOn(const QList<StepDecision> &decisions, int step)
{
    const auto found = std::find_if(decisions.begin(), decisions.end(),
                                    [step](const StepDecision &decision) { return decision.step == step; });
    return found == decisions.end() ? nullptr : &*found;
}

} // namespace clearline::requests
