// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/requestbook.h"

#include "requests/review.h"
#include "requests/trustedroute.h"

#include "ledger/ledger.h"

#include <QSet>

#include <algorithm>

namespace clearline::requests {

RequestBook::RequestBook(const ledger::Ledger &ledger, const policy::Pack &pack, QString personId)
    : m_ledger(ledger)
    , m_pack(pack)
    , m_personId(std::move(personId))
{}

RequestBook::RequestBook(const ledger::Ledger &ledger, const policy::Pack &pack, QString personId,
                         std::shared_ptr<const DecisionBook> decisions)
    : m_ledger(ledger)
    , m_pack(pack)
    , m_personId(std::move(personId))
    , m_decisions(std::move(decisions))
{}

const DecisionBook &RequestBook::decisionBook() const
{
    if (!m_decisions) {
        m_decisions = std::make_shared<const DecisionBook>(m_ledger, m_pack);
    }
    return *m_decisions;
}

QList<RequestBook::Sent> RequestBook::sentRequests() const
{
    QList<Sent> result;
    const DecisionBook &decisions = decisionBook();
    // Other people's requests arrive by sync; they are not this person's items.
    for (const auto &[summary, head] : m_ledger.recordsWithHeads(Request::kKind, m_personId)) {
        Request request = readRequest(m_pack, head.payload);
        QList<StepDecision> answers = decisions.on(summary.recordId, head, request);
        result.append({summary, std::move(request), std::move(answers)});
    }
    return result;
}

QList<RequestItem> RequestBook::items(const QDate &today) const
{
    QList<RequestItem> result;
    for (const ledger::Draft &draft : m_ledger.drafts(Request::kKind)) {
        const RequestForm form = RequestForm::fromJson(draft.payload);
        const policy::Procedure *procedure = m_pack.procedure(form.procedureId);
        RequestItem item;
        item.draftId = draft.id;
        item.recordId = draft.recordId;
        item.procedureId = form.procedureId;
        item.title = procedure ? Request::titleFor(*procedure, form) : form.procedureId;
        item.status.state = RequestStatus::State::Draft;
        item.updated = draft.updated;
        result.append(item);
    }
    for (const auto &[summary, request, decisions] : sentRequests()) {
        RequestItem item;
        item.recordId = summary.recordId;
        item.procedureId = request.form.procedureId;
        item.title = summary.title;
        item.status = RequestStatus::of(request, today, decisions);
        item.updated = summary.updated;
        item.revisionCount = summary.revisionCount;
        result.append(item);
    }
    std::stable_sort(result.begin(), result.end(), [](const RequestItem &a, const RequestItem &b) {
        if (a.status.isOpen() != b.status.isOpen()) {
            return a.status.isOpen();
        }
        return a.updated > b.updated;
    });
    return result;
}

std::optional<Request> RequestBook::request(const QString &recordId) const
{
    const auto summary = m_ledger.record(recordId);
    if (!summary || summary->kind != Request::kKind) {
        return std::nullopt;
    }
    const auto head = m_ledger.revision(summary->headRevision);
    return head ? std::optional(readRequest(m_pack, head->payload)) : std::nullopt;
}

std::optional<RequestStatus> RequestBook::status(const QString &recordId, const QDate &today) const
{
    const auto summary = m_ledger.record(recordId);
    const auto head =
        summary && summary->kind == Request::kKind ? m_ledger.revision(summary->headRevision) : std::nullopt;
    if (!head) {
        return std::nullopt;
    }
    const Request request = readRequest(m_pack, head->payload);
    return RequestStatus::of(request, today, decisionBook().on(recordId, *head, request));
}

QList<StepDecision> RequestBook::decisions(const QString &recordId) const
{
    const auto summary = m_ledger.record(recordId);
    const auto head = summary ? m_ledger.revision(summary->headRevision) : std::nullopt;
    if (!head) {
        return {};
    }
    return decisionBook().on(recordId, *head, readRequest(m_pack, head->payload));
}

QList<RegisteredAccount> RequestBook::registry(const QDate &today) const
{
    QList<RegisteredAccount> accounts;
    for (const auto &[summary, request, decisions] : sentRequests()) {
        const policy::Procedure *procedure = m_pack.procedure(request.form.procedureId);
        if (!procedure || !procedure->registers.isSet()) {
            continue;
        }
        const RequestStatus status = RequestStatus::of(request, today, decisions);
        if (status.state != RequestStatus::State::Sent && status.state != RequestStatus::State::Recorded &&
            status.state != RequestStatus::State::Approved) {
            continue; // not in force until its route is done
        }
        accounts.append({summary.recordId, request.form.answer(procedure->registers.platform.id),
                         request.form.answer(procedure->registers.address.id), request.sentOn});
    }
    return accounts;
}

QList<policy::Authorization> RequestBook::authorizations(const QDate &today) const
{
    QList<policy::Authorization> result;
    for (const auto &[summary, request, decisions] : sentRequests()) {
        const policy::Procedure *procedure = m_pack.procedure(request.form.procedureId);
        if (!procedure || !procedure->covers.isSet()) {
            continue;
        }
        const RequestStatus status = RequestStatus::of(request, today, decisions);
        if (status.state != RequestStatus::State::Sent && status.state != RequestStatus::State::Approved) {
            continue; // asked, not yet allowed (or withdrawn, denied, returned)
        }
        const policy::Covers &covers = procedure->covers;
        policy::Authorization authorization;
        authorization.recordId = summary.recordId;
        authorization.title = summary.title;
        authorization.procedureId = procedure->id;
        authorization.channels =
            covers.channelField.isSet() ? QStringList{request.form.answer(covers.channelField.id)} : covers.channels;
        const QString audience =
            covers.audienceField.isSet() ? request.form.answer(covers.audienceField.id) : covers.audience;
        authorization.audiences = audience == QLatin1String("students-and-parents")
                                      ? QStringList{QStringLiteral("students"), QStringLiteral("parents")}
                                      : QStringList{audience};
        // Without a first-day field the request allows from the day it was sent.
        authorization.from =
            covers.from.isSet() ? QDate::fromString(request.form.answer(covers.from.id), Qt::ISODate) : request.sentOn;
        authorization.to = covers.to.isSet()     ? QDate::fromString(request.form.answer(covers.to.id), Qt::ISODate)
                           : covers.from.isSet() ? authorization.from
                                                 : QDate();
        if (covers.to.isSet() && !authorization.to.isValid()) {
            authorization.to = authorization.from; // an unanswered last day: the first day only
        }
        authorization.conditions = covers.conditions;
        authorization.exception = covers.exception;
        result.append(authorization);
    }
    return result;
}

namespace {

/// The follow-on's form: the answers of fields the two procedures share by
/// id and type, so nothing asked once is asked again.
FollowOn followOnOf(const policy::Pack &pack, const QString &recordId, const QString &title, const Request &request,
                    const policy::Procedure &next)
{
    FollowOn followOn{recordId, title, next.id, policy::localizedText(next.title), {}};
    followOn.form.procedureId = next.id;
    followOn.form.follows = recordId;
    const policy::Procedure *approved = pack.procedure(request.form.procedureId);
    for (const policy::Field &field : next.fields) {
        const policy::Field *same = approved ? approved->field(field.id) : nullptr;
        const QString answer = request.form.answer(field.id);
        if (same && same->type == field.type && !answer.isEmpty()) {
            followOn.form.answers.insert(field.id, answer);
        }
    }
    return followOn;
}

} // namespace

std::optional<FollowOn> RequestBook::followOn(const QString &recordId, const QDate &today) const
{
    for (const auto &[summary, request, decisions] : sentRequests()) {
        if (summary.recordId != recordId) {
            continue;
        }
        const policy::Procedure *procedure = m_pack.procedure(request.form.procedureId);
        const policy::Procedure *next = procedure ? m_pack.procedure(procedure->then.id) : nullptr;
        if (!next || RequestStatus::of(request, today, decisions).state != RequestStatus::State::Approved) {
            return std::nullopt;
        }
        return followOnOf(m_pack, summary.recordId, summary.title, request, *next);
    }
    return std::nullopt;
}

QList<FollowOn> RequestBook::followOns(const QDate &today) const
{
    const QList<Sent> sent = sentRequests();
    QSet<QString> begun;
    for (const Sent &item : sent) {
        if (item.request.standing != Request::Standing::Withdrawn && !item.request.form.follows.isEmpty()) {
            begun.insert(item.request.form.follows);
        }
    }
    for (const ledger::Draft &draft : m_ledger.drafts(Request::kKind)) {
        if (const QString follows = RequestForm::fromJson(draft.payload).follows; !follows.isEmpty()) {
            begun.insert(follows);
        }
    }
    QList<FollowOn> result;
    for (const auto &[summary, request, decisions] : sent) {
        const policy::Procedure *procedure = m_pack.procedure(request.form.procedureId);
        const policy::Procedure *next = procedure ? m_pack.procedure(procedure->then.id) : nullptr;
        if (!next || begun.contains(summary.recordId) ||
            RequestStatus::of(request, today, decisions).state != RequestStatus::State::Approved) {
            continue;
        }
        result.append(followOnOf(m_pack, summary.recordId, summary.title, request, *next));
    }
    return result;
}

QList<Acknowledgment> RequestBook::acknowledgments() const
{
    QList<Acknowledgment> result;
    for (const auto &[summary, head] : m_ledger.recordsWithHeads(Acknowledgment::kKind, m_personId)) {
        result.append(Acknowledgment::fromPayload(head.payload));
    }
    return result;
}

} // namespace clearline::requests
