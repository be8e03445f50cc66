// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/application.h"

#include "core/version.h"

#include <QCoreApplication>

namespace clearline::core {

void setApplicationIdentity()
{
    // No organization name: the per-user folders are then plain
    // ~/.config/clearline and ~/.local/share/clearline.
    QCoreApplication::setApplicationName(QStringLiteral("clearline"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QCoreApplication::setOrganizationDomain(QStringLiteral("clearline.org"));
}

} // namespace clearline::core
