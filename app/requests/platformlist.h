// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"

#include <QDate>
#include <QList>
#include <QString>

namespace clearline::requests {

/// The pack's list of approved platforms as it stands on a day
/// (policies/README.md, `platforms`): which platforms it approves for a use,
/// whether it is kept outside ClearLine, and whether it has lapsed because
/// it was not renewed for this school year.
class PlatformList
{
public:
    PlatformList(const policy::Pack &pack, const QDate &today);

    /// The list is published outside ClearLine (an empty list that is
    /// `kept-elsewhere`): nothing can be checked here, an approver checks.
    bool isKeptElsewhere() const;
    /// A list renewed each school year whose last renewal is for an earlier
    /// year than the one `today` is in (the coming one over the summer).
    bool isLapsed() const;
    /// The school year the list must be renewed for now, by its id; empty
    /// when the list is not renewed each year.
    QString dueYear() const;
    /// The first day of dueYear(): the day the renewed list is due.
    QDate dueBy() const;
    const QString &renewedFor() const { return m_pack.platforms.renewedFor; }

    /// The platforms approved for a use (every listed one for an empty use).
    QList<policy::Platform> approvedFor(const QString &use) const;
    /// Whether a platform, by name or id, may be used for `use`. A list kept
    /// elsewhere accepts any name (the approver checks it); a list that is
    /// `none-approved` accepts none.
    bool approves(const QString &name, const QString &use) const;
    /// The listed platform of this name or id (case does not matter), if any.
    const policy::Platform *find(const QString &name) const;

private:
    const policy::Pack &m_pack;
    const policy::SchoolYear *m_current = nullptr;
    const policy::SchoolYear *m_renewed = nullptr;
};

} // namespace clearline::requests
