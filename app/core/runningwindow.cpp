// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runningwindow.h"

#include "core/profile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>

#include <unistd.h>

namespace clearline::core {

QString RunningWindow::socketName(const Profile &profile)
{
    // Two people on one computer, or one person's two profiles, never meet.
    const QByteArray who = QByteArray::number(getuid()) + '\n' + QDir(profile.dataDirectory()).absolutePath().toUtf8();
    return QStringLiteral("clearline-") +
           QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(24));
}

bool RunningWindow::isOpen(const Profile &profile)
{
    QLocalSocket socket;
    socket.connectToServer(socketName(profile));
    // A window answers at once; nobody listening fails at once too.
    return socket.waitForConnected(1000);
}

} // namespace clearline::core
