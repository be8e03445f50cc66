// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/concern.h"
#include "contacts/contactentry.h"

#include "ledger/ledger.h"

#include <QDate>
#include <QList>
#include <QString>

namespace clearline::contacts {

/// One entry of a person's contact log, with what the pack said when it was
/// logged.
struct ContactItem
{
    QString recordId;
    ContactEntry entry;
    QString verdict;
    QString clauseId;
    bool offHours = false;
    bool mustForward = false;
    QDate districtDay; ///< the day in the district's time zone

    /// Something to look at again: a channel the policy forbids or wants
    /// asked for first, or a student who may be at risk.
    bool flagged() const;
    /// A copy is still to go to the district account (documentation's
    /// `forward_to_district`), unless a forward-copy to-do tracks it.
    bool awaitsForwarding() const;
    /// The to-dos the contact made that are not done yet.
    QList<ContactToDoItem> openToDos() const;
};

/// Which entries a list shows; an empty field does not filter.
struct ContactFilter
{
    QDate from;
    QDate to;
    QString student; ///< initials or roster id, either matches
    QString channel;
    QString trip; ///< a trip disclosure's record id
    bool offHoursOnly = false;
    bool flaggedOnly = false;

    bool accepts(const ContactItem &item) const;
};

/// A concern still waiting for the person to say they reported it.
struct OpenConcern
{
    QString recordId;
    Concern concern;
};

/// A person's own contact log, newest first.
class ContactBook
{
public:
    ContactBook(const ledger::Ledger &ledger, QString personId);

    QList<ContactItem> entries(const ContactFilter &filter = {}) const;
    QList<OpenConcern> unreportedConcerns() const;

private:
    const ledger::Ledger &m_ledger;
    QString m_personId;
};

} // namespace clearline::contacts
