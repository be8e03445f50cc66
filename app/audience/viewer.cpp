// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/viewer.h"

namespace clearline::audience {

Viewer::Viewer(const ledger::Ledger &ledger, const policy::Pack *pack, const QByteArray &key, const QString &personId)
    : m_book(pack ? std::make_unique<AudienceBook>(ledger, *pack, QDateTime::currentDateTimeUtc()) : nullptr)
    , m_key(key)
    , m_personId(personId)
{}

Viewer::~Viewer() = default;

bool Viewer::maySee(const QString &recordId, const QString &authorId) const
{
    if (!m_book) {
        return !m_personId.isEmpty() && authorId == m_personId;
    }
    const std::optional<Audience> of = m_book->ofRecord(recordId);
    return of && of->contains(m_key);
}

} // namespace clearline::audience
