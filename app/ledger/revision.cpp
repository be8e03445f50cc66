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

QDateTime Revision::timeFromText(QStringView text)
{
    // "2026-12-07T17:50:14.123Z": digits where digits go, separators where
    // they go, else Qt's parser decides.
    static constexpr char kShape[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    const auto fallback = [&] { return QDateTime::fromString(text.toString(), Qt::ISODateWithMs); };
    if (text.size() != qsizetype(sizeof kShape - 1)) {
        return fallback();
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const char want = kShape[i];
        if (want == 'd' ? (c < u'0' || c > u'9') : c != char16_t(want)) {
            return fallback();
        }
    }
    const auto number = [&](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            value = value * 10 + (text.at(i).unicode() - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!date.isValid() || !time.isValid()) {
        return fallback();
    }
    return QDateTime(date, time, QTimeZone::UTC);
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
