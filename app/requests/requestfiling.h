// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/requestform.h"

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace clearline::crypto {
class Identity;
}

namespace clearline::requests {

/// Writes a person's requests into the ledger: drafts as they type, the
/// signed request when they send it, and later revisions that correct or
/// withdraw it. Nothing is ever erased.
class RequestFiling
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::RequestFiling)

public:
    RequestFiling(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack);

    /// Saves the form as a draft (a new one when draftId is empty); returns
    /// its id. A draft is not signed, so no identity is needed.
    static std::optional<QString> saveDraft(ledger::Ledger &ledger, const RequestForm &form, const QString &draftId,
                                            QString *error);
    /// Checks the form, works out its route and signs it into the ledger,
    /// discarding the draft it came from.
    std::optional<ledger::Revision> send(const RequestForm &form, const QString &draftId, const QDate &today,
                                         QString *error);
    /// A new revision of a sent request with corrected answers; the route is
    /// worked out again.
    std::optional<ledger::Revision> correct(const QString &recordId, const RequestForm &form, const QString &reason,
                                            const QDate &today, QString *error);
    /// A new revision that takes the request back.
    std::optional<ledger::Revision> withdraw(const QString &recordId, const QString &reason, QString *error);
    /// Signs this school year's acknowledgment of the policy.
    std::optional<ledger::Revision> acknowledge(const QDate &today, QString *error);

private:
    /// Why the form cannot be sent before another request is approved, in
    /// words; empty when it can.
    QString missingApproval(const RequestForm &form, const QDate &today) const;
    std::optional<QJsonObject> payloadFor(const RequestForm &form, const QDate &today, QString *error) const;
    /// The record's current revision, when it is this person's request.
    std::optional<ledger::Revision> ownRequest(const QString &recordId, QString *error) const;

    ledger::Ledger &m_ledger;
    const crypto::Identity &m_identity;
    const policy::Pack &m_pack;
};

/// Today in the district's time zone: the date requests are sent on.
QDate districtToday(const policy::Pack &pack);

} // namespace clearline::requests
