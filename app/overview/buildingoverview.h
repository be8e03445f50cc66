// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "disclosures/disclosurebook.h"
#include "requests/dutybook.h"
#include "requests/requestbook.h"

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QDate>
#include <QList>
#include <QString>

namespace clearline::overview {

/// A staff member of the school, as this profile knows them (their key and
/// school came with something they signed), and whether they have
/// acknowledged this school year's policy.
struct StaffMember
{
    ledger::KnownPerson person;
    bool acknowledged = false;
};

struct OverviewTrip
{
    QString owner;
    disclosures::DisclosureItem item;
};

struct OverviewAccount
{
    QString owner;
    requests::RegisteredAccount account;
};

/// A misuse report: a follow-up request that tells the principal.
struct OverviewReport
{
    QString owner;
    QString recordId;
    QString title;
    QDate sentOn;
};

/// What a principal sees of their school: the duties of its role holders and
/// where each stands, who has acknowledged this year's policy (when the
/// pack asks for it), the trips with a shared number this week, misuse reports this
/// school year, and professional accounts registered.
struct BuildingOverview
{
    QString school; ///< empty: the whole district
    QString schoolYear;
    QDate weekStart;
    QDate weekEnd;
    /// The pack has a duty the acknowledgment does; without one, nobody is
    /// "not yet" acknowledged.
    bool acknowledgmentRequired = false;
    QList<StaffMember> staff;
    QList<requests::DutyItem> duties; ///< of named roles, not each staff member's own
    QList<OverviewTrip> tripsThisWeek;
    QList<OverviewReport> misuseReports;
    QList<OverviewAccount> accounts;

    qsizetype acknowledgedCount() const;

    static BuildingOverview of(const ledger::Ledger &ledger, const policy::Pack &pack, const QString &school,
                               const QDate &today);
};

} // namespace clearline::overview
