// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace clearline::core {

class Profile;

/// Where a profile's open window can be reached (ui/singleinstance.h): a
/// local socket only its owner may use, named by the person and the
/// profile, so that a second launch finds the window and a command knows
/// not to change records under it.
namespace RunningWindow {

/// The socket's name for this person's profile.
QString socketName(const Profile &profile);
/// Whether ClearLine's window is open for this profile now.
bool isOpen(const Profile &profile);

} // namespace RunningWindow

} // namespace clearline::core
