// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace clearline::core {

class Profile;

/// One person's preferences, stored in their profile's settings file, over
/// the district's: district IT may put `clearline/district.ini` in a system
/// configuration folder (XDG_CONFIG_DIRS, /etc/xdg by default) with the same
/// keys as defaults for every profile on the laptop, and `locked`, the keys
/// people may not change (docs/deployment.md).
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
    /// empty until the person (or the district's configuration) picks one.
    QString district() const;
    /// Does nothing when the district locks the key (isLocked()).
    void setDistrict(const QString &district);
    /// Pins the fingerprint of the key that signs the district's pack file;
    /// does nothing when the district locks the key.
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

    /// The paper PDFs are laid out for: "letter" or "a4", or empty for the
    /// usual paper where the computer is set up (Letter in the US and
    /// Canada, A4 elsewhere).
    QString paper() const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    static QStringList scriptableKeys();
    /// Whether the district's configuration fixes this key for everyone.
    bool isLocked(const QString &key) const;
    /// Where a key's value comes from: the person's own settings, the
    /// district's configuration, or neither (the program's default).
    enum class Source { Person, District, Default };
    Source source(const QString &key) const;
    /// The district's configuration file in use; empty when there is none.
    QString districtFile() const;
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
    /// The value a key has: the person's unless the district locks it, else
    /// the district's.
    QVariant stored(const QString &key) const;
    bool setsOwn(const QString &key) const;

    std::unique_ptr<QSettings> m_settings;
    /// The district's configuration, when a system folder has one.
    std::unique_ptr<QSettings> m_district;
    /// The district's `district`, a relative pack path made whole, once.
    QString m_districtPack;
};

} // namespace clearline::core
