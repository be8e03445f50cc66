// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.h"

#include "core/languages.h"
#include "core/profile.h"

#include <QDir>
#include <QSettings>

namespace clearline::core {

namespace {
const auto kLanguageKey = QStringLiteral("language");
const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kDistrictKey = QStringLiteral("district");
// The fingerprint of the district's pack-signing key: packs signed with it
// load outside authoring mode.
const auto kDistrictSigningKey = QStringLiteral("district_key");
// A folder shared with colleagues, for sync bundles (app/sync/foldersync.h).
const auto kSyncFolderKey = QStringLiteral("sync_folder");
const auto kBackupDaysKey = QStringLiteral("backup_days");
} // namespace

Settings::Settings(const Profile &profile)
    : m_settings(std::make_unique<QSettings>(profile.settingsFile(), QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::language() const
{
    return m_settings->value(kLanguageKey).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (language.isEmpty()) {
        m_settings->remove(kLanguageKey);
    } else {
        m_settings->setValue(kLanguageKey, language);
    }
}

QString Settings::district() const
{
    return m_settings->value(kDistrictKey).toString();
}

QString Settings::districtSigningKey() const
{
    return m_settings->value(kDistrictSigningKey).toString();
}

void Settings::setDistrict(const QString &district)
{
    m_settings->setValue(kDistrictKey, district);
}

void Settings::setDistrictSigningKey(const QString &fingerprint)
{
    m_settings->setValue(kDistrictSigningKey, fingerprint);
}

QString Settings::syncFolder() const
{
    return m_settings->value(kSyncFolderKey).toString();
}

void Settings::setSyncFolder(const QString &folder)
{
    if (folder.isEmpty()) {
        m_settings->remove(kSyncFolderKey);
    } else {
        m_settings->setValue(kSyncFolderKey, QDir::cleanPath(folder));
    }
}

int Settings::backupDays() const
{
    bool ok = false;
    const int days = m_settings->value(kBackupDaysKey).toInt(&ok);
    return ok && days >= 1 && days <= kMaxBackupDays ? days : kDefaultBackupDays;
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kGeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometryKey, geometry);
}

QStringList Settings::scriptableKeys()
{
    return {kLanguageKey, kDistrictKey, kDistrictSigningKey, kSyncFolderKey, kBackupDaysKey};
}

QString Settings::unknownKeyMessage(const QString &key)
{
    return tr("There is no setting called \"%1\". The settings are: %2.")
        .arg(key, scriptableKeys().join(QStringLiteral(", ")));
}

bool Settings::value(const QString &key, QString *value, QString *error) const
{
    if (key == kLanguageKey) {
        *value = language();
        return true;
    }
    if (key == kDistrictKey || key == kDistrictSigningKey || key == kSyncFolderKey) {
        *value = m_settings->value(key).toString();
        return true;
    }
    if (key == kBackupDaysKey) {
        *value = QString::number(backupDays());
        return true;
    }
    *error = unknownKeyMessage(key);
    return false;
}

bool Settings::setValue(const QString &key, const QString &value, QString *error)
{
    if (key == kLanguageKey) {
        if (!value.isEmpty() && !Languages::isAvailable(value)) {
            *error = tr("ClearLine has no \"%1\" translation. Choose one of: %2, or leave it empty "
                        "to follow the system.")
                         .arg(value, Languages::availableCodes().join(QStringLiteral(", ")));
            return false;
        }
        setLanguage(value);
        return true;
    }
    if (key == kSyncFolderKey) {
        if (!value.isEmpty() && !QDir(value).exists()) {
            *error = tr("There is no folder %1. Connect the shared drive, or create the folder, and try again.")
                         .arg(QDir::toNativeSeparators(value));
            return false;
        }
        setSyncFolder(value.isEmpty() ? QString() : QDir(value).absolutePath());
        return true;
    }
    if (key == kBackupDaysKey) {
        bool ok = false;
        const int days = value.trimmed().toInt(&ok);
        if (!ok || days < 1 || days > kMaxBackupDays) {
            *error = tr("Say for how many days to keep backups, as a number from 1 to %1 (the usual is %2).")
                         .arg(kMaxBackupDays)
                         .arg(kDefaultBackupDays);
            return false;
        }
        m_settings->setValue(kBackupDaysKey, days);
        return true;
    }
    if (key == kDistrictKey || key == kDistrictSigningKey) {
        // Checked when the pack is loaded, by the policy library.
        m_settings->setValue(key, value);
        return true;
    }
    *error = unknownKeyMessage(key);
    return false;
}

bool Settings::save(QString *error)
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return true;
    case QSettings::AccessError:
        *error = tr("ClearLine could not save your settings to %1. Check that the disk is not full "
                    "and that you may write to that folder.")
                     .arg(QDir::toNativeSeparators(m_settings->fileName()));
        return false;
    case QSettings::FormatError:
        *error = tr("The settings file %1 is damaged, so ClearLine did not change it. "
                    "Rename or remove it and try again.")
                     .arg(QDir::toNativeSeparators(m_settings->fileName()));
        return false;
    }
    return false;
}

} // namespace clearline::core
