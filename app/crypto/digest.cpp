// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/digest.h"

#include <QStringList>

#include <sodium.h>

namespace clearline::crypto {

bool initialize()
{
    return sodium_init() >= 0;
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(data.data()),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

QString fingerprint(const QByteArray &publicKey)
{
    const QString hex = QString::fromLatin1(sha256(publicKey).left(10).toHex().toUpper());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        groups.append(hex.mid(i, 4));
    }
    return groups.join(QLatin1Char('-'));
}

} // namespace clearline::crypto
