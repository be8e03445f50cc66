// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    /// forbidden 4, needs-authorization 3, parent-first 2, discouraged 1, allowed 0.
    static int strictness(const QString &verdict);
};

} // namespace clearline::policy
