// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/decision.h"
#include "requests/request.h"
#include "requests/requeststatus.h"
#include "requests/reviewchecks.h"

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace clearline::requests {

/// One signature on a request's paper copy: the requester's on each version
/// they sent, and each approver's decision.
struct SheetSignature
{
    QString what; ///< "Sent", "Corrected: …", "Approved", …
    QString name;
    QString role; ///< the role title, or "designee of … for …"
    QDateTime at;
    QString zone; ///< the district's, for showing `at`
    QString fingerprint;
    QString comment;
    int version = 0;      ///< the request version it belongs to, from 1
    bool verified = true; ///< the hash and the signature check out
};

/// Everything an approver reviews and the paper copy files: the request as
/// it was filled, its checklist, the clauses, ClearLine's checks, the route
/// with its decisions, and every signature, from the HTML template in
/// resources/templates/request.html.
class RequestSheet
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::RequestSheet)

public:
    static std::optional<RequestSheet> load(const ledger::Ledger &ledger, const policy::Pack &pack,
                                            const QString &recordId, const QDate &today, QString *error);

    QString recordId;
    Request request;
    RequestStatus status;
    QString requesterName;
    QList<StepDecision> decisions; ///< on the current version
    QList<ReviewCheck> checks;
    QList<SheetSignature> signatures;

    /// The page; clause links are "clause:ID".
    QString html(const policy::Pack &pack) const;

private:
    QString answersHtml(const policy::Pack &pack) const;
    QString routeHtml(const policy::Pack &pack) const;
    QString signaturesHtml() const;
};

} // namespace clearline::requests
