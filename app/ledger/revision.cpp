// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/revision.h"

#include "core/canonicaljson.h"
#include "crypto/digest.h"
#include "crypto/signingkey.h"

#include <QTimeZone>

namespace clearline::ledger {

namespace {
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QString Revision::timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject Revision::signedFields() const
{
    return {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("id"), id},
        {QStringLiteral("record"), recordId},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("supersedes"), textOrNull(supersedes)},
        {QStringLiteral("reason"), textOrNull(reason)},
        {QStringLiteral("author"), authorId},
        {QStringLiteral("authorKey"), QString::fromLatin1(authorKey.toBase64())},
        {QStringLiteral("device"), deviceId},
        {QStringLiteral("created"), timeText(created)},
        {QStringLiteral("zone"), zone},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("prev"), textOrNull(QString::fromLatin1(prevHash.toHex()))},
    };
}

QByteArray Revision::signedContent() const
{
    return core::canonicalJson(signedFields());
}

QByteArray Revision::computeHash() const
{
    return crypto::sha256(signedContent());
}

void Revision::sign(const crypto::SigningKey &key)
{
    authorKey = key.publicKey();
    hash = computeHash();
    signature = key.sign(hash);
}

bool Revision::hashMatches() const
{
    return !hash.isEmpty() && computeHash() == hash;
}

bool Revision::signatureValid() const
{
    return crypto::verifySignature(authorKey, hash, signature);
}

} // namespace clearline::ledger
