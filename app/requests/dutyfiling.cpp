// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/dutyfiling.h"

#include "requests/duty.h"
#include "requests/dutybook.h"

#include "crypto/identity.h"

namespace clearline::requests {

DutyFiling::DutyFiling(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack)
    : m_ledger(ledger)
    , m_identity(identity)
    , m_pack(pack)
{}

std::optional<ledger::Revision> DutyFiling::markDone(const QString &dutyId, const QString &note, const QDate &today,
                                                     QString *error)
{
    if (dutyId == DutyItem::kPlatformListRenewal) {
        *error = tr("The list of approved platforms is renewed in your district's policy pack, not by marking it "
                    "done: send this year's list to whoever looks after the pack (district IT). The reminder goes "
                    "away when the updated pack arrives.");
        return std::nullopt;
    }
    const policy::Duty *duty = findDuty(m_pack, dutyId);
    if (!duty) {
        *error = tr("Your district's policy has no duty \"%1\".").arg(dutyId);
        return std::nullopt;
    }
    const QString title = policy::localizedText(duty->title);
    if (duty->doneBy == QLatin1String("acknowledgment")) {
        *error = tr("\"%1\" is done by reading the policy and signing this year's acknowledgment "
                    "(\"Acknowledge this year's policy\", or 'clearline ack').")
                     .arg(title);
        return std::nullopt;
    }
    const crypto::IdentityInfo who = m_identity.info();
    if (!holdsDuty(m_pack, *duty, who.school, who.publicKey)) {
        *error = tr("\"%1\" is for the %2. Your district's policy does not list you for that role, so ClearLine "
                    "cannot mark it done for you.")
                     .arg(title, dutyRoleTitles(m_pack, *duty));
        return std::nullopt;
    }
    const DutyItem item = DutyBook(m_ledger, m_pack, who.school).judge(*duty, who.personId, today);
    if (item.state == DutyItem::State::Done) {
        *error = tr("\"%1\" is already %2.").arg(title, item.stateText());
        return std::nullopt;
    }
    DutyDone done;
    done.district = m_pack.district.id;
    done.dutyId = duty->id;
    done.period = item.period;
    done.dutyTitle = title;
    done.note = note.trimmed();
    return m_ledger.submit(m_identity, {DutyDone::kKind, {}, {}, {}, done.toPayload(), {}}, error);
}

} // namespace clearline::requests
