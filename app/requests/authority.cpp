// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/authority.h"

#include "requests/routeplan.h"

#include "crypto/digest.h"

#include <QLocale>
#include <QTimeZone>

namespace clearline::requests {

namespace {

bool coversSchool(const policy::Role &role, const Delegation &delegation, const QString &school)
{
    return role.scope != QLatin1String("school") || delegation.school.isEmpty() || school.isEmpty() ||
           delegation.school == school;
}

} // namespace

Authority::Authority(const ledger::Ledger &ledger, const policy::Pack &pack)
    : m_pack(pack)
{
    for (const ledger::KnownPerson &person : ledger.people()) {
        m_knownNames.insert(person.publicKey, person.name);
    }
    for (const ledger::RecordSummary &summary : ledger.records(Delegation::kKind)) {
        const QList<ledger::Revision> revisions = ledger.history(summary.recordId);
        if (revisions.isEmpty()) {
            continue;
        }
        // The terms are the first revision's; later ones can only end it,
        // and only when signed by the same holder.
        const ledger::Revision &first = revisions.constFirst();
        const auto delegation = Delegation::fromPayload(first.payload);
        const policy::Role *role = delegation ? pack.role(delegation->roleId) : nullptr;
        if (!role || !role->designee || delegation->revoked ||
            !holdsRole(pack, delegation->roleId, delegation->school, first.authorKey)) {
            continue;
        }
        DelegationItem item{summary.recordId, *delegation, first.authorId, first.authorKey, first.created, {}, 0};
        for (const ledger::Revision &later : revisions) {
            const auto terms = Delegation::fromPayload(later.payload);
            if (later.authorKey == first.authorKey && terms && terms->revoked) {
                item.revokedAt = later.created;
                item.revocationPosition = ledger.chainPosition(later);
                break;
            }
        }
        m_delegations.append(item);
    }
}

QDate Authority::districtDate(const QDateTime &at) const
{
    const QTimeZone zone(m_pack.district.timezone.toUtf8());
    return at.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone()).date();
}

const DelegationItem *Authority::delegation(const QString &recordId) const
{
    for (const DelegationItem &item : m_delegations) {
        if (item.recordId == recordId) {
            return &item;
        }
    }
    return nullptr;
}

bool Authority::isActive(const DelegationItem &item, const QDateTime &at) const
{
    const QDate day = districtDate(at);
    return day >= item.delegation.from && day <= item.delegation.until &&
           (!item.revokedAt.isValid() || at < item.revokedAt);
}

QString Authority::nameOf(const QByteArray &key) const
{
    for (const policy::Role &role : m_pack.roles) {
        for (const policy::RoleHolder &holder : role.holders) {
            if (holder.key == key) {
                return holder.name;
            }
        }
    }
    return m_knownNames.value(key);
}

Authority::Grant Authority::actsFor(const QString &roleId, const QString &school, const QByteArray &key,
                                    const QDateTime &at) const
{
    if (holdsRole(m_pack, roleId, school, key)) {
        return {true, {}, {}};
    }
    const policy::Role *role = m_pack.role(roleId);
    // A removed holder's decisions signed before the removal still count:
    // removing someone must not undo what they rightly decided.
    if (role && !key.isEmpty()) {
        for (const policy::RoleHolder &holder : role->holders) {
            if (holder.key == key && !holder.isCurrent() && at < holder.until && serves(*role, holder, school)) {
                return {true, {}, {}};
            }
        }
    }
    for (const DelegationItem &item : m_delegations) {
        if (role && item.delegation.roleId == roleId && item.delegation.toKey == key &&
            coversSchool(*role, item.delegation, school) && isActive(item, at)) {
            const QString by = nameOf(item.byKey);
            return {true, item.recordId, by.isEmpty() ? item.byPerson : by};
        }
    }
    return {};
}

QString Authority::refusal(const QString &roleId, const QString &school, const crypto::IdentityInfo &who,
                           const QDateTime &at) const
{
    const policy::Role *role = m_pack.role(roleId);
    if (!role) {
        return tr("Your district's policy has no role \"%1\", so nobody can decide this step.").arg(roleId);
    }
    // Named in the pack, but with another key (or none): district IT must
    // add this profile's key.
    for (const policy::RoleHolder &holder : role->holders) {
        const bool named = (!who.email.isEmpty() && holder.email.compare(who.email, Qt::CaseInsensitive) == 0) ||
                           (holder.email.isEmpty() && holder.name.compare(who.name, Qt::CaseInsensitive) == 0);
        if (named && serves(*role, holder, school) && holder.key != who.publicKey) {
            return tr("Your district's policy names you as %1, but not with the key this profile signs with "
                      "(fingerprint %2). Ask district IT to put that fingerprint in the policy pack; until then "
                      "ClearLine cannot accept your decision.")
                .arg(role->title, crypto::fingerprint(who.publicKey));
        }
    }
    for (const DelegationItem &item : m_delegations) {
        if (item.delegation.roleId != roleId || item.delegation.toKey != who.publicKey ||
            !coversSchool(*role, item.delegation, school)) {
            continue;
        }
        const QString by = nameOf(item.byKey);
        if (item.revokedAt.isValid() && item.revokedAt <= at) {
            return tr("%1 named you designee for the %2, but ended that delegation on %3. You cannot act for "
                      "the role now.")
                .arg(by, role->title, QLocale().toString(districtDate(item.revokedAt), QLocale::ShortFormat));
        }
        const QDate day = districtDate(at);
        if (day > item.delegation.until) {
            return tr("%1 named you designee for the %2 until %3. That delegation has ended, so you cannot act "
                      "for the role now.")
                .arg(by, role->title, QLocale().toString(item.delegation.until, QLocale::ShortFormat));
        }
        if (day < item.delegation.from) {
            return tr("%1 named you designee for the %2 from %3. You can act for the role from that day.")
                .arg(by, role->title, QLocale().toString(item.delegation.from, QLocale::ShortFormat));
        }
    }
    return tr("This step is for the %1. Your district's policy does not list you for that role, and nobody who "
              "holds it has named you as designee, so ClearLine cannot accept your decision.")
        .arg(role->title);
}

} // namespace clearline::requests
