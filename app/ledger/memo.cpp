// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/memo.h"

#include <QJsonArray>

namespace clearline::ledger {

const QString Memo::kKind = QStringLiteral("memo");

QJsonObject Memo::toPayload() const
{
    QJsonArray files;
    for (const AttachmentRef &attachment : attachments) {
        files.append(attachment.toJson());
    }
    return {{QStringLiteral("title"), title.trimmed()},
            {QStringLiteral("text"), text},
            {QStringLiteral("attachments"), files}};
}

Memo Memo::fromPayload(const QJsonObject &payload)
{
    Memo memo;
    memo.title = payload.value(QStringLiteral("title")).toString();
    memo.text = payload.value(QStringLiteral("text")).toString();
    for (const QJsonValue &item : payload.value(QStringLiteral("attachments")).toArray()) {
        memo.attachments.append(AttachmentRef::fromJson(item.toObject()));
    }
    return memo;
}

QString Memo::problem() const
{
    if (title.trimmed().isEmpty()) {
        return tr("Give the memo a title, for example \"Call with a parent about the field trip\".");
    }
    if (title.trimmed().size() > kMaxTitleLength) {
        return tr("The title is longer than %1 characters; put the details in the text.").arg(kMaxTitleLength);
    }
    if (text.trimmed().isEmpty()) {
        return tr("Write what happened in the memo's text.");
    }
    return {};
}

} // namespace clearline::ledger
