// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

/// Signs that a person did one of the pack's duties for this period.
class DutyFiling
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::DutyFiling)

public:
    DutyFiling(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack);

    /// Refused, in words, for a duty the pack does not have, one the person
    /// does not hold, the duty the acknowledgment does, or one already done
    /// for this period.
    std::optional<ledger::Revision> markDone(const QString &dutyId, const QString &note, const QDate &today,
                                             QString *error);

private:
    ledger::Ledger &m_ledger;
    const crypto::Identity &m_identity;
    const policy::Pack &m_pack;
};

} // namespace clearline::requests
