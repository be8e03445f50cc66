// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/delegation.h"

#include "crypto/identity.h"

namespace clearline::requests {

const QString Delegation::kKind = QStringLiteral("delegation");

QJsonObject Delegation::toPayload() const
{
    QJsonObject payload{{QStringLiteral("title"), QStringLiteral("%1 → %2").arg(roleId, toName)},
                        {QStringLiteral("role"), roleId},
                        {QStringLiteral("school"), school},
                        {QStringLiteral("toPerson"), toPerson},
                        {QStringLiteral("toName"), toName},
                        {QStringLiteral("toKey"), QString::fromLatin1(toKey.toBase64())},
                        {QStringLiteral("from"), from.toString(Qt::ISODate)},
                        {QStringLiteral("until"), until.toString(Qt::ISODate)}};
    if (revoked) {
        payload.insert(QStringLiteral("revoked"), true);
    }
    return payload;
}

std::optional<Delegation> Delegation::fromPayload(const QJsonObject &payload)
{
    Delegation delegation;
    delegation.roleId = payload.value(QStringLiteral("role")).toString();
    delegation.school = payload.value(QStringLiteral("school")).toString();
    delegation.toPerson = payload.value(QStringLiteral("toPerson")).toString();
    delegation.toName = payload.value(QStringLiteral("toName")).toString();
    delegation.toKey = QByteArray::fromBase64(payload.value(QStringLiteral("toKey")).toString().toLatin1());
    delegation.from = QDate::fromString(payload.value(QStringLiteral("from")).toString(), Qt::ISODate);
    delegation.until = QDate::fromString(payload.value(QStringLiteral("until")).toString(), Qt::ISODate);
    delegation.revoked = payload.value(QStringLiteral("revoked")).toBool();
    if (delegation.roleId.isEmpty() || delegation.toKey.isEmpty() || !delegation.from.isValid() ||
        !delegation.until.isValid()) {
        return std::nullopt;
    }
    return delegation;
}

DelegationFiling::DelegationFiling(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack)
    : m_ledger(ledger)
    , m_identity(identity)
    , m_pack(pack)
{}

std::optional<ledger::Revision> DelegationFiling::delegate(const QString &roleId, const ledger::KnownPerson &to,
                                                           const QDate &until, const QDate &today, QString *error)
{
    const policy::Role *role = m_pack.role(roleId);
    if (!role) {
        *error = tr("Your district's policy has no role \"%1\".").arg(roleId);
        return std::nullopt;
    }
    if (!role->designee) {
        *error = tr("Your district's policy does not let the %1 name a designee.").arg(role->title);
        return std::nullopt;
    }
    const QByteArray myKey = m_identity.info().publicKey;
    const auto mine = std::find_if(role->holders.begin(), role->holders.end(),
                                   [&](const policy::RoleHolder &holder) { return holder.key == myKey; });
    if (mine == role->holders.end()) {
        *error = tr("Only someone your district's policy lists as %1, with their key, can name a designee for it. "
                    "It does not list your key.")
                     .arg(role->title);
        return std::nullopt;
    }
    if (to.publicKey.isEmpty()) {
        *error = tr("ClearLine does not have %1's key yet. Import something they signed first.").arg(to.name);
        return std::nullopt;
    }
    if (to.publicKey == myKey) {
        *error = tr("You cannot name yourself as your own designee.");
        return std::nullopt;
    }
    if (!until.isValid() || until < today) {
        *error = tr("The last day of the delegation must be today or later.");
        return std::nullopt;
    }
    if (until > today.addYears(1)) {
        *error = tr("A delegation can last a year at most; name the designee again after that.");
        return std::nullopt;
    }
    Delegation delegation;
    delegation.roleId = roleId;
    delegation.school = role->scope == QLatin1String("school") ? mine->school.id : QString();
    delegation.toPerson = to.personId;
    delegation.toName = to.name;
    delegation.toKey = to.publicKey;
    delegation.from = today;
    delegation.until = until;
    return m_ledger.submit(m_identity, {Delegation::kKind, {}, {}, {}, delegation.toPayload(), {}}, error);
}

std::optional<ledger::Revision> DelegationFiling::revoke(const QString &recordId, const QString &reason, QString *error)
{
    const auto summary = m_ledger.record(recordId);
    const auto head =
        summary && summary->kind == Delegation::kKind ? m_ledger.revision(summary->headRevision) : std::nullopt;
    const auto delegation = head ? Delegation::fromPayload(head->payload) : std::nullopt;
    if (!delegation) {
        *error = tr("There is no delegation %1 in this profile.").arg(recordId);
        return std::nullopt;
    }
    if (head->authorKey != m_identity.info().publicKey) {
        *error = tr("Only the person who named the designee can end the delegation.");
        return std::nullopt;
    }
    if (delegation->revoked) {
        *error = tr("This delegation has already ended.");
        return std::nullopt;
    }
    Delegation ended = *delegation;
    ended.revoked = true;
    const QString why = reason.trimmed().isEmpty() ? tr("Ended early") : reason.trimmed();
    return m_ledger.submit(m_identity, {Delegation::kKind, recordId, head->id, why, ended.toPayload(), {}}, error);
}

QList<ledger::KnownPerson> DelegationFiling::knownPeople(const ledger::Ledger &ledger, const policy::Pack &pack)
{
    QList<ledger::KnownPerson> everyone = ledger.people();
    const auto known = [&](const QByteArray &key) {
        return std::any_of(everyone.begin(), everyone.end(),
                           [&](const ledger::KnownPerson &person) { return person.publicKey == key; });
    };
    for (const policy::Role &role : pack.roles) {
        for (const policy::RoleHolder &holder : role.holders) {
            if (!holder.key.isEmpty() && !known(holder.key)) {
                everyone.append({{}, holder.name, holder.email, holder.school.id, holder.key, QStringLiteral("pack")});
            }
        }
    }
    return everyone;
}

QList<ledger::KnownPerson> DelegationFiling::findPeople(const ledger::Ledger &ledger, const policy::Pack &pack,
                                                        const QString &text)
{
    QList<ledger::KnownPerson> found;
    for (const ledger::KnownPerson &person : knownPeople(ledger, pack)) {
        if (person.isNamedBy(text)) {
            found.append(person);
        }
    }
    return found;
}

} // namespace clearline::requests
