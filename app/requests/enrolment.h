// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace clearline::crypto {
class Identity;
}

namespace clearline::requests {

/// A person asks district IT to list them, with their key, as a holder of a
/// role (`clearline enrol`). It is a ledger record signed by the person, so
/// that it travels to district IT with their other records, and a file with
/// the same signed revision can be handed over too (EnrolmentFile). It says
/// nothing about students: every profile may see it (docs/decisions.md).
struct Enrolment
{
    Q_DECLARE_TR_FUNCTIONS(clearline::requests::Enrolment)

public:
    static const QString kKind; ///< "enrolment"

    QString name;
    QString email;
    QString roleId;
    QString school; ///< empty for a district-wide role
    QByteArray key; ///< the key to list: the signer's own

    QJsonObject toPayload() const;
    static std::optional<Enrolment> fromPayload(const QJsonObject &payload);
    /// An enrolment read from a revision: the payload's key must be the
    /// signer's, so nobody can enrol someone else's key.
    static std::optional<Enrolment> fromRevision(const ledger::Revision &revision);

    /// Why this role and school cannot be asked for under the pack, in
    /// words for the person; empty when they can.
    static QString problem(const policy::Pack &pack, const QString &roleId, const QString &school);
    /// Files the enrolment of the identity's person in the ledger.
    static std::optional<ledger::Revision> file(ledger::Ledger &ledger, const crypto::Identity &identity,
                                                const policy::Pack &pack, const QString &roleId, const QString &school,
                                                QString *error);
    /// The roles the pack names the person for (their profile's roles) that
    /// it does not list their key for: what they wait for district IT to do.
    static QStringList waitingRoles(const policy::Pack &pack, const QStringList &roles, const QString &school,
                                    const QByteArray &key);
    /// Every enrolment in the ledger, with the revision that carries it,
    /// newest last: district IT finds them by fingerprint, a person finds
    /// their own that the pack does not answer yet.
    static QList<std::pair<ledger::Revision, Enrolment>> all(const ledger::Ledger &ledger);
    /// The person's own enrolments whose role the pack does not list their key for.
    static QList<Enrolment> pending(const ledger::Ledger &ledger, const policy::Pack &pack, const QByteArray &key);
};

} // namespace clearline::requests
