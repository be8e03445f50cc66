// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/audience.h"

#include "contacts/concern.h"
#include "contacts/contactentry.h"
#include "disclosures/disclosure.h"
#include "notices/noticehandout.h"
#include "requests/acknowledgment.h"
#include "requests/authority.h"
#include "requests/decision.h"
#include "requests/delegation.h"
#include "requests/duty.h"
#include "requests/request.h"
#include "requests/routeplan.h"
#include "requests/trustedroute.h"
#include "retention/legalhold.h"

#include "ledger/ledger.h"
#include "ledger/memo.h"
#include "policy/pack.h"

namespace clearline::audience {

namespace {

// A record refers to another (a decision to its request, a follow-on to
// what it follows); a loop of references must not recurse for ever.
constexpr int kMaxDepth = 4;

void addRole(QStringList &roles, const QString &roleId)
{
    if (!roleId.isEmpty() && !roles.contains(roleId)) {
        roles.append(roleId);
    }
}

} // namespace

bool AudienceBook::forEveryone(const QString &kind)
{
    // By value, not through the kKind constants of other files, whose
    // order of initialization a static here could not rely on.
    return kind == QLatin1String("delegation") || kind == QLatin1String("key-handover");
}

AudienceBook::AudienceBook(const ledger::Ledger &ledger, const policy::Pack &pack, const QDateTime &now)
    : m_ledger(ledger)
    , m_pack(pack)
    , m_now(now)
    , m_authority(std::make_unique<requests::Authority>(ledger, pack))
{
    for (const ledger::KnownPerson &person : ledger.people()) {
        m_schools.insert(person.publicKey, person.school);
    }
    // The pack's word on where its holders serve wins over what they said.
    for (const policy::Role &role : pack.roles) {
        for (const policy::RoleHolder &holder : role.holders) {
            if (!holder.key.isEmpty() && holder.school.isSet()) {
                m_schools.insert(holder.key, holder.school.id);
            }
        }
    }
}

AudienceBook::~AudienceBook() = default;

QString AudienceBook::schoolOf(const QByteArray &key) const
{
    return m_schools.value(key);
}

void AudienceBook::addRoleHolders(Audience &audience, const QString &roleId, const QString &school, bool withDesignees)
{
    const policy::Role *role = m_pack.role(roleId);
    if (!role) {
        return;
    }
    addRole(audience.roles, roleId);
    for (const policy::RoleHolder &holder : role->holders) {
        // The same holders the route names (a request from someone of no
        // school is routed to every holder), so that whoever must act sees it.
        if (!holder.key.isEmpty() && requests::serves(*role, holder, school)) {
            audience.people.insert(holder.key);
        }
    }
    if (!withDesignees || !role->designee) {
        return;
    }
    for (const requests::DelegationItem &item : m_authority->delegations()) {
        const requests::Delegation &delegation = item.delegation;
        // As Authority judges who may act for the role at the school.
        const bool atSchool = role->scope != QLatin1String("school") || delegation.school.isEmpty() ||
                              school.isEmpty() || delegation.school == school;
        if (delegation.roleId == roleId && atSchool && !delegation.toKey.isEmpty() &&
            m_authority->isActive(item, m_now)) {
            audience.people.insert(delegation.toKey);
            audience.designees.insert(delegation.toKey, roleId);
        }
    }
}

void AudienceBook::addRecordsAccess(Audience &audience) const
{
    for (const policy::Ref &ref : m_pack.district.recordsAccess) {
        audience.recordsAccess.append(ref.id);
        if (const policy::Role *role = m_pack.role(ref.id)) {
            for (const policy::RoleHolder &holder : role->holders) {
                if (!holder.key.isEmpty()) {
                    audience.people.insert(holder.key);
                }
            }
        }
    }
}

void AudienceBook::addRouteOf(Audience &audience, const QJsonObject &requestPayload, bool exactly)
{
    const requests::Request request = requests::readRequest(m_pack, requestPayload);
    const policy::Procedure *procedure = m_pack.procedure(request.form.procedureId);
    if (!procedure) {
        return; // not in this pack: nobody is routed, so nobody else sees it
    }
    const QString school = requests::routeSchool(*procedure, request.form, request.school);
    for (const requests::PlannedStep &step : request.route) {
        addRoleHolders(audience, step.roleId, school, true);
    }
    if (exactly) {
        return;
    }
    // A follow-on continues an approved request: who saw that one sees this.
    if (!request.form.follows.isEmpty()) {
        if (const std::optional<Audience> followed = recordAudience(request.form.follows, kMaxDepth - 1)) {
            audience.people.unite(followed->people);
            for (const QString &role : followed->roles) {
                addRole(audience.roles, role);
            }
        }
    }
}

Audience AudienceBook::of(const ledger::Revision &revision)
{
    if (revision.withheld) {
        Audience audience;
        audience.basis = QStringLiteral("withheld");
        audience.author = revision.authorKey;
        audience.people.insert(revision.authorKey);
        return audience;
    }
    return compute(revision, 0);
}

std::optional<Audience> AudienceBook::ofRecord(const QString &recordId)
{
    return recordAudience(recordId, 0);
}

std::optional<Audience> AudienceBook::recordAudience(const QString &recordId, int depth)
{
    if (const auto known = m_byRecord.constFind(recordId); known != m_byRecord.cend()) {
        return *known;
    }
    if (depth >= kMaxDepth) {
        return std::nullopt;
    }
    const std::optional<ledger::RecordSummary> summary = m_ledger.record(recordId);
    const std::optional<ledger::Revision> head =
        summary ? m_ledger.revision(summary->headRevision) : std::optional<ledger::Revision>();
    if (!head) {
        return std::nullopt;
    }
    const Audience audience = compute(*head, depth);
    m_byRecord.insert(recordId, audience);
    return audience;
}

Audience AudienceBook::compute(const ledger::Revision &revision, int depth)
{
    Audience audience;
    audience.author = revision.authorKey;
    audience.people.insert(revision.authorKey);
    const QString &kind = revision.kind;
    const QJsonObject &payload = revision.payload;
    bool recordsAccess = true;

    // Another record's audience, for records that belong to it.
    const auto inherit = [&](const QString &recordId) {
        if (recordId.isEmpty()) {
            return false;
        }
        const std::optional<Audience> of = recordAudience(recordId, depth + 1);
        if (!of) {
            return false;
        }
        audience.people.unite(of->people);
        if (of->basis == QLatin1String("reporting-route")) {
            // What belongs to a report about a student goes where it went.
            audience.basis = of->basis;
            recordsAccess = false;
        }
        for (auto it = of->designees.begin(); it != of->designees.end(); ++it) {
            audience.designees.insert(it.key(), it.value());
        }
        for (const QString &role : of->roles) {
            addRole(audience.roles, role);
        }
        return true;
    };

    if (forEveryone(kind)) {
        audience.basis = QStringLiteral("everyone");
        audience.everyone = true;
    } else if (kind == requests::Request::kKind) {
        const requests::Request request = requests::Request::fromPayload(payload);
        const bool report =
            !request.followUp.isEmpty() || (m_pack.district.reportingProcedure.isSet() &&
                                            request.form.procedureId == m_pack.district.reportingProcedure.id);
        // A report about a student (at risk, misuse of a number) goes to the
        // people its route tells, nobody else: not the records-access roles.
        audience.basis = report ? QStringLiteral("reporting-route") : QStringLiteral("route");
        recordsAccess = !report;
        addRouteOf(audience, payload, report);
    } else if (kind == requests::Decision::kKind) {
        audience.basis = QStringLiteral("route");
        const std::optional<requests::Decision> decision = requests::Decision::fromPayload(payload);
        inherit(decision ? decision->requestId : QString());
    } else if (kind == notices::NoticeHandout::kKind) {
        audience.basis = QStringLiteral("route");
        inherit(notices::NoticeHandout::fromPayload(payload).regarding);
    } else if (kind == disclosures::Disclosure::kKind) {
        audience.basis = QStringLiteral("route");
        const disclosures::Disclosure disclosure = disclosures::Disclosure::fromPayload(payload);
        inherit(disclosure.authorizationRequest);
        // Without an approval, whoever the procedure that goes with the
        // number would route it to (the building's principal) still sees
        // the trip (the building overview lists this week's trips).
        if (const policy::Procedure *procedure = m_pack.procedure(disclosure.policy.procedureId)) {
            const QString school =
                disclosure.trip.school.isEmpty() ? schoolOf(revision.authorKey) : disclosure.trip.school;
            for (const policy::RouteStage &stage : procedure->route) {
                for (const policy::RouteStep &step : stage.steps) {
                    addRoleHolders(audience, step.role.id, school, true);
                }
            }
        }
    } else if (kind == contacts::Concern::kKind) {
        audience.basis = QStringLiteral("reporting-route");
        recordsAccess = false;
        if (const policy::Procedure *procedure = m_pack.procedure(m_pack.district.reportingProcedure.id)) {
            const QString school = schoolOf(revision.authorKey);
            for (const policy::RouteStage &stage : procedure->route) {
                for (const policy::RouteStep &step : stage.steps) {
                    addRoleHolders(audience, step.role.id, school, true);
                }
            }
        }
    } else if (kind == retention::LegalHold::kKind) {
        audience.basis = QStringLiteral("records-officer");
        if (m_pack.district.recordsOfficer.isSet()) {
            addRoleHolders(audience, m_pack.district.recordsOfficer.id, QString(), false);
        }
    } else if (kind == requests::DutyDone::kKind || kind == requests::Acknowledgment::kKind) {
        // The pack says who does a duty, not whom it reports to; those who
        // see the building's overview (the holders of the roles on its
        // routes at the author's school) and a named-role duty's co-holders
        // (one holder does it for all) see it.
        audience.basis = QStringLiteral("duty");
        const QString school = schoolOf(revision.authorKey);
        if (kind == requests::DutyDone::kKind) {
            if (const policy::Duty *duty =
                    requests::findDuty(m_pack, requests::DutyDone::fromPayload(payload).dutyId)) {
                for (const policy::Ref &role : duty->roles) {
                    addRoleHolders(audience, role.id, school, false);
                }
            }
        }
        for (const policy::Procedure &procedure : m_pack.procedures) {
            for (const policy::RouteStage &stage : procedure.route) {
                for (const policy::RouteStep &step : stage.steps) {
                    addRoleHolders(audience, step.role.id, school, false);
                }
            }
        }
    } else if (kind == contacts::ContactEntry::kKind) {
        // A contact is its author's, unless the rule that decided it asked
        // them to tell a role (a notify to-do): those people, at the author's
        // school, were meant to learn of it.
        audience.basis = QStringLiteral("author-only");
        for (const contacts::ContactToDoItem &toDo :
             contacts::toDosFromJson(payload.value(QStringLiteral("toDo")).toArray())) {
            if (toDo.action == QLatin1String("notify") && !toDo.role.isEmpty()) {
                audience.basis = QStringLiteral("author-and-notified");
                addRoleHolders(audience, toDo.role, schoolOf(revision.authorKey), false);
            }
        }
    } else if (kind == ledger::Memo::kKind) {
        audience.basis = QStringLiteral("author-only");
    } else {
        // A kind this version does not know (from a newer ClearLine): fail
        // closed, to its author and the records-access roles only.
        audience.basis = QStringLiteral("unknown-kind");
    }
    if (recordsAccess) {
        addRecordsAccess(audience);
    }
    return audience;
}

QList<AudienceMember> AudienceBook::members(const Audience &audience) const
{
    QHash<QByteArray, AudienceMember> byKey;
    QList<QByteArray> order{audience.author};
    const auto member = [&](const QByteArray &key) -> AudienceMember & {
        if (!byKey.contains(key)) {
            const QString name = m_authority->nameOf(key);
            byKey.insert(key, {name.isEmpty() ? tr("Someone this profile has not met") : name, {}, key});
            if (!order.contains(key)) {
                order.append(key);
            }
        }
        return byKey[key];
    };
    member(audience.author).roles.append(tr("wrote it"));
    for (const policy::Role &role : m_pack.roles) {
        const bool listed = audience.roles.contains(role.id) || audience.recordsAccess.contains(role.id);
        for (const policy::RoleHolder &holder : role.holders) {
            if (listed && !holder.key.isEmpty() && audience.people.contains(holder.key)) {
                AudienceMember &who = member(holder.key);
                if (!who.roles.contains(role.title)) {
                    who.roles.append(role.title);
                }
            }
        }
    }
    for (auto it = audience.designees.begin(); it != audience.designees.end(); ++it) {
        const policy::Role *role = m_pack.role(it.value());
        member(it.key()).roles.append(tr("designee of %1").arg(role ? role->title : it.value()));
    }
    for (const QByteArray &key : audience.people) {
        member(key);
    }
    QList<AudienceMember> result;
    for (const QByteArray &key : std::as_const(order)) {
        result.append(byKey.value(key));
    }
    return result;
}

QString AudienceBook::describe(const Audience &audience) const
{
    if (audience.everyone) {
        return tr("Everyone in the district");
    }
    QStringList parts;
    for (const AudienceMember &member : members(audience)) {
        parts.append(member.roles.isEmpty() ? member.name
                                            : tr("%1 (%2)").arg(member.name, member.roles.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace clearline::audience
