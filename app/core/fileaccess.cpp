// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fileaccess.h"

#include "core/profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <unistd.h>

namespace clearline::core {

namespace {

constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                         QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr auto kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOwnerFolder = kOwnerFile | QFileDevice::ExeOwner;

void restrict(const QFileInfo &info, QFileDevice::Permissions owner)
{
    // QFileInfo reports the owner's bits also as the user's (ReadUser…);
    // only the group's and others' matter here.
    if (info.exists() && !info.isSymLink() && info.permissions().testAnyFlags(kOthers)) {
        QFile::setPermissions(info.filePath(), owner);
    }
}

} // namespace

bool FileAccess::mayRead(const QString &path, QString *why)
{
    const QByteArray native = QFile::encodeName(path);
    const int mode = QFileInfo(path).isDir() ? R_OK | X_OK : R_OK;
    if (::access(native.constData(), mode) == 0 || errno == ENOENT || errno == ENOTDIR) {
        return true;
    }
    if (errno != EACCES && errno != EPERM) {
        return true; // not a matter of permission: whoever opens it says what is wrong
    }
    *why = tr("ClearLine may not read %1: it belongs to another user account, or its permissions keep you out. "
              "Open your own profile, or ask your IT staff for access.")
               .arg(QDir::toNativeSeparators(path));
    return false;
}

void FileAccess::restrictToOwner(const Profile &profile)
{
    const QFileInfo folder(profile.dataDirectory());
    if (!folder.isDir() || folder.isSymLink()) {
        return;
    }
    restrict(folder, kOwnerFolder);
    const QFileInfoList files = QDir(profile.dataDirectory()).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        restrict(file, kOwnerFile);
    }
    restrict(QFileInfo(profile.settingsFile()), kOwnerFile);
}

} // namespace clearline::core
