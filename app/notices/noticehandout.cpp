// SPDX-License-Identifier: GPL-3.0-or-later
#include "notices/noticehandout.h"

#include "ledger/revision.h"

namespace clearline::notices {

const QString NoticeHandout::kKind = QStringLiteral("notice-handout");

QJsonObject NoticeHandout::toPayload() const
{
    return {{QStringLiteral("regarding"), regarding},
            {QStringLiteral("notice"), noticeId},
            {QStringLiteral("language"), language},
            {QStringLiteral("to"), to},
            {QStringLiteral("at"), ledger::Revision::timeText(at)},
            {QStringLiteral("text"), text}};
}

NoticeHandout NoticeHandout::fromPayload(const QJsonObject &payload)
{
    NoticeHandout handout;
    handout.regarding = payload.value(QStringLiteral("regarding")).toString();
    handout.noticeId = payload.value(QStringLiteral("notice")).toString();
    handout.language = payload.value(QStringLiteral("language")).toString();
    handout.to = payload.value(QStringLiteral("to")).toString();
    handout.at = QDateTime::fromString(payload.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    handout.text = payload.value(QStringLiteral("text")).toString();
    return handout;
}

} // namespace clearline::notices
