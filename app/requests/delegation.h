// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace clearline::crypto {
class Identity;
}

namespace clearline::requests {

/// A role holder names a designee for a period ("principal or designee"),
/// signed into the ledger by the holder. Ending it early is a later
/// revision of the same record that says it is revoked.
struct Delegation
{
    static const QString kKind; ///< "delegation"

    QString roleId;
    QString school; ///< the school the role is held at; empty for a district role
    QString toPerson;
    QString toName;
    QByteArray toKey;
    QDate from;  ///< first day, in the district's time zone
    QDate until; ///< last day, in the district's time zone
    bool revoked = false;

    QJsonObject toPayload() const;
    static std::optional<Delegation> fromPayload(const QJsonObject &payload);
};

/// A delegation as the ledger holds it: who made it, and when it was
/// revoked, if it was.
struct DelegationItem
{
    QString recordId;
    Delegation delegation;
    QString byPerson;
    QByteArray byKey;
    QDateTime madeAt;
    QDateTime revokedAt;           ///< invalid unless revoked
    qint64 revocationPosition = 0; ///< the revocation's place in its signer's chain
};

/// Makes and ends delegations. Only someone the pack itself lists for a
/// role, with their key, can delegate it, and only when the pack says the
/// role has designees.
class DelegationFiling
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::DelegationFiling)

public:
    DelegationFiling(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack);

    std::optional<ledger::Revision> delegate(const QString &roleId, const ledger::KnownPerson &to, const QDate &until,
                                             const QDate &today, QString *error);
    /// Ends a delegation this person made, from now on.
    std::optional<ledger::Revision> revoke(const QString &recordId, const QString &reason, QString *error);

    /// Everyone whose key the ledger or the pack holds, once each.
    static QList<ledger::KnownPerson> knownPeople(const ledger::Ledger &ledger, const policy::Pack &pack);
    /// The people a text names (a name, e-mail, person id or key
    /// fingerprint) among those whose keys the ledger or the pack holds.
    static QList<ledger::KnownPerson> findPeople(const ledger::Ledger &ledger, const policy::Pack &pack,
                                                 const QString &text);

private:
    ledger::Ledger &m_ledger;
    const crypto::Identity &m_identity;
    const policy::Pack &m_pack;
};

} // namespace clearline::requests
