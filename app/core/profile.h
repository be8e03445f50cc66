// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace clearline::core {

/// Where one person's ClearLine data and settings live.
///
/// The standard profile uses the per-user locations of the platform
/// (QStandardPaths). A profile in a directory (`--profile DIR`) keeps
/// everything of that person in DIR, so that two people, or a test, can share
/// a machine without seeing each other's data.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(clearline::core::Profile)

public:
    static Profile standard();
    static Profile inDirectory(const QString &directory);

    /// The folder that holds the person's records (the ledger, attachments).
    QString dataDirectory() const { return m_dataDirectory; }
    /// The settings file (INI format).
    QString settingsFile() const { return m_settingsFile; }
    /// True when made with inDirectory().
    bool isCustom() const { return m_custom; }

    /// Makes the data folder (readable by its owner only) when it is
    /// missing. Returns false with a message a non-technical person can act
    /// on when the folder cannot be used.
    bool prepare(QString *error) const;

private:
    Profile(QString dataDirectory, QString settingsFile, bool custom);

    QString m_dataDirectory;
    QString m_settingsFile;
    bool m_custom = false;
};

} // namespace clearline::core
