// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/identity.h"

#include "core/fileaccess.h"
#include "core/profile.h"
#include "crypto/digest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>
#include <QUuid>

namespace clearline::crypto {

namespace {

const auto kInfoFile = QStringLiteral("identity.json");
const auto kKeyFile = QStringLiteral("identity.key");
constexpr int kFormat = 1;

QString infoPath(const core::Profile &profile)
{
    return QDir(profile.dataDirectory()).filePath(kInfoFile);
}

QString keyPath(const core::Profile &profile)
{
    return QDir(profile.dataDirectory()).filePath(kKeyFile);
}

// The key store entry: one per person and profile folder, so that two
// profiles of the same person on one computer do not overwrite each other.
QString keychainAccount(const QString &personId, const core::Profile &profile)
{
    return QStringLiteral("%1@%2").arg(personId,
                                       QString::fromLatin1(sha256(profile.dataDirectory().toUtf8()).left(8).toHex()));
}

QJsonObject toJson(const IdentityInfo &info)
{
    return {{QStringLiteral("format"), kFormat},
            {QStringLiteral("personId"), info.personId},
            {QStringLiteral("name"), info.name},
            {QStringLiteral("email"), info.email},
            {QStringLiteral("roles"), QJsonArray::fromStringList(info.roles)},
            {QStringLiteral("school"), info.school},
            {QStringLiteral("deviceId"), info.deviceId},
            {QStringLiteral("publicKey"), QString::fromLatin1(info.publicKey.toBase64())},
            {QStringLiteral("keyStorage"), KeyStore::backendName(info.keyStorage)},
            {QStringLiteral("zone"), info.zone},
            {QStringLiteral("created"), info.created.toUTC().toString(Qt::ISODateWithMs)}};
}

} // namespace

QString IdentityInfo::fingerprint() const
{
    return crypto::fingerprint(publicKey);
}

Identity::Identity(IdentityInfo info, SigningKey key)
    : m_info(std::move(info))
    , m_key(std::move(key))
{}

bool Identity::exists(const core::Profile &profile)
{
    return QFile::exists(infoPath(profile));
}

QString Identity::alreadyMadeMessage()
{
    return tr("This profile already belongs to someone; ClearLine never replaces a person's key. "
              "Use another profile folder.");
}

std::optional<Identity> Identity::create(const core::Profile &profile, const NewPerson &person,
                                         const PassphraseSource &passphrase, QString *error)
{
    if (exists(profile)) {
        *error = alreadyMadeMessage();
        return std::nullopt;
    }
    if (person.name.trimmed().isEmpty() || !person.email.contains(QLatin1Char('@'))) {
        *error = tr("A name and a district e-mail address are needed to make your identity.");
        return std::nullopt;
    }
    if (!profile.prepare(error)) {
        return std::nullopt;
    }

    IdentityInfo info;
    info.personId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.name = person.name.trimmed();
    info.email = person.email.trimmed();
    info.roles = person.roles;
    info.school = person.school;
    info.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.zone = person.zone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : person.zone;
    info.created = QDateTime::currentDateTimeUtc();
    if (!QTimeZone(info.zone.toUtf8()).isValid()) {
        *error = tr("\"%1\" is not a time zone this computer knows.").arg(info.zone);
        return std::nullopt;
    }

    const SigningKey key = SigningKey::generate();
    info.publicKey = key.publicKey();
    const auto backend =
        KeyStore::store(keychainAccount(info.personId, profile), key.secret(), keyPath(profile), passphrase, error);
    if (!backend) {
        return std::nullopt;
    }
    info.keyStorage = *backend;

    QSaveFile file(infoPath(profile));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(toJson(info)).toJson()) < 0 || !file.commit()) {
        *error = tr("ClearLine could not save your identity in %1. Check that the disk is not full.")
                     .arg(QDir::toNativeSeparators(profile.dataDirectory()));
        QFile::remove(keyPath(profile));
        return std::nullopt;
    }
    QFile::setPermissions(infoPath(profile), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Identity(std::move(info), key);
}

std::optional<IdentityInfo> Identity::readInfo(const core::Profile &profile, QString *error)
{
    QFile file(infoPath(profile));
    if (!core::FileAccess::mayRead(file.fileName(), error)) {
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("This profile has no identity yet. Set it up first (in the window, or with 'clearline init').");
        return std::nullopt;
    }
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    IdentityInfo info;
    info.personId = object.value(QStringLiteral("personId")).toString();
    info.name = object.value(QStringLiteral("name")).toString();
    info.email = object.value(QStringLiteral("email")).toString();
    for (const auto &role : object.value(QStringLiteral("roles")).toArray()) {
        info.roles.append(role.toString());
    }
    info.school = object.value(QStringLiteral("school")).toString();
    info.deviceId = object.value(QStringLiteral("deviceId")).toString();
    info.publicKey = QByteArray::fromBase64(object.value(QStringLiteral("publicKey")).toString().toLatin1());
    info.zone = object.value(QStringLiteral("zone")).toString();
    info.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    const auto backend = KeyStore::backendFromName(object.value(QStringLiteral("keyStorage")).toString());
    if (object.value(QStringLiteral("format")).toInt() != kFormat || info.personId.isEmpty() ||
        info.publicKey.size() != 32 || !backend) {
        *error = tr("The identity file %1 is damaged. Restore it from a backup; ClearLine will not make a new key "
                    "over it.")
                     .arg(QDir::toNativeSeparators(file.fileName()));
        return std::nullopt;
    }
    info.keyStorage = *backend;
    return info;
}

std::optional<Identity> Identity::open(const core::Profile &profile, const PassphraseSource &passphrase, QString *error)
{
    std::optional<IdentityInfo> info = readInfo(profile, error);
    if (!info) {
        return std::nullopt;
    }
    const std::optional<QByteArray> secret =
        KeyStore::load(info->keyStorage, keychainAccount(info->personId, profile), keyPath(profile), passphrase, error);
    if (!secret) {
        return std::nullopt;
    }
    std::optional<SigningKey> key = SigningKey::fromSecret(*secret);
    if (!key || key->publicKey() != info->publicKey) {
        *error = tr("The key ClearLine found is not the one of this profile's identity, so it will not sign with "
                    "it. Restore the profile from a backup.");
        return std::nullopt;
    }
    return Identity(std::move(*info), std::move(*key));
}

} // namespace clearline::crypto
