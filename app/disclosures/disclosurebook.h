// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "disclosures/disclosure.h"
#include "disclosures/disclosurestatus.h"
#include "requests/requestbook.h"

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace clearline::disclosures {

/// One line of a person's disclosures.
struct DisclosureItem
{
    QString recordId;
    Disclosure disclosure;
    DisclosureStatus status;
    QDateTime updated;
};

/// A person's own trip disclosures, judged for today.
class DisclosureBook
{
public:
    DisclosureBook(const ledger::Ledger &ledger, const policy::Pack &pack, QString personId);
    /// With the decisions of the whole ledger read once already (a school's
    /// overview shares one among all its people).
    DisclosureBook(const ledger::Ledger &ledger, const policy::Pack &pack, QString personId,
                   std::shared_ptr<const requests::DecisionBook> decisions);

    /// Those that need attention first (to ask, to close, overdue), then
    /// open ones by the trip's start, then closed ones, newest first.
    QList<DisclosureItem> items(const QDate &today) const;
    std::optional<DisclosureItem> item(const QString &recordId, const QDate &today) const;
    DisclosureStatus status(const Disclosure &disclosure, const QDate &today) const;

private:
    const ledger::Ledger &m_ledger;
    const policy::Pack &m_pack;
    QString m_personId;
    /// The person's requests, for the authorization a trip names; it reads
    /// the ledger's decisions once, on first use.
    requests::RequestBook m_requests;
};

} // namespace clearline::disclosures
