// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/packsignature.h"

#include "crypto/digest.h"
#include "crypto/signingkey.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace clearline::policy {

namespace {
const auto kFormat = QStringLiteral("clearline-pack-signature-1");
}

QString PackSignature::signatureFile(const QString &packFile)
{
    return packFile + QStringLiteral(".sig");
}

PackSignature::Check PackSignature::check(const QString &packFile)
{
    if (packFile.startsWith(QLatin1Char(':'))) {
        return {State::Shipped, {}, tr("shipped with ClearLine")};
    }
    QFile signatureFile(PackSignature::signatureFile(packFile));
    if (!signatureFile.open(QIODevice::ReadOnly)) {
        return {State::Unsigned, {}, tr("not signed (a draft: it loads only in authoring mode)")};
    }
    const QJsonObject object = QJsonDocument::fromJson(signatureFile.readAll()).object();
    const QByteArray publicKey =
        QByteArray::fromBase64(object.value(QStringLiteral("publicKey")).toString().toLatin1());
    const QByteArray signature =
        QByteArray::fromBase64(object.value(QStringLiteral("signature")).toString().toLatin1());
    QFile pack(packFile);
    if (object.value(QStringLiteral("format")).toString() != kFormat || !pack.open(QIODevice::ReadOnly)) {
        return {State::Invalid, {}, tr("the signature file is damaged")};
    }
    const QString fingerprint = crypto::fingerprint(publicKey);
    if (!crypto::verifySignature(publicKey, crypto::sha256(pack.readAll()), signature)) {
        return {State::Invalid, fingerprint,
                tr("the signature does not match the pack: it was changed after it was signed")};
    }
    return {State::Valid, fingerprint, tr("signed by the key %1").arg(fingerprint)};
}

bool PackSignature::sign(const QString &packFile, const crypto::SigningKey &key, QString *error)
{
    QFile pack(packFile);
    if (!pack.open(QIODevice::ReadOnly)) {
        *error = tr("ClearLine could not read %1.").arg(packFile);
        return false;
    }
    const QJsonObject object{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey().toBase64())},
        {QStringLiteral("signature"), QString::fromLatin1(key.sign(crypto::sha256(pack.readAll())).toBase64())}};
    QSaveFile out(signatureFile(packFile));
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(object).toJson()) < 0 || !out.commit()) {
        *error = tr("ClearLine could not write %1.").arg(signatureFile(packFile));
        return false;
    }
    // Whoever may read the pack must read its signature too, or the pack
    // district IT installs for everyone is refused as unsigned (ClearLine
    // makes its own files private to their owner).
    QFile::setPermissions(signatureFile(packFile), QFile::permissions(packFile));
    return true;
}

bool PackSignature::trusted(const Check &check, const QString &pinnedFingerprint)
{
    return check.state == State::Shipped ||
           (check.state == State::Valid && !pinnedFingerprint.isEmpty() && check.fingerprint == pinnedFingerprint);
}

} // namespace clearline::policy
