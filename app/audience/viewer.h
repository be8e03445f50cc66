// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/audience.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace clearline::audience {

/// What one profile may show others of the records it holds: an export
/// (CSV, PDF) made by a profile holds only the records its own key is in
/// the audience of, though the profile may hold more (a full backup of its
/// own). Without the district's pack nobody's audience can be worked out,
/// so only what the person wrote.
class Viewer
{
public:
    Viewer(const ledger::Ledger &ledger, const policy::Pack *pack, const QByteArray &key, const QString &personId);
    ~Viewer();

    bool maySee(const QString &recordId, const QString &authorId) const;

private:
    std::unique_ptr<AudienceBook> m_book;
    QByteArray m_key;
    QString m_personId;
};

} // namespace clearline::audience
