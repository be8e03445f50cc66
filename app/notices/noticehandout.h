// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace clearline::notices {

/// That a notice a request's procedure names was handed out: to whom, when,
/// in which language, and the text as it was given. A signed record of its
/// own, so the request's revisions (and the decisions on them) stay as
/// they were.
struct NoticeHandout
{
    static const QString kKind; ///< "notice-handout"

    QString regarding; ///< the request's record id
    QString noticeId;
    QString language;
    QString to; ///< "the parents of Room 12", as the person wrote it
    QDateTime at;
    QString text; ///< the notice as handed out

    QJsonObject toPayload() const;
    static NoticeHandout fromPayload(const QJsonObject &payload);
};

} // namespace clearline::notices
