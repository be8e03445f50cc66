// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace clearline::policy {

/// What one approved request allows, worked out from its procedure's
/// `covers` and its answers (policies/README.md, `covers`): the contacts it
/// makes allowed that would otherwise need this approval first.
struct Authorization
{
    QString recordId;    ///< the request
    QString title;       ///< the request as a list shows it
    QString procedureId; ///< the procedure it was asked under
    QStringList channels;
    QStringList audiences;  ///< students, parents (students-and-parents is both)
    QDate from;             ///< the first day covered; invalid: no first day
    QDate to;               ///< the last day covered; invalid: no last day
    QStringList conditions; ///< conditions that hold for every contact it covers
    bool exception = false; ///< allows what it covers whatever the rules say

    /// Whether a contact over channel with audience on day (in the district's
    /// zone) falls within what the request allows.
    bool covers(const QString &channel, const QString &audience, const QDate &day) const;
};

} // namespace clearline::policy
