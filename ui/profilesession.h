// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/contactfiling.h"
#include "disclosures/disclosurefiling.h"
#include "notices/noticebook.h"
#include "requests/delegation.h"
#include "requests/dutyfiling.h"
#include "requests/requestfiling.h"
#include "requests/review.h"
#include "retention/holdfiling.h"

#include "core/profile.h"
#include "crypto/identity.h"
#include "crypto/keystore.h"
#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QObject>

#include <memory>
#include <optional>

namespace clearline::ui {

/// What the window knows of the person using it: their profile, their
/// identity (unlocked on first need, with the passphrase asked once) and
/// their ledger. Widgets reach app/ services through it; it holds no SQL.
class ProfileSession : public QObject
{
    Q_OBJECT

public:
    ProfileSession(core::Profile profile, crypto::PassphraseSource passphrase, QObject *parent = nullptr);
    ~ProfileSession() override;

    const core::Profile &profile() const { return m_profile; }

    bool hasIdentity() const;
    /// The public part of the identity (no passphrase needed).
    std::optional<crypto::IdentityInfo> identityInfo() const;
    /// Makes the identity and trusts its key in the ledger (first run).
    bool createIdentity(const crypto::Identity::NewPerson &person, QString *error);
    /// The unlocked identity, asking for the passphrase the first time.
    const crypto::Identity *unlock(QString *error);
    /// The identity if it is unlocked already; never asks.
    const crypto::Identity *unlockedIdentity() const { return m_identity ? &*m_identity : nullptr; }

    /// Opens the ledger for writing; false with a message when another
    /// ClearLine has it, or it cannot be used.
    bool openLedger(QString *error);
    ledger::Ledger *ledger() const { return m_ledger.get(); }

    /// Signs and saves a revision, then tells the window (recordsChanged).
    std::optional<ledger::Revision> submit(const ledger::NewRevision &request, QString *error);

    /// The district's pack the window works under, or why there is none.
    void setPack(std::optional<policy::Pack> pack, const QString &problem);
    const policy::Pack *pack() const { return m_pack ? &*m_pack : nullptr; }
    QString packProblem() const { return m_packProblem; }
    /// Files requests as this person under the district's pack; unlocks the
    /// identity. Call announceChange() after writing with it.
    std::optional<requests::RequestFiling> requestFiling(QString *error);
    std::optional<disclosures::DisclosureFiling> disclosureFiling(QString *error);
    std::optional<contacts::ContactFiling> contactFiling(QString *error);
    std::optional<notices::NoticeFiling> noticeFiling(QString *error);
    /// Signs that this person did one of the pack's duties.
    std::optional<requests::DutyFiling> dutyFiling(QString *error);
    /// Signs approvers' decisions and delegations as this person.
    std::optional<requests::Review> review(QString *error);
    std::optional<requests::DelegationFiling> delegationFiling(QString *error);
    /// Places and releases legal holds as this person (the records officer).
    std::optional<retention::HoldFiling> holdFiling(QString *error);
    void announceChange() { Q_EMIT recordsChanged(); }
    /// The profile's district pack file changed (a newer signed pack came
    /// with a bundle): the window loads it again before this returns.
    void announcePackFile() { Q_EMIT packFileChanged(); }

    /// Makes today's automatic backup of the ledger if it is due
    /// (ledger/autobackup.h): when the ledger opens, and after each change,
    /// so a window left open overnight backs up on its first save of the day.
    void backupIfDue();
    /// Why the last automatic backup could not be made; empty when it was.
    QString backupProblem() const { return m_backupProblem; }

    /// Whether a read or write met a damaged records file since this
    /// session began; damageFound() says so when it first happens.
    bool isLedgerDamaged() const { return m_damaged; }

Q_SIGNALS:
    void recordsChanged();
    void packChanged();
    void packFileChanged();
    void damageFound();

private:
    /// Marks the session damaged, on the window's thread (the listener may
    /// run on a worker's).
    void noteDamage();
    /// The pack, the open ledger and the unlocked identity a filing needs.
    const crypto::Identity *filingReady(QString *error);

    core::Profile m_profile;
    crypto::PassphraseSource m_passphrase;
    std::optional<crypto::Identity> m_identity;
    std::unique_ptr<ledger::Ledger> m_ledger;
    std::optional<policy::Pack> m_pack;
    QString m_packProblem;
    QString m_backupProblem;
    bool m_damaged = false;
    int m_damageListener = 0;
};

} // namespace clearline::ui
