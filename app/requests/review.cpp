// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/review.h"

#include "requests/requeststatus.h"
#include "requests/trustedroute.h"

#include "crypto/identity.h"

#include <algorithm>

namespace clearline::requests {

DecisionBook::DecisionBook(const ledger::Ledger &ledger, const policy::Pack &pack)
    : m_ledger(ledger)
    , m_authority(ledger, pack)
{
    // Each signer's chain is read once: approvers sign many decisions.
    QHash<QByteArray, QHash<QString, ledger::ChainPoint>> chains;
    for (const auto &[summary, revision] : ledger.recordsWithHeads(Decision::kKind)) {
        const auto decision = Decision::fromPayload(revision.payload);
        if (!decision) {
            continue;
        }
        auto chain = chains.find(revision.authorKey);
        if (chain == chains.end()) {
            chain = chains.insert(revision.authorKey, ledger.chain(revision.authorKey));
        }
        const ledger::ChainPoint point = chain->value(revision.id);
        m_byRequest[decision->requestId].append({*decision, revision, point.latestBefore, point.position});
    }
    for (QList<Found> &found : m_byRequest) {
        std::sort(found.begin(), found.end(),
                  [](const Found &a, const Found &b) { return a.revision.created < b.revision.created; });
    }
}

StepDecision DecisionBook::shown(const Found &found) const
{
    StepDecision shown;
    shown.step = found.decision.step;
    shown.action = found.decision.action;
    shown.comment = found.decision.comment;
    shown.decisionId = found.revision.recordId;
    shown.byPerson = found.revision.authorId;
    shown.byKey = found.revision.authorKey;
    shown.byName = m_authority.nameOf(found.revision.authorKey);
    if (shown.byName.isEmpty()) {
        shown.byName = found.revision.authorId;
    }
    shown.at = found.revision.created;
    return shown;
}

DecisionBook::Sorted DecisionBook::sort(const QString &requestId, const ledger::Revision &requestRevision,
                                        const Request &request) const
{
    Sorted sorted;
    for (const Found &found : m_byRequest.value(requestId)) {
        const Decision &decision = found.decision;
        if (decision.requestRevision != requestRevision.id) {
            continue; // it answers an earlier version: that version shows it
        }
        StepDecision answer = shown(found);
        if (decision.step < 0 || decision.step >= request.route.size() ||
            request.route.at(decision.step).roleId != decision.roleId) {
            sorted.uncounted.append({answer, tr("it answers a step the district's policy does not give this "
                                                "request")});
            continue;
        }
        const PlannedStep &step = request.route.at(decision.step);
        // Signed no earlier than the signer's chain and the request show.
        const QDateTime signedAt = std::max({found.revision.created, found.chainTime, requestRevision.created});
        const Authority::Grant grant =
            m_authority.actsFor(step.roleId, request.school, found.revision.authorKey, signedAt);
        if (!grant) {
            // By the signer's own clock it would count: the clock was behind,
            // and what ended was a delegation or the place in the pack.
            const Authority::Grant byItsClock =
                m_authority.actsFor(step.roleId, request.school, found.revision.authorKey, found.revision.created);
            const QString why =
                !byItsClock ? tr("the signer does not hold the %1 role for this school").arg(step.roleTitle)
                : byItsClock.delegationId.isEmpty()
                    ? tr("signed after the district's policy ended the signer's %1 role (the signer's clock said "
                         "otherwise)")
                          .arg(step.roleTitle)
                    : tr("signed after the delegation ended (the signer's clock said otherwise)");
            sorted.uncounted.append({answer, why});
            continue;
        }
        if (!grant.delegationId.isEmpty() && signedAfterReceivingRevocation(found, grant.delegationId)) {
            sorted.uncounted.append({answer, tr("signed after the designee had received the end of the delegation")});
            continue;
        }
        // One answer a step: a second one (from another holder of the role)
        // does not change the first.
        if (decisionOn(sorted.counted, decision.step)) {
            sorted.uncounted.append({answer, tr("the step had already been answered")});
            continue;
        }
        answer.asDesigneeOf = grant.onBehalfOf;
        sorted.counted.append(answer);
    }
    return sorted;
}

bool DecisionBook::signedAfterReceivingRevocation(const Found &found, const QString &delegationId) const
{
    const DelegationItem *item = m_authority.delegation(delegationId);
    if (!item || !item->revokedAt.isValid()) {
        return false;
    }
    const std::optional<qint64> heldAt =
        m_ledger.peerChainWhenHeld(found.revision.authorKey, item->byKey, item->revocationPosition);
    return heldAt && found.position > *heldAt;
}

QList<StepDecision> DecisionBook::on(const QString &requestId, const ledger::Revision &requestRevision,
                                     const Request &request) const
{
    return sort(requestId, requestRevision, request).counted;
}

QList<UncountedDecision> DecisionBook::uncounted(const QString &requestId, const ledger::Revision &requestRevision,
                                                 const Request &request) const
{
    return sort(requestId, requestRevision, request).uncounted;
}

bool mayStillRefuse(const RequestStatus &status)
{
    using State = RequestStatus::State;
    return status.state == State::Waiting || status.state == State::Expired || status.state == State::Sent;
}

QString QueueItem::stateId() const
{
    if (!needsDecision) {
        return QStringLiteral("inform");
    }
    return overdue ? QStringLiteral("overdue") : QStringLiteral("decide");
}

bool QueueFilter::matches(const QueueItem &item) const
{
    const bool stateMatches = state.isEmpty() || item.stateId() == state ||
                              (state == QLatin1String("decide") && item.stateId() == QLatin1String("overdue"));
    return stateMatches && (procedureId.isEmpty() || item.procedureId == procedureId) &&
           (school.isEmpty() || item.school == school) && (requesterId.isEmpty() || item.requesterId == requesterId);
}

Review::Review(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack)
    : m_ledger(ledger)
    , m_identity(identity)
    , m_pack(pack)
{}

std::optional<ledger::Revision> Review::decide(const QString &requestId, Decision::Action action,
                                               const QString &comment, const QDate &today, QString *error)
{
    const auto summary = m_ledger.record(requestId);
    const auto head =
        summary && summary->kind == Request::kKind ? m_ledger.revision(summary->headRevision) : std::nullopt;
    if (!head) {
        *error = tr("There is no request %1 in this profile.").arg(requestId);
        return std::nullopt;
    }
    if ((action == Decision::Action::Deny || action == Decision::Action::Return) && comment.trimmed().isEmpty()) {
        *error = tr("Say why: the person who asked will read your comment.");
        return std::nullopt;
    }
    const Request request = readRequest(m_pack, head->payload);
    const DecisionBook book(m_ledger, m_pack);
    const QList<StepDecision> decisions = book.on(requestId, *head, request);
    const RequestStatus status = RequestStatus::of(request, today, decisions);
    const bool waiting = status.state == RequestStatus::State::Waiting || status.state == RequestStatus::State::Expired;
    if (status.state == RequestStatus::State::Withdrawn) {
        *error = tr("This request was withdrawn by the person who sent it.");
        return std::nullopt;
    }
    // The step of the waiting stage this person may answer.
    const crypto::IdentityInfo me = m_identity.info();
    const QDateTime now = signingTime(book.authority(), *head);
    int stepIndex = -1;
    QString refusal;
    for (qsizetype index = 0; index < request.route.size(); ++index) {
        const PlannedStep &step = request.route.at(index);
        if (!waiting || step.stage != status.currentStage || !step.waitsForAnswer()) {
            continue;
        }
        if (decisionOn(decisions, int(index))) {
            continue;
        }
        if (book.authority().actsFor(step.roleId, request.school, me.publicKey, now)) {
            stepIndex = int(index);
            break;
        }
        if (refusal.isEmpty()) {
            refusal = book.authority().refusal(step.roleId, request.school, me, now);
        }
    }
    const bool refusing = action == Decision::Action::Deny || action == Decision::Action::Return;
    if (stepIndex < 0 && refusal.isEmpty()) {
        // A step that only informs this person: marked as read, or, when the
        // request is still open, denied or returned like any other step.
        stepIndex = noticeFor(request, decisions, status, book.authority(), now);
        if (stepIndex >= 0 && refusing && !mayStillRefuse(status)) {
            *error =
                tr("This request is not open any more (%1): it can only be marked as read.").arg(status.stateName());
            return std::nullopt;
        }
    }
    if (stepIndex < 0) {
        *error = !refusal.isEmpty() ? refusal
                 : waiting          ? tr("Nothing in this request waits for your decision.")
                                    : tr("This request is not waiting for a decision (%1).").arg(status.stateName());
        return std::nullopt;
    }
    const PlannedStep &step = request.route.at(stepIndex);
    Decision decision;
    decision.requestId = requestId;
    decision.requestRevision = head->id;
    decision.step = stepIndex;
    decision.roleId = step.roleId;
    decision.action = action == Decision::Action::Approve && step.action != QLatin1String("approve")
                          ? Decision::Action::Acknowledge
                          : action;
    decision.comment = comment.trimmed();
    return m_ledger.submit(m_identity, {Decision::kKind, {}, {}, {}, decision.toPayload(), {}}, error);
}

QDateTime Review::signingTime(const Authority &authority, const ledger::Revision &answered) const
{
    // Never earlier than what this ledger already shows to be past: the
    // request being answered, this person's own last signature, and any end
    // of a delegation to them. So a clock set back cannot sign inside a
    // delegation this ledger knows has ended; other ledgers judge the same
    // way from the chain (DecisionBook).
    const QByteArray key = m_identity.info().publicKey;
    QDateTime now = std::max({QDateTime::currentDateTimeUtc(), answered.created, m_ledger.latestSignedBy(key)});
    for (const DelegationItem &item : authority.delegations()) {
        if (item.delegation.toKey == key && item.revokedAt.isValid()) {
            now = std::max(now, item.revokedAt);
        }
    }
    return now;
}

int Review::noticeFor(const Request &request, const QList<StepDecision> &decisions, const RequestStatus &status,
                      const Authority &authority, const QDateTime &now) const
{
    for (qsizetype index = 0; index < request.route.size(); ++index) {
        const PlannedStep &step = request.route.at(index);
        const bool reached = status.currentStage < 0 || step.stage <= status.currentStage;
        const bool noted = decisionOn(decisions, int(index)) != nullptr;
        if (!step.waitsForAnswer() && reached && !noted &&
            authority.actsFor(step.roleId, request.school, m_identity.info().publicKey, now)) {
            return int(index);
        }
    }
    return -1;
}

QList<QueueItem> Review::queue(const ledger::Ledger &ledger, const policy::Pack &pack, const QByteArray &key,
                               const QDate &today)
{
    QList<QueueItem> result;
    const DecisionBook book(ledger, pack);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[summary, head] : ledger.recordsWithHeads(Request::kKind)) {
        const Request request = readRequest(pack, head.payload);
        const QList<StepDecision> decisions = book.on(summary.recordId, head, request);
        const RequestStatus status = RequestStatus::of(request, today, decisions);
        if (status.state == RequestStatus::State::Withdrawn) {
            continue;
        }
        const bool waiting =
            status.state == RequestStatus::State::Waiting || status.state == RequestStatus::State::Expired;
        const policy::Procedure *procedure = pack.procedure(request.form.procedureId);
        for (qsizetype index = 0; index < request.route.size(); ++index) {
            const PlannedStep &step = request.route.at(index);
            const bool answered = decisionOn(decisions, int(index)) != nullptr;
            const bool decide = step.waitsForAnswer() && waiting && step.stage == status.currentStage && !answered;
            const bool told =
                !step.waitsForAnswer() && !answered && (status.currentStage < 0 || step.stage <= status.currentStage);
            if (!decide && !told) {
                continue;
            }
            const Authority::Grant grant = book.authority().actsFor(step.roleId, request.school, key, now);
            if (!grant) {
                continue;
            }
            QueueItem item;
            item.recordId = summary.recordId;
            item.title = request.title;
            item.procedureId = request.form.procedureId;
            item.procedureTitle = procedure ? policy::localizedText(procedure->title) : request.form.procedureId;
            item.requesterId = summary.authorId;
            item.requesterName = book.authority().nameOf(head.authorKey);
            if (item.requesterName.isEmpty()) {
                item.requesterName = summary.authorId;
            }
            item.school = request.school;
            item.sentOn = request.sentOn;
            item.sentAt = head.created;
            item.step = int(index);
            item.plannedStep = step;
            item.needsDecision = decide;
            item.mayRefuse = mayStillRefuse(status);
            item.asDesigneeOf = grant.onBehalfOf;
            item.regarding = request.regarding;
            item.waitingDays = int(request.sentOn.daysTo(today));
            item.overdue = decide && step.dueBefore.isValid() && step.dueBefore <= today;
            item.urgent =
                !request.regarding.isEmpty() || (pack.district.reportingProcedure.isSet() &&
                                                 pack.district.reportingProcedure.id == request.form.procedureId);
            result.append(item);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const QueueItem &a, const QueueItem &b) {
        if (a.urgent != b.urgent) {
            return a.urgent;
        }
        if (a.needsDecision != b.needsDecision) {
            return a.needsDecision;
        }
        return a.sentOn != b.sentOn ? a.sentOn < b.sentOn : a.sentAt < b.sentAt;
    });
    return result;
}

} // namespace clearline::requests
