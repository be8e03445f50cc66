// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/authority.h"
#include "requests/decision.h"
#include "requests/request.h"
#include "requests/requeststatus.h"

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

/// A decision that is in the ledger but does not count, and why.
struct UncountedDecision
{
    StepDecision decision;
    QString why;
};

/// The decisions a ledger holds, checked against the district's pack: a
/// decision counts only when its signer could act in the step's role at the
/// request's school when they signed (by a key the pack lists, or as a
/// designee), and it answers the request's current revision.
///
/// "When they signed" is never earlier than the signer's own chain shows,
/// nor than the request revision it answers was signed: a designee who sets
/// the clock back cannot sign inside a delegation that had ended by then
/// (docs/decisions.md, "A designee's authority is judged by the chain").
class DecisionBook
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::DecisionBook)

public:
    DecisionBook(const ledger::Ledger &ledger, const policy::Pack &pack);

    /// The decisions that count on this revision of a request, in the order
    /// they were made.
    QList<StepDecision> on(const QString &requestId, const ledger::Revision &requestRevision,
                           const Request &request) const;
    /// The decisions on this revision that do not count, with why.
    QList<UncountedDecision> uncounted(const QString &requestId, const ledger::Revision &requestRevision,
                                       const Request &request) const;
    /// Both at once, in one pass.
    struct Sorted
    {
        QList<StepDecision> counted;
        QList<UncountedDecision> uncounted;
    };
    Sorted sort(const QString &requestId, const ledger::Revision &requestRevision, const Request &request) const;
    const Authority &authority() const { return m_authority; }

private:
    struct Found
    {
        Decision decision;
        ledger::Revision revision;
        QDateTime chainTime; ///< the latest its signer signed before it
        qint64 position = 0; ///< its place in its signer's chain
    };
    StepDecision shown(const Found &found) const;
    /// Whether a designee's own chain shows they had received the end of the
    /// delegation before signing this (by a bundle they signed since).
    bool signedAfterReceivingRevocation(const Found &found, const QString &delegationId) const;

    const ledger::Ledger &m_ledger;
    Authority m_authority;
    QHash<QString, QList<Found>> m_byRequest;
};

/// A step of someone's request that waits for this person, or tells them.
struct QueueItem
{
    QString recordId;
    QString title;
    QString procedureId;
    QString procedureTitle;
    QString requesterId;
    QString requesterName;
    QString school; ///< the school whose role holders take the route
    QDate sentOn;
    QDateTime sentAt; ///< when this version was signed: orders a day's requests
    int step = -1;
    PlannedStep plannedStep;
    bool needsDecision = false; ///< false: the step only informs them
    bool mayRefuse = false;     ///< the request is still open: the step may deny it or return it
    QString asDesigneeOf;       ///< set when this person acts for a role holder
    QString regarding;          ///< the record a follow-up report is about
    int waitingDays = 0;
    bool overdue = false; ///< the step's deadline is today or passed
    /// A report the policy wants acted on at once: a request of the pack's
    /// `district.reporting_procedure` (a mandated report) or a report that
    /// follows another record (misuse of a shared trip number). Listed first.
    bool urgent = false;

    QString stateId() const;
};

/// What the queue shows; an empty field lets every item through.
struct QueueFilter
{
    QString procedureId;
    QString school;
    QString requesterId;
    QString state; ///< "decide", "inform" or "overdue"

    bool matches(const QueueItem &item) const;
};

/// Whether a step of a request in this state may still deny it or return
/// it: it waits for answers, or it was sent to people it only informs.
bool mayStillRefuse(const RequestStatus &status);

/// Records an approver's decision on a request.
class Review
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::Review)

public:
    Review(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack);

    /// Approves (or acknowledges), denies or returns the step of the request
    /// that waits for this person; refuses, saying why, when they may not
    /// act in its role. A denial or a return needs a comment. Approving a
    /// request that only informs this person marks it as read (an
    /// acknowledgment), so it leaves their queue; they may also deny it or
    /// return it while it is open: being told is not agreeing.
    std::optional<ledger::Revision> decide(const QString &requestId, Decision::Action action, const QString &comment,
                                           const QDate &today, QString *error);

    /// What waits for the holder of this key under the roles the pack gives
    /// them or delegates to them: steps to decide at a request's current
    /// stage, oldest first, then steps that only inform them.
    static QList<QueueItem> queue(const ledger::Ledger &ledger, const policy::Pack &pack, const QByteArray &key,
                                  const QDate &today);

private:
    /// The moment this person signs at, as the ledger must judge it.
    QDateTime signingTime(const Authority &authority, const ledger::Revision &answered) const;
    /// The step that only informs this person and that they have not
    /// marked as read, or -1.
    int noticeFor(const Request &request, const QList<StepDecision> &decisions, const RequestStatus &status,
                  const Authority &authority, const QDateTime &now) const;

    ledger::Ledger &m_ledger;
    const crypto::Identity &m_identity;
    const policy::Pack &m_pack;
};

} // namespace clearline::requests
