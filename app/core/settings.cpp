// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.h"

#include "core/languages.h"
#include "core/profile.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

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
const auto kPaperKey = QStringLiteral("paper");
const QStringList kPapers{QStringLiteral("letter"), QStringLiteral("a4")};
// In the district's file: the keys people may not change.
const auto kLockedKey = QStringLiteral("locked");

// The first clearline/district.ini of the system configuration folders
// (XDG_CONFIG_DIRS), skipping the person's own configuration folder: what
// district IT deploys is not something a person writes.
QString findDistrictFile()
{
    const QString own = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QStringList folders = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    for (const QString &folder : folders) {
        if (QDir::cleanPath(folder) == QDir::cleanPath(own)) {
            continue;
        }
        const QString file = QDir(folder).filePath(QStringLiteral("clearline/district.ini"));
        if (QFileInfo(file).isFile()) {
            return file;
        }
    }
    return {};
}
} // namespace

Settings::Settings(const Profile &profile)
    : m_settings(std::make_unique<QSettings>(profile.settingsFile(), QSettings::IniFormat))
{
    if (const QString file = findDistrictFile(); !file.isEmpty()) {
        m_district = std::make_unique<QSettings>(file, QSettings::IniFormat);
        // A pack named by a relative path lives beside the district's file,
        // so that one folder (or one small package) carries both.
        m_districtPack = m_district->value(kDistrictKey).toString();
        const QString beside = QFileInfo(file).dir().filePath(m_districtPack);
        if (!m_districtPack.isEmpty() && QFileInfo(m_districtPack).isRelative() && QFileInfo::exists(beside)) {
            m_districtPack = QDir::cleanPath(beside);
        }
    }
}

Settings::~Settings() = default;

QString Settings::districtFile() const
{
    return m_district ? m_district->fileName() : QString();
}

bool Settings::isLocked(const QString &key) const
{
    if (!m_district) {
        return false;
    }
    // "locked = district, district_key" reads as a list; one key as a string.
    for (const QString &locked : m_district->value(kLockedKey).toStringList()) {
        if (locked.trimmed() == key) {
            return true;
        }
    }
    return false;
}

bool Settings::setsOwn(const QString &key) const
{
    return !isLocked(key) && m_settings->contains(key);
}

Settings::Source Settings::source(const QString &key) const
{
    if (setsOwn(key)) {
        return Source::Person;
    }
    return m_district && m_district->contains(key) ? Source::District : Source::Default;
}

QVariant Settings::stored(const QString &key) const
{
    if (setsOwn(key) || !m_district) {
        return m_settings->value(key);
    }
    return key == kDistrictKey ? QVariant(m_districtPack) : m_district->value(key);
}

QString Settings::language() const
{
    return stored(kLanguageKey).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (isLocked(kLanguageKey)) {
        return;
    }
    if (language.isEmpty()) {
        m_settings->remove(kLanguageKey);
    } else {
        m_settings->setValue(kLanguageKey, language);
    }
}

QString Settings::district() const
{
    return stored(kDistrictKey).toString();
}

QString Settings::districtSigningKey() const
{
    return stored(kDistrictSigningKey).toString();
}

void Settings::setDistrict(const QString &district)
{
    if (!isLocked(kDistrictKey)) {
        m_settings->setValue(kDistrictKey, district);
    }
}

void Settings::setDistrictSigningKey(const QString &fingerprint)
{
    if (!isLocked(kDistrictSigningKey)) {
        m_settings->setValue(kDistrictSigningKey, fingerprint);
    }
}

QString Settings::syncFolder() const
{
    return stored(kSyncFolderKey).toString();
}

void Settings::setSyncFolder(const QString &folder)
{
    if (isLocked(kSyncFolderKey)) {
        return;
    }
    if (folder.isEmpty()) {
        m_settings->remove(kSyncFolderKey);
    } else {
        m_settings->setValue(kSyncFolderKey, QDir::cleanPath(folder));
    }
}

int Settings::backupDays() const
{
    bool ok = false;
    const int days = stored(kBackupDaysKey).toInt(&ok);
    return ok && days >= 1 && days <= kMaxBackupDays ? days : kDefaultBackupDays;
}

QString Settings::paper() const
{
    const QString paper = stored(kPaperKey).toString().trimmed().toLower();
    return kPapers.contains(paper) ? paper : QString();
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
    return {kLanguageKey, kDistrictKey, kDistrictSigningKey, kSyncFolderKey, kBackupDaysKey, kPaperKey};
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
    if (key == kDistrictKey) {
        *value = district();
        return true;
    }
    if (key == kDistrictSigningKey) {
        *value = districtSigningKey();
        return true;
    }
    if (key == kSyncFolderKey) {
        *value = syncFolder();
        return true;
    }
    if (key == kBackupDaysKey) {
        *value = QString::number(backupDays());
        return true;
    }
    if (key == kPaperKey) {
        *value = paper();
        return true;
    }
    *error = unknownKeyMessage(key);
    return false;
}

bool Settings::setValue(const QString &key, const QString &value, QString *error)
{
    if (isLocked(key)) {
        *error = tr("Your district sets \"%1\" for everyone on this computer, so it cannot be changed here. Ask "
                    "your district's IT staff if it should be different.")
                     .arg(key);
        return false;
    }
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
    if (key == kPaperKey) {
        const QString paper = value.trimmed().toLower();
        if (!paper.isEmpty() && !kPapers.contains(paper)) {
            *error = tr("The paper is \"letter\" or \"a4\", or empty for the usual paper where this computer is set "
                        "up.");
            return false;
        }
        if (paper.isEmpty()) {
            m_settings->remove(kPaperKey);
        } else {
            m_settings->setValue(kPaperKey, paper);
        }
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
