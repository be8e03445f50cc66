// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace clearline::core {

class Profile;

/// Who may read a profile's files: its owner only, and ClearLine says so in
/// words when it is not that owner.
class FileAccess
{
    Q_DECLARE_TR_FUNCTIONS(clearline::core::FileAccess)

public:
    /// False, with why, when the system refuses this user to read path or
    /// a folder on the way to it; true when it may, or when path is missing.
    static bool mayRead(const QString &path, QString *why);

    /// Closes a profile that others may read (made by an older version,
    /// copied, unpacked from an archive) to all but its owner: the data
    /// folder becomes 0700, each file directly in it and the settings file
    /// 0600. Symbolic links and what they point to are left alone.
    static void restrictToOwner(const Profile &profile);
};

} // namespace clearline::core
