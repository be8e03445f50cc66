// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/foldersync.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace clearline::ui {

class ProfileSession;

/// While the window is open, syncs with the shared folder of the profile's
/// settings every minute (app/sync/foldersync.h), and says in a line how the
/// last round went. Bundles from people not accepted yet are left for the
/// person to import by hand, where they can compare fingerprints.
class FolderWatcher : public QObject
{
    Q_OBJECT

public:
    explicit FolderWatcher(ProfileSession &session, QObject *parent = nullptr);

    void setFolder(const QString &folder);
    /// One round now.
    void syncNow();
    /// Bundles in the folder that wait for the person to accept someone.
    QStringList waitingForAcceptance() const { return m_waiting; }

Q_SIGNALS:
    /// A short line for the status bar, and more in the tooltip.
    void statusChanged(const QString &status, const QString &details);
    /// The people whose bundles wait to be accepted (empty: none).
    void waitingChanged(const QStringList &names);

private:
    ProfileSession &m_session;
    QTimer m_timer;
    QString m_folder;
    QStringList m_waiting;
    sync::FolderMemory m_memory;
};

} // namespace clearline::ui
