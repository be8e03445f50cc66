// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/enrolment.h"

#include "requests/routeplan.h"

#include "crypto/identity.h"

#include <algorithm>

namespace clearline::requests {

const QString Enrolment::kKind = QStringLiteral("enrolment");

QJsonObject Enrolment::toPayload() const
{
    return {{QStringLiteral("title"), QStringLiteral("%1 → %2").arg(name, roleId)},
            {QStringLiteral("name"), name},
            {QStringLiteral("email"), email},
            {QStringLiteral("role"), roleId},
            {QStringLiteral("school"), school},
            {QStringLiteral("key"), QString::fromLatin1(key.toBase64())}};
}

std::optional<Enrolment> Enrolment::fromPayload(const QJsonObject &payload)
{
    Enrolment enrolment;
    enrolment.name = payload.value(QStringLiteral("name")).toString();
    enrolment.email = payload.value(QStringLiteral("email")).toString();
    enrolment.roleId = payload.value(QStringLiteral("role")).toString();
    enrolment.school = payload.value(QStringLiteral("school")).toString();
    enrolment.key = QByteArray::fromBase64(payload.value(QStringLiteral("key")).toString().toLatin1());
    if (enrolment.name.isEmpty() || enrolment.roleId.isEmpty() || enrolment.key.size() != 32) {
        return std::nullopt;
    }
    return enrolment;
}

std::optional<Enrolment> Enrolment::fromRevision(const ledger::Revision &revision)
{
    auto enrolment = revision.kind == kKind ? fromPayload(revision.payload) : std::nullopt;
    if (!enrolment || enrolment->key != revision.authorKey) {
        return std::nullopt;
    }
    return enrolment;
}

QString Enrolment::problem(const policy::Pack &pack, const QString &roleId, const QString &school)
{
    const policy::Role *role = pack.role(roleId);
    if (!role) {
        QStringList ids;
        for (const policy::Role &each : pack.roles) {
            ids.append(each.id);
        }
        return tr("Your district's policy has no role \"%1\". Its roles are: %2.").arg(roleId, ids.join(u", "));
    }
    if (role->scope == QLatin1String("school") && school.isEmpty()) {
        QStringList ids;
        for (const policy::School &each : pack.schools) {
            ids.append(each.id);
        }
        return tr("The %1 is a role at one school: say which with --school (%2).").arg(role->title, ids.join(u", "));
    }
    if (!school.isEmpty() && !pack.school(school)) {
        QStringList ids;
        for (const policy::School &each : pack.schools) {
            ids.append(each.id);
        }
        return tr("Your district's policy has no school \"%1\". Its schools are: %2.").arg(school, ids.join(u", "));
    }
    return {};
}

std::optional<ledger::Revision> Enrolment::file(ledger::Ledger &ledger, const crypto::Identity &identity,
                                                const policy::Pack &pack, const QString &roleId, const QString &school,
                                                QString *error)
{
    *error = problem(pack, roleId, school);
    if (!error->isEmpty()) {
        return std::nullopt;
    }
    const policy::Role *role = pack.role(roleId);
    const QString where = role->scope == QLatin1String("school") ? school : QString();
    if (holdsRole(pack, roleId, where, identity.info().publicKey)) {
        *error = tr("Your district's policy lists you as %1 already, with this profile's key: there is nothing to "
                    "ask.")
                     .arg(role->title);
        return std::nullopt;
    }
    const Enrolment enrolment{identity.info().name, identity.info().email, roleId, where, identity.info().publicKey};
    return ledger.submit(identity, {kKind, {}, {}, {}, enrolment.toPayload(), {}}, error);
}

QStringList Enrolment::waitingRoles(const policy::Pack &pack, const QStringList &roles, const QString &school,
                                    const QByteArray &key)
{
    QStringList waiting;
    for (const QString &roleId : roles) {
        const policy::Role *role = pack.role(roleId);
        if (role && !holdsRole(pack, roleId, role->scope == QLatin1String("school") ? school : QString(), key)) {
            waiting.append(roleId);
        }
    }
    return waiting;
}

QList<std::pair<ledger::Revision, Enrolment>> Enrolment::all(const ledger::Ledger &ledger)
{
    QList<std::pair<ledger::Revision, Enrolment>> found;
    for (const ledger::RecordSummary &summary : ledger.records(kKind)) {
        const std::optional<ledger::Revision> head = ledger.revision(summary.headRevision);
        const std::optional<Enrolment> enrolment = head ? fromRevision(*head) : std::nullopt;
        if (enrolment) {
            found.append({*head, *enrolment});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return a.first.created < b.first.created; });
    return found;
}

QList<Enrolment> Enrolment::pending(const ledger::Ledger &ledger, const policy::Pack &pack, const QByteArray &key)
{
    QList<Enrolment> waiting;
    for (const auto &[revision, enrolment] : all(ledger)) {
        if (enrolment.key == key && pack.role(enrolment.roleId) &&
            !holdsRole(pack, enrolment.roleId, enrolment.school, key)) {
            waiting.append(enrolment);
        }
    }
    return waiting;
}

} // namespace clearline::requests
