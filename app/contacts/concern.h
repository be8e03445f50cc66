// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace clearline::contacts {

/// The notification record of a student who may be at risk, made with the
/// contact entry that raised it: whom the pack says to tell, the agency to
/// report to, and when the person says they reported.
struct Concern
{
    static const QString kKind; ///< "concern"

    QString contactId;
    QString initials;
    QString rosterId;
    QStringList tell;
    QString agency;
    QString clauseId;
    QDateTime reportedAt; ///< invalid until the person says they reported
    QString reportedTo;

    QJsonObject toPayload() const;
    static Concern fromPayload(const QJsonObject &payload);
};

} // namespace clearline::contacts
