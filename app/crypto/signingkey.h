// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace clearline::crypto {

/// An Ed25519 key pair. The secret half is wiped from memory when the key
/// is destroyed; it leaves the object only through secret(), to be stored.
class SigningKey
{
public:
    static SigningKey generate();
    /// From the 64-byte secret key that secret() returned; nothing when the
    /// bytes are not one.
    static std::optional<SigningKey> fromSecret(const QByteArray &secret);

    SigningKey(const SigningKey &other);
    SigningKey &operator=(const SigningKey &other);
    ~SigningKey();

    QByteArray publicKey() const { return m_public; }
    QByteArray secret() const { return m_secret; }
    /// The detached signature (64 bytes) of message.
    QByteArray sign(QByteArrayView message) const;

private:
    SigningKey(QByteArray publicKey, QByteArray secret);

    QByteArray m_public;
    QByteArray m_secret;
};

/// True when signature is publicKey's signature of message.
bool verifySignature(const QByteArray &publicKey, QByteArrayView message, const QByteArray &signature);

} // namespace clearline::crypto
