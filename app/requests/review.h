// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/decision.h"
#include "requests/request.h"

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace clearline::crypto {
class Identity;
}

namespace clearline::requests {

/// The decisions a ledger holds, checked against the district's pack: a
/// decision counts only when its signer's key is one the pack lists for the
/// step's role at the request's school, and it answers the request's
/// current revision.
class DecisionBook
{
public:
    DecisionBook(const ledger::Ledger &ledger, const policy::Pack &pack);

    /// The decisions that count on this revision of a request, in the order
    /// they were made.
    QList<StepDecision> on(const QString &requestId, const ledger::Revision &requestRevision,
                           const Request &request) const;
    /// The name the pack gives the holder of this key, or an empty string.
    QString holderName(const QByteArray &key) const;

private:
    struct Found
    {
        Decision decision;
        ledger::Revision revision;
    };
    const policy::Pack &m_pack;
    QHash<QString, QList<Found>> m_byRequest;
};

/// A step of someone's request that waits for this person, or tells them.
struct QueueItem
{
    QString recordId;
    QString title;
    QString requesterId;
    QDate sentOn;
    int step = -1;
    PlannedStep plannedStep;
    bool needsDecision = false; ///< false: the step only informs them
};

/// Records an approver's decision on a request.
class Review
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::Review)

public:
    Review(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack);

    /// Approves (or acknowledges), denies or returns the step of the request
    /// that waits for this person; refuses when none does. A denial or a
    /// return needs a comment.
    std::optional<ledger::Revision> decide(const QString &requestId, Decision::Action action, const QString &comment,
                                           const QDate &today, QString *error);

    /// What waits for the holder of this key under the roles the pack gives
    /// them: steps to decide at a request's current stage (oldest first),
    /// then steps that only inform them.
    static QList<QueueItem> queue(const ledger::Ledger &ledger, const policy::Pack &pack, const QByteArray &key,
                                  const QDate &today);

private:
    ledger::Ledger &m_ledger;
    const crypto::Identity &m_identity;
    const policy::Pack &m_pack;
};

} // namespace clearline::requests
