// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/delegation.h"

#include "crypto/identity.h"
#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace clearline::requests {

/// Who may act in a role at a school at a given moment: the people the
/// pack lists for the role, with their keys, and the designees they named
/// for a period that covers that moment.
class Authority
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::Authority)

public:
    Authority(const ledger::Ledger &ledger, const policy::Pack &pack);

    struct Grant
    {
        bool granted = false;
        QString delegationId; ///< set when the key acts as a designee
        QString onBehalfOf;   ///< the role holder who named the designee
        explicit operator bool() const { return granted; }
    };

    Grant actsFor(const QString &roleId, const QString &school, const QByteArray &key, const QDateTime &at) const;

    /// Why this person may not act in the role at `at`, in words they
    /// understand: a key the pack does not list, a delegation that ended,
    /// or a role they do not hold.
    QString refusal(const QString &roleId, const QString &school, const crypto::IdentityInfo &who,
                    const QDateTime &at) const;

    /// Every delegation the ledger holds that was made by someone the pack
    /// lists for the role: void ones (made by anyone else) are left out.
    const QList<DelegationItem> &delegations() const { return m_delegations; }
    const DelegationItem *delegation(const QString &recordId) const;
    /// The name the pack gives the holder of this key, else the name kept
    /// with the key in the ledger, else an empty string.
    QString nameOf(const QByteArray &key) const;
    /// The district's date of a moment.
    QDate districtDate(const QDateTime &at) const;

    bool isActive(const DelegationItem &item, const QDateTime &at) const;

private:
    const policy::Pack &m_pack;
    QList<DelegationItem> m_delegations;
    QHash<QByteArray, QString> m_knownNames; ///< from the ledger's keys
};

} // namespace clearline::requests
