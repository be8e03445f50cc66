// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/acknowledgment.h"
#include "requests/request.h"
#include "requests/requeststatus.h"

#include "ledger/ledger.h"
#include "policy/authorization.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace clearline::requests {

class DecisionBook;

/// One line of a person's own requests: a draft or a sent request.
struct RequestItem
{
    QString recordId; ///< empty for a draft
    QString draftId;  ///< empty for a sent request
    QString procedureId;
    QString title;
    RequestStatus status;
    QDateTime updated;
    int revisionCount = 0;
};

/// A professional account the person registered (policies/README.md,
/// `registers`).
struct RegisteredAccount
{
    QString recordId;
    QString platform;
    QString address;
    QDate since;
};

/// The next request the policy asks for once one is approved (policies/
/// README.md, `then`), with the answers it shares with the approved one.
struct FollowOn
{
    QString followsRecordId; ///< the approved request
    QString followsTitle;
    QString procedureId; ///< what to send next
    QString title;       ///< the procedure's title
    RequestForm form;    ///< pre-filled from the approved request
};

/// A person's own requests, acknowledgments and registered accounts, read
/// from the ledger and judged against the district's pack.
class RequestBook
{
public:
    RequestBook(const ledger::Ledger &ledger, const policy::Pack &pack, QString personId);
    /// With the decisions of the whole ledger read once already: a school's
    /// overview makes one book per person and shares one DecisionBook.
    RequestBook(const ledger::Ledger &ledger, const policy::Pack &pack, QString personId,
                std::shared_ptr<const DecisionBook> decisions);

    /// Drafts and sent requests; open ones first, each group newest first.
    QList<RequestItem> items(const QDate &today) const;
    std::optional<Request> request(const QString &recordId) const;
    /// Where a request stands today, with the decisions that count on it.
    std::optional<RequestStatus> status(const QString &recordId, const QDate &today) const;
    /// The decisions that count on a request's current revision.
    QList<StepDecision> decisions(const QString &recordId) const;
    QList<RegisteredAccount> registry(const QDate &today) const;
    /// What the person's requests in force allow (policies/README.md,
    /// `covers`): approved ones, and sent ones whose route only informs.
    QList<policy::Authorization> authorizations(const QDate &today) const;
    /// Follow-ons of the person's approved requests not yet begun (no draft
    /// or standing request continues them).
    QList<FollowOn> followOns(const QDate &today) const;
    /// The form a follow-on of the approved request starts from; nullopt when
    /// the request is not the person's, has no `then`, or is not approved.
    std::optional<FollowOn> followOn(const QString &recordId, const QDate &today) const;
    QList<Acknowledgment> acknowledgments() const;

private:
    struct Sent
    {
        ledger::RecordSummary summary;
        Request request;
        QList<StepDecision> decisions;
    };
    QList<Sent> sentRequests() const;
    /// Every decision of the ledger, read on first use and kept.
    const DecisionBook &decisionBook() const;

    const ledger::Ledger &m_ledger;
    const policy::Pack &m_pack;
    QString m_personId;
    mutable std::shared_ptr<const DecisionBook> m_decisions;
};

} // namespace clearline::requests
