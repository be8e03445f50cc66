// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/decisionstanding.h"

#include "requests/decision.h"
#include "requests/review.h"
#include "requests/trustedroute.h"

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QSet>

namespace clearline::requests {

DecisionStanding::DecisionStanding(const ledger::Ledger &ledger, const policy::Pack &pack)
{
    const DecisionBook book(ledger, pack);
    // Each request revision that decisions answer is sorted once.
    QSet<QString> sorted;
    for (const ledger::RecordSummary &summary : ledger.records(Decision::kKind)) {
        const auto revision = ledger.revision(summary.headRevision);
        const auto decision = revision ? Decision::fromPayload(revision->payload) : std::nullopt;
        if (!decision || sorted.contains(decision->requestRevision)) {
            continue;
        }
        sorted.insert(decision->requestRevision);
        const auto answered = ledger.revision(decision->requestRevision);
        if (!answered || answered->recordId != decision->requestId) {
            continue; // the request is not in this ledger: nothing to count it on
        }
        const Request request = readRequest(pack, answered->payload);
        const DecisionBook::Sorted answers = book.sort(decision->requestId, *answered, request);
        for (const UncountedDecision &uncounted : answers.uncounted) {
            m_uncounted.insert(uncounted.decision.decisionId, tr("does not count: %1").arg(uncounted.why));
        }
    }
}

} // namespace clearline::requests
