// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/authorization.h"
#include "policy/pack.h"

#include <QList>
#include <QSet>
#include <QString>

namespace clearline::policy {

/// A contact, as far as the rules care.
struct Contact
{
    QString channel;          ///< a channel of the pack format
    QString audience;         ///< students, parents or students-and-parents
    QSet<QString> conditions; ///< off-hours, school-sponsored-trip, own-child, …
    int grade = -1;           ///< the student's grade (0 = K), -1 when unknown
};

/// Which of a pack's rules apply to a contact, the deciding one first
/// (policies/README.md: a rule whose conditions match wins over one without;
/// among equals the strictest verdict).
class RuleMatcher
{
public:
    static QList<const Rule *> matching(const Pack &pack, const Contact &contact);
    /// The deciding rule, or nullptr when no rule speaks of the contact. Off
    /// hours, it is never more lenient than the rule that decides the same
    /// contact in school hours.
    static const Rule *deciding(const Pack &pack, const Contact &contact);

    /// The deciding rule, with the request in force that allows a contact
    /// which would otherwise need it first.
    struct Decision
    {
        const Rule *rule = nullptr;
        const Authorization *authorization = nullptr; ///< points into the list given
        /// "allowed" when an authorization allows it, else the rule's verdict,
        /// or "none" when no rule speaks of the contact.
        QString verdict() const;
    };
    /// deciding(), then: a contact that needs approval first is allowed when
    /// one of authorizations covers it on day (in the district's zone) and
    /// the rule asking for approval, with the authorization's conditions
    /// added, names its procedure; an exception allows what it covers
    /// whatever the rule.
    static Decision decide(const Pack &pack, const Contact &contact, const QDate &day,
                           const QList<Authorization> &authorizations);
    /// forbidden 4, needs-authorization 3, parent-first 2, discouraged 1, allowed 0.
    static int strictness(const QString &verdict);
};

} // namespace clearline::policy
