// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace clearline::core {

class Profile;

/// One person's preferences, stored in their profile's settings file.
///
/// Only the keys listed by scriptableKeys() may be read and written by name
/// (the `clearline settings` command); the rest have typed accessors.
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(clearline::core::Settings)

public:
    explicit Settings(const Profile &profile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    /// The chosen interface language as a locale name ("es", "pt_BR"), or
    /// empty to follow the system's language.
    QString language() const;
    void setLanguage(const QString &language);

    /// The district pack in use: a shipped pack's id or a pack file's path;
    /// empty until the person picks one.
    QString district() const;
    void setDistrict(const QString &district);
    /// Pins the fingerprint of the key that signs the district's pack file.
    void setDistrictSigningKey(const QString &fingerprint);
    /// The fingerprint of the key the district signs its packs with.
    QString districtSigningKey() const;

    /// The shared folder sync bundles go to and come from; empty for none.
    QString syncFolder() const;
    void setSyncFolder(const QString &folder);

    /// How many days of automatic backups of the ledger are kept
    /// (ledger/autobackup.h); 14 unless the person chose otherwise.
    int backupDays() const;
    static constexpr int kDefaultBackupDays = 14;
    static constexpr int kMaxBackupDays = 366;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    static QStringList scriptableKeys();
    /// Reads a scriptable key; false with a message when the key is unknown.
    bool value(const QString &key, QString *value, QString *error) const;
    /// Checks and sets a scriptable key; false with a message when the key
    /// is unknown or the value is not allowed for it.
    bool setValue(const QString &key, const QString &value, QString *error);

    /// Writes pending changes to disk; false with a plain message if that
    /// failed (a read-only folder, a full disk, a damaged file).
    bool save(QString *error);

private:
    static QString unknownKeyMessage(const QString &key);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace clearline::core
