// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests/platformlist.h"

#include "requests/acknowledgment.h"

namespace clearline::requests {

PlatformList::PlatformList(const policy::Pack &pack, const QDate &today)
    : m_pack(pack)
    , m_current(schoolYearOf(pack, today))
{
    for (const policy::SchoolYear &year : pack.calendar.years) {
        if (year.id == pack.platforms.renewedFor) {
            m_renewed = &year;
        }
    }
}

bool PlatformList::isKeptElsewhere() const
{
    return m_pack.platforms.approved.isEmpty() && m_pack.platforms.whenEmpty == QLatin1String("kept-elsewhere");
}

bool PlatformList::isLapsed() const
{
    if (m_pack.platforms.renewal != QLatin1String("each-school-year") || m_pack.platforms.approved.isEmpty() ||
        !m_current) {
        return false;
    }
    // Renewed for a later year counts: a list may be renewed ahead of time.
    return !m_renewed || m_renewed->start < m_current->start;
}

QString PlatformList::dueYear() const
{
    return m_pack.platforms.renewal == QLatin1String("each-school-year") && m_current ? m_current->id : QString();
}

QDate PlatformList::dueBy() const
{
    return m_current ? m_current->start : QDate();
}

QList<policy::Platform> PlatformList::approvedFor(const QString &use) const
{
    QList<policy::Platform> result;
    for (const policy::Platform &platform : m_pack.platforms.approved) {
        if (use.isEmpty() || platform.uses.contains(use)) {
            result.append(platform);
        }
    }
    return result;
}

bool PlatformList::approves(const QString &name, const QString &use) const
{
    if (m_pack.platforms.approved.isEmpty()) {
        return m_pack.platforms.whenEmpty != QLatin1String("none-approved");
    }
    const policy::Platform *platform = find(name);
    return platform && (use.isEmpty() || platform->uses.contains(use));
}

const policy::Platform *PlatformList::find(const QString &name) const
{
    for (const policy::Platform &platform : m_pack.platforms.approved) {
        if (platform.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0 ||
            platform.id.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return &platform;
        }
    }
    return nullptr;
}

} // namespace clearline::requests
