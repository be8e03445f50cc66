// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/review.h"

#include "requests/requeststatus.h"

#include "crypto/identity.h"

namespace clearline::requests {

DecisionBook::DecisionBook(const ledger::Ledger &ledger, const policy::Pack &pack)
    : m_authority(ledger, pack)
{
    for (const ledger::RecordSummary &summary : ledger.records(Decision::kKind)) {
        const auto revision = ledger.revision(summary.headRevision);
        const auto decision = revision ? Decision::fromPayload(revision->payload) : std::nullopt;
        if (decision) {
            m_byRequest[decision->requestId].append({*decision, *revision});
        }
    }
    for (QList<Found> &found : m_byRequest) {
        std::sort(found.begin(), found.end(),
                  [](const Found &a, const Found &b) { return a.revision.created < b.revision.created; });
    }
}

QList<StepDecision> DecisionBook::on(const QString &requestId, const ledger::Revision &requestRevision,
                                     const Request &request) const
{
    QList<StepDecision> result;
    for (const Found &found : m_byRequest.value(requestId)) {
        const Decision &decision = found.decision;
        if (decision.requestRevision != requestRevision.id || decision.step < 0 ||
            decision.step >= request.route.size()) {
            continue;
        }
        const PlannedStep &step = request.route.at(decision.step);
        const Authority::Grant grant =
            m_authority.actsFor(step.roleId, request.school, found.revision.authorKey, found.revision.created);
        // One answer a step: a second one (from another holder of the role)
        // does not change the first.
        const bool answered =
            std::any_of(result.begin(), result.end(), [&](const StepDecision &d) { return d.step == decision.step; });
        if (step.roleId != decision.roleId || !grant || answered) {
            continue;
        }
        StepDecision shown;
        shown.step = decision.step;
        shown.action = decision.action;
        shown.comment = decision.comment;
        shown.decisionId = found.revision.recordId;
        shown.byPerson = found.revision.authorId;
        shown.byKey = found.revision.authorKey;
        shown.byName = m_authority.nameOf(found.revision.authorKey);
        if (shown.byName.isEmpty()) {
            shown.byName = found.revision.authorId;
        }
        shown.at = found.revision.created;
        shown.asDesigneeOf = grant.onBehalfOf;
        result.append(shown);
    }
    return result;
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
    const Request request = Request::fromPayload(head->payload);
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
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
    if (stepIndex < 0 && refusal.isEmpty() &&
        (action == Decision::Action::Approve || action == Decision::Action::Acknowledge)) {
        stepIndex = noticeFor(request, decisions, status, book.authority(), now);
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
    for (const ledger::RecordSummary &summary : ledger.records(Request::kKind)) {
        const auto head = ledger.revision(summary.headRevision);
        if (!head) {
            continue;
        }
        const Request request = Request::fromPayload(head->payload);
        const QList<StepDecision> decisions = book.on(summary.recordId, *head, request);
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
            item.requesterName = book.authority().nameOf(head->authorKey);
            if (item.requesterName.isEmpty()) {
                item.requesterName = summary.authorId;
            }
            item.school = request.school;
            item.sentOn = request.sentOn;
            item.sentAt = head->created;
            item.step = int(index);
            item.plannedStep = step;
            item.needsDecision = decide;
            item.asDesigneeOf = grant.onBehalfOf;
            item.regarding = request.regarding;
            item.waitingDays = int(request.sentOn.daysTo(today));
            item.overdue = decide && step.dueBefore.isValid() && step.dueBefore <= today;
            result.append(item);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const QueueItem &a, const QueueItem &b) {
        if (a.needsDecision != b.needsDecision) {
            return a.needsDecision;
        }
        return a.sentOn != b.sentOn ? a.sentOn < b.sentOn : a.sentAt < b.sentAt;
    });
    return result;
}

} // namespace clearline::requests
