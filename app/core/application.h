// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace clearline::core {

/// Sets the application name, version and domain that QStandardPaths and
/// QSettings use. Call once, right after the Q*Application is made, in the
/// GUI, the command line and the tests alike, so they agree on where data is.
void setApplicationIdentity();

} // namespace clearline::core
