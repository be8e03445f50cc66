// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/keystore.h"
#include "crypto/signingkey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace clearline::core {
class Profile;
}

namespace clearline::crypto {

/// Who this profile belongs to, as written in its identity.json: nothing in
/// it is secret.
struct IdentityInfo
{
    QString personId; ///< a UUID, the same on every device of this person
    QString name;
    QString email;
    QStringList roles; ///< role ids of the district's pack
    QString school;    ///< school id of the district's pack; empty for district-wide staff
    QString deviceId;  ///< a UUID of this profile on this computer
    QByteArray publicKey;
    KeyStore::Backend keyStorage = KeyStore::Backend::PassphraseFile;
    QString zone; ///< IANA time zone name of the school
    QDateTime created;

    QString fingerprint() const;
};

/// A person's identity in a profile, with the private key unlocked.
///
/// Made once, on the first run in a profile; after that only opened. A
/// profile with an identity never gets a new key by accident: a key that
/// cannot be unlocked is an error.
class Identity
{
    Q_DECLARE_TR_FUNCTIONS(clearline::crypto::Identity)

public:
    struct NewPerson
    {
        QString name;
        QString email;
        QStringList roles;
        QString zone;   ///< empty: this computer's zone
        QString school; ///< school id of the district's pack, if any
    };

    static bool exists(const core::Profile &profile);
    /// Why a profile that has an identity gets no new one.
    static QString alreadyMadeMessage();
    /// Makes the key pair, keeps the private key (KeyStore) and writes
    /// identity.json. Refuses when the profile has an identity already.
    static std::optional<Identity> create(const core::Profile &profile, const NewPerson &person,
                                          const PassphraseSource &passphrase, QString *error);
    /// Reads identity.json and unlocks the private key.
    static std::optional<Identity> open(const core::Profile &profile, const PassphraseSource &passphrase,
                                        QString *error);
    /// Reads identity.json only (no passphrase needed).
    static std::optional<IdentityInfo> readInfo(const core::Profile &profile, QString *error);

    const IdentityInfo &info() const { return m_info; }
    const SigningKey &key() const { return m_key; }

private:
    Identity(IdentityInfo info, SigningKey key);

    IdentityInfo m_info;
    SigningKey m_key;
};

} // namespace clearline::crypto
