// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/signingkey.h"

#include "crypto/digest.h"

#include <sodium.h>

namespace clearline::crypto {

namespace {
unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}
const unsigned char *bytes(QByteArrayView array)
{
    return reinterpret_cast<const unsigned char *>(array.data());
}
} // namespace

SigningKey::SigningKey(QByteArray publicKey, QByteArray secret)
    : m_public(std::move(publicKey))
    , m_secret(std::move(secret))
{}

SigningKey::SigningKey(const SigningKey &other) = default;
SigningKey &SigningKey::operator=(const SigningKey &other) = default;

SigningKey::~SigningKey()
{
    // QByteArray shares its data: only wipe the last copy.
    if (!m_secret.isEmpty() && !m_secret.isDetached()) {
        return;
    }
    sodium_memzero(m_secret.data(), static_cast<size_t>(m_secret.size()));
}

SigningKey SigningKey::generate()
{
    initialize();
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(bytes(publicKey), bytes(secret));
    return SigningKey(std::move(publicKey), std::move(secret));
}

std::optional<SigningKey> SigningKey::fromSecret(const QByteArray &secret)
{
    initialize();
    if (secret.size() != crypto_sign_SECRETKEYBYTES) {
        return std::nullopt;
    }
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(bytes(publicKey), bytes(QByteArrayView(secret)));
    // The secret key holds the seed and the public key; check they agree.
    QByteArray seed(crypto_sign_SEEDBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_seed(bytes(seed), bytes(QByteArrayView(secret)));
    QByteArray expectedPublic(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray expectedSecret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(bytes(expectedPublic), bytes(expectedSecret), bytes(QByteArrayView(seed)));
    sodium_memzero(seed.data(), static_cast<size_t>(seed.size()));
    const bool consistent = expectedPublic == publicKey;
    sodium_memzero(expectedSecret.data(), static_cast<size_t>(expectedSecret.size()));
    if (!consistent) {
        return std::nullopt;
    }
    return SigningKey(std::move(publicKey), secret);
}

QByteArray SigningKey::sign(QByteArrayView message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), static_cast<unsigned long long>(message.size()),
                         bytes(QByteArrayView(m_secret)));
    return signature;
}

bool verifySignature(const QByteArray &publicKey, QByteArrayView message, const QByteArray &signature)
{
    initialize();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES) {
        return false;
    }
    return crypto_sign_verify_detached(bytes(QByteArrayView(signature)), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(QByteArrayView(publicKey))) == 0;
}

} // namespace clearline::crypto
