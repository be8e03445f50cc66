// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace clearline::ledger {
class Ledger;
struct Revision;
} // namespace clearline::ledger
namespace clearline::policy {
struct Pack;
}
namespace clearline::requests {
class Authority;
}

namespace clearline::audience {

/// Who may see a record (docs/privacy.md has the table). Worked out from
/// the signed pack and what the ledger knows, never from the record's
/// sender: a sender cannot widen or narrow who sees what it signed.
struct Audience
{
    /// Why these people, for the record's page: "route", "reporting-route",
    /// "author-only", "records-officer", "duty", "everyone", "unknown-kind".
    QString basis;
    bool everyone = false;   ///< records everyone needs to judge authority (no student information)
    QByteArray author;       ///< the key that signed the record
    QSet<QByteArray> people; ///< the author and everyone the record is for (records access included)
    /// Designees among people: key → the role they stand in for.
    QHash<QByteArray, QString> designees;
    /// Role ids whose holders see it because of the record (route, reporting
    /// route, records officer), in route order, once each.
    QStringList roles;
    /// Role ids the pack grants records access (district.records_access).
    QStringList recordsAccess;

    bool contains(const QByteArray &key) const { return everyone || people.contains(key); }
};

/// One person of an audience as people read it: "Dana Reyes, Principal".
struct AudienceMember
{
    QString name;
    QStringList roles; ///< role titles, "designee of Principal" included
    QByteArray key;
};

/// Works out the audience of records for one ledger under its trusted pack.
/// Build one per export or page: it reads the ledger's delegations once,
/// and remembers each record it has worked out.
class AudienceBook
{
    Q_DECLARE_TR_FUNCTIONS(clearline::audience::AudienceBook)

public:
    /// `now` decides which delegations are in force (a designee sees a
    /// route's records while their delegation lasts).
    AudienceBook(const ledger::Ledger &ledger, const policy::Pack &pack, const QDateTime &now);
    ~AudienceBook();
    AudienceBook(const AudienceBook &) = delete;
    AudienceBook &operator=(const AudienceBook &) = delete;

    /// The audience of a record by its current revision (kind, payload and
    /// author). A withheld stub has none but its author.
    Audience of(const ledger::Revision &revision);
    /// The audience of a record the ledger holds, by its id; nothing when
    /// the ledger does not hold it.
    std::optional<Audience> ofRecord(const QString &recordId);
    /// The people of an audience with their names and roles, the author
    /// first, for "Who can see this".
    QList<AudienceMember> members(const Audience &audience) const;
    /// "Everyone in the district" or "Ana Teacher (author); Dana Reyes,
    /// Principal; …", in one line.
    QString describe(const Audience &audience) const;

    /// Whether everyone may see records of a kind: they carry no student
    /// information and others need them to judge authority (delegations,
    /// key hand-overs).
    static bool forEveryone(const QString &kind);

private:
    Audience compute(const ledger::Revision &revision, int depth);
    std::optional<Audience> recordAudience(const QString &recordId, int depth);
    void addRouteOf(Audience &audience, const QJsonObject &requestPayload, bool exactly);
    void addRoleHolders(Audience &audience, const QString &roleId, const QString &school, bool withDesignees);
    void addRecordsAccess(Audience &audience) const;
    QString schoolOf(const QByteArray &key) const;

    const ledger::Ledger &m_ledger;
    const policy::Pack &m_pack;
    QDateTime m_now;
    std::unique_ptr<requests::Authority> m_authority;
    QHash<QByteArray, QString> m_schools; ///< key → school, from the pack's holders and the ledger's people
    QHash<QString, Audience> m_byRecord;
};

} // namespace clearline::audience
