// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace clearline::crypto {
class Identity;
}

namespace clearline::retention {

/// Places and releases legal holds, as the pack's records officer.
class HoldFiling
{
    Q_DECLARE_TR_FUNCTIONS(clearline::retention::HoldFiling)

public:
    HoldFiling(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack);

    /// Whether this key may place holds: the pack names a records officer
    /// role (`district.records_officer`) and lists the key as one of its holders.
    static bool mayHold(const policy::Pack &pack, const QByteArray &key);
    /// Why someone may not, in words; empty when they may.
    static QString whyNot(const policy::Pack &pack, const QByteArray &key);

    /// Signs a hold on a record (its id or a unique start of it). Refused,
    /// in words, to someone who is not the records officer, without a
    /// reason, or for a record already held.
    std::optional<ledger::Revision> place(const QString &record, const QString &reason, QString *error);
    /// Releases this officer's standing hold on the record.
    std::optional<ledger::Revision> release(const QString &record, QString *error);

private:
    ledger::Ledger &m_ledger;
    const crypto::Identity &m_identity;
    const policy::Pack &m_pack;
};

} // namespace clearline::retention
