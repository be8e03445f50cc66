// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile.h"

#include "core/fileaccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace clearline::core {

namespace {
const auto kSettingsFileName = QStringLiteral("settings.ini");
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
} // namespace

Profile::Profile(QString dataDirectory, QString settingsFile, bool custom)
    : m_dataDirectory(std::move(dataDirectory))
    , m_settingsFile(std::move(settingsFile))
    , m_custom(custom)
{}

Profile Profile::standard()
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return Profile(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                   QDir(config).filePath(kSettingsFileName), false);
}

Profile Profile::inDirectory(const QString &directory)
{
    const QString absolute = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    return Profile(absolute, QDir(absolute).filePath(kSettingsFileName), true);
}

bool Profile::prepare(QString *error) const
{
    if (!FileAccess::mayRead(m_dataDirectory, error)) {
        return false;
    }
    const QFileInfo info(m_dataDirectory);
    if (info.exists() && !info.isDir()) {
        *error = tr("ClearLine cannot keep its data in %1 because a file has that name. "
                    "Choose another folder.")
                     .arg(QDir::toNativeSeparators(m_dataDirectory));
        return false;
    }
    if (!info.exists()) {
        if (!QDir().mkpath(m_dataDirectory)) {
            *error = tr("ClearLine could not create the folder %1. Check that the disk is not full "
                        "and that you may write there, or choose another folder.")
                         .arg(QDir::toNativeSeparators(m_dataDirectory));
            return false;
        }
        // Records may name students: only their owner may read them.
        QFile::setPermissions(m_dataDirectory, kOwnerOnly);
    }
    FileAccess::restrictToOwner(*this);
    if (!QFileInfo(m_dataDirectory).isWritable()) {
        *error = tr("ClearLine may not write to the folder %1. Choose a folder of your own, "
                    "or ask your IT staff for access.")
                     .arg(QDir::toNativeSeparators(m_dataDirectory));
        return false;
    }
    return true;
}

} // namespace clearline::core
