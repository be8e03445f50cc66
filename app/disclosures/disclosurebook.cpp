// SPDX-License-Identifier: GPL-3.0-or-later
#include "disclosures/disclosurebook.h"

#include "requests/review.h"

#include <algorithm>

namespace clearline::disclosures {

DisclosureBook::DisclosureBook(const ledger::Ledger &ledger, const policy::Pack &pack, QString personId)
    : m_ledger(ledger)
    , m_pack(pack)
    , m_personId(std::move(personId))
    , m_requests(ledger, pack, m_personId)
{}

DisclosureBook::DisclosureBook(const ledger::Ledger &ledger, const policy::Pack &pack, QString personId,
                               std::shared_ptr<const requests::DecisionBook> decisions)
    : m_ledger(ledger)
    , m_pack(pack)
    , m_personId(std::move(personId))
    , m_requests(ledger, pack, m_personId, std::move(decisions))
{}

DisclosureStatus DisclosureBook::status(const Disclosure &disclosure, const QDate &today) const
{
    std::optional<requests::RequestStatus> authorization;
    if (!disclosure.authorizationRequest.isEmpty()) {
        authorization = m_requests.status(disclosure.authorizationRequest, today);
    }
    return DisclosureStatus::of(disclosure, authorization, today);
}

std::optional<DisclosureItem> DisclosureBook::item(const QString &recordId, const QDate &today) const
{
    const auto summary = m_ledger.record(recordId);
    const auto head =
        summary && summary->kind == Disclosure::kKind ? m_ledger.revision(summary->headRevision) : std::nullopt;
    if (!head) {
        return std::nullopt;
    }
    const Disclosure disclosure = Disclosure::fromPayload(head->payload);
    return DisclosureItem{recordId, disclosure, status(disclosure, today), summary->updated};
}

QList<DisclosureItem> DisclosureBook::items(const QDate &today) const
{
    QList<DisclosureItem> result;
    for (const auto &[summary, head] : m_ledger.recordsWithHeads(Disclosure::kKind, m_personId)) {
        const Disclosure disclosure = Disclosure::fromPayload(head.payload);
        result.append(DisclosureItem{summary.recordId, disclosure, status(disclosure, today), summary.updated});
    }
    const auto rank = [](const DisclosureItem &item) {
        if (item.status.needsAttention()) {
            return 0;
        }
        return item.status.state == DisclosureStatus::State::Closed ? 2 : 1;
    };
    std::stable_sort(result.begin(), result.end(), [&](const DisclosureItem &a, const DisclosureItem &b) {
        if (rank(a) != rank(b)) {
            return rank(a) < rank(b);
        }
        if (rank(a) == 2) {
            return a.updated > b.updated;
        }
        return a.disclosure.trip.start < b.disclosure.trip.start;
    });
    return result;
}

} // namespace clearline::disclosures
