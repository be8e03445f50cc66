// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/singleinstance.h"

#include "core/runningwindow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

namespace clearline::ui {

namespace {
// Long enough for a busy laptop, short enough that a window that hangs
// does not keep the second launch waiting for long.
constexpr int kWaitMs = 3000;
const QByteArray kTaken("taken\n");
} // namespace

SingleInstance::SingleInstance(const core::Profile &profile, QObject *parent)
    : QObject(parent)
    , m_name(core::RunningWindow::socketName(profile))
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOver(const QStringList &files) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kWaitMs)) {
        return false;
    }
    socket.write(QJsonDocument(QJsonArray::fromStringList(files)).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(kWaitMs)) {
        return false;
    }
    // Only an answer says the window took them; else this launch opens its own.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(kWaitMs)) {
            return false;
        }
    }
    return socket.readLine() == kTaken;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A window that crashed leaves its socket file behind; nobody
        // answered handOver(), so it is stale.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
    return true;
}

void SingleInstance::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                return;
            }
            const QJsonArray files = QJsonDocument::fromJson(socket->readLine()).array();
            QStringList paths;
            for (const QJsonValue &file : files) {
                paths.append(file.toString());
            }
            socket->write(kTaken);
            socket->flush();
            Q_EMIT called(paths);
        });
    }
}

} // namespace clearline::ui
