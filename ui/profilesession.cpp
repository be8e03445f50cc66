// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profilesession.h"

#include "core/settings.h"
#include "core/zonedtime.h"
#include "ledger/autobackup.h"
#include "ledger/sqlitelog.h"

#include <QPointer>

namespace clearline::ui {

ProfileSession::ProfileSession(core::Profile profile, crypto::PassphraseSource passphrase, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_passphrase(std::move(passphrase))
{
    connect(this, &ProfileSession::recordsChanged, this, &ProfileSession::backupIfDue);
    // SQLite tells of damage on the thread that met it, perhaps a worker's;
    // the window learns of it on its own thread.
    QPointer<ProfileSession> self(this);
    m_damageListener = ledger::SqliteLog::addDamageListener([self] {
        if (ProfileSession *session = self.data()) {
            QMetaObject::invokeMethod(session, &ProfileSession::noteDamage, Qt::QueuedConnection);
        }
    });
}

ProfileSession::~ProfileSession()
{
    ledger::SqliteLog::removeDamageListener(m_damageListener);
}

void ProfileSession::noteDamage()
{
    if (!m_damaged) {
        m_damaged = true;
        Q_EMIT damageFound();
    }
}

bool ProfileSession::hasIdentity() const
{
    return crypto::Identity::exists(m_profile);
}

std::optional<crypto::IdentityInfo> ProfileSession::identityInfo() const
{
    if (m_identity) {
        return m_identity->info();
    }
    QString error;
    return crypto::Identity::readInfo(m_profile, &error);
}

bool ProfileSession::createIdentity(const crypto::Identity::NewPerson &person, QString *error)
{
    // The ledger is made before the identity: an identity beside no ledger
    // means that the ledger was lost (Ledger::open).
    if (!m_ledger && !hasIdentity() && !openLedger(error)) {
        return false;
    }
    m_identity = crypto::Identity::create(m_profile, person, m_passphrase, error);
    if (!m_identity) {
        return false;
    }
    return m_ledger->trustKey(m_identity->info(), QStringLiteral("self"), error);
}

const crypto::Identity *ProfileSession::unlock(QString *error)
{
    if (!m_identity) {
        m_identity = crypto::Identity::open(m_profile, m_passphrase, error);
    }
    return m_identity ? &*m_identity : nullptr;
}

bool ProfileSession::openLedger(QString *error)
{
    m_ledger = ledger::Ledger::open(m_profile, ledger::Database::Mode::ReadWrite, error);
    if (!m_ledger) {
        return false;
    }
    // Keeps this person's own name, e-mail and school with their key up to
    // date (ledgers made before the keys kept them have them from now on).
    const auto info = identityInfo();
    if (info && !m_ledger->trustKey(*info, QStringLiteral("self"), error)) {
        return false;
    }
    backupIfDue();
    return true;
}

void ProfileSession::backupIfDue()
{
    if (!m_ledger) {
        return;
    }
    const auto outcome = ledger::AutoBackup::makeIfDue(*m_ledger, m_profile, QDate::currentDate(),
                                                       core::Settings(m_profile).backupDays());
    m_backupProblem = outcome.problem;
}

std::optional<ledger::Revision> ProfileSession::submit(const ledger::NewRevision &request, QString *error)
{
    const crypto::Identity *identity = unlock(error);
    if (!identity || !m_ledger) {
        return std::nullopt;
    }
    std::optional<ledger::Revision> revision = m_ledger->submit(*identity, request, error);
    if (revision) {
        Q_EMIT recordsChanged();
    }
    return revision;
}

void ProfileSession::setPack(std::optional<policy::Pack> pack, const QString &problem)
{
    m_pack = std::move(pack);
    m_packProblem = problem;
    // Every list and record in the window reads times on the district's clock.
    core::setReadingZone(m_pack ? core::zoneNamed(m_pack->district.timezone) : QTimeZone());
    Q_EMIT packChanged();
}

const crypto::Identity *ProfileSession::filingReady(QString *error)
{
    if (!m_pack) {
        *error = m_packProblem;
        return nullptr;
    }
    if (!m_ledger) {
        *error = tr("Your records are not open, so nothing can be saved.");
        return nullptr;
    }
    return unlock(error);
}

std::optional<requests::RequestFiling> ProfileSession::requestFiling(QString *error)
{
    const crypto::Identity *identity = filingReady(error);
    return identity ? std::optional(requests::RequestFiling(*m_ledger, *identity, *m_pack)) : std::nullopt;
}

std::optional<disclosures::DisclosureFiling> ProfileSession::disclosureFiling(QString *error)
{
    const crypto::Identity *identity = filingReady(error);
    return identity ? std::optional(disclosures::DisclosureFiling(*m_ledger, *identity, *m_pack)) : std::nullopt;
}

std::optional<notices::NoticeFiling> ProfileSession::noticeFiling(QString *error)
{
    const crypto::Identity *identity = filingReady(error);
    return identity ? std::optional(notices::NoticeFiling(*m_ledger, *identity, *m_pack)) : std::nullopt;
}

std::optional<contacts::ContactFiling> ProfileSession::contactFiling(QString *error)
{
    const crypto::Identity *identity = filingReady(error);
    return identity ? std::optional(contacts::ContactFiling(*m_ledger, *identity, *m_pack)) : std::nullopt;
}

std::optional<requests::DutyFiling> ProfileSession::dutyFiling(QString *error)
{
    const crypto::Identity *identity = filingReady(error);
    return identity ? std::optional(requests::DutyFiling(*m_ledger, *identity, *m_pack)) : std::nullopt;
}

std::optional<retention::HoldFiling> ProfileSession::holdFiling(QString *error)
{
    const crypto::Identity *identity = filingReady(error);
    return identity ? std::optional(retention::HoldFiling(*m_ledger, *identity, *m_pack)) : std::nullopt;
}

std::optional<requests::Review> ProfileSession::review(QString *error)
{
    const crypto::Identity *identity = filingReady(error);
    return identity ? std::optional(requests::Review(*m_ledger, *identity, *m_pack)) : std::nullopt;
}

std::optional<requests::DelegationFiling> ProfileSession::delegationFiling(QString *error)
{
    const crypto::Identity *identity = filingReady(error);
    return identity ? std::optional(requests::DelegationFiling(*m_ledger, *identity, *m_pack)) : std::nullopt;
}

} // namespace clearline::ui
