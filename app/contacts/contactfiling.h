// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/contactentry.h"

#include "ledger/ledger.h"
#include "policy/pack.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace clearline::crypto {
class Identity;
}

namespace clearline::contacts {

/// Writes a person's contact log into the ledger.
class ContactFiling
{
    Q_DECLARE_TR_FUNCTIONS(clearline::contacts::ContactFiling)

public:
    struct Logged
    {
        ledger::Revision contact;
        ContactAssessment assessment;
        QString concernId;    ///< the notification record, for a student at risk
        QString concernError; ///< why it could not be saved, if it could not
    };

    ContactFiling(ledger::Ledger &ledger, const crypto::Identity &identity, const policy::Pack &pack);

    /// Saves the entry with what the pack says about it, whatever the
    /// verdict: a forbidden channel is a self-report. For a student at risk
    /// the notification record is saved after it; the entry never waits
    /// for it.
    std::optional<Logged> log(const ContactEntry &entry, QString *error);
    /// Records that a copy went to the district account.
    std::optional<ledger::Revision> markForwarded(const QString &contactId, QString *error);
    /// Records that a to-do the contact made is done, now, with a note;
    /// refused for one already done or not on the entry.
    std::optional<ledger::Revision> markToDoDone(const QString &contactId, const QString &toDoId, const QString &note,
                                                 QString *error);
    /// Records when (and to whom) the person reported a concern.
    std::optional<ledger::Revision> recordReport(const QString &concernId, const QDateTime &at, const QString &to,
                                                 QString *error);

private:
    std::optional<ledger::Revision> ownHead(const QString &recordId, const QString &kind, QString *error) const;

    ledger::Ledger &m_ledger;
    const crypto::Identity &m_identity;
    const policy::Pack &m_pack;
};

} // namespace clearline::contacts
