// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/folderwatcher.h"

#include "sync/bundlereport.h"
#include "sync/foldersync.h"
#include "ui/profilesession.h"

#include <QDateTime>
#include <QLocale>

namespace clearline::ui {

namespace {
constexpr int kIntervalMs = 60 * 1000;
}

FolderWatcher::FolderWatcher(ProfileSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &FolderWatcher::syncNow);
}

void FolderWatcher::setFolder(const QString &folder)
{
    m_folder = folder;
    if (m_folder.isEmpty()) {
        m_timer.stop();
        Q_EMIT statusChanged({});
        return;
    }
    m_timer.start();
    syncNow();
}

void FolderWatcher::syncNow()
{
    const auto info = m_session.identityInfo();
    if (m_folder.isEmpty() || !m_session.ledger() || !info) {
        return;
    }
    std::optional<policy::Pack> pack;
    if (m_session.pack()) {
        pack = *m_session.pack();
    }
    QString error;
    // Writing our own bundle needs the key; a locked one is not asked for
    // here (no passphrase prompt out of nowhere), only taken if unlocked.
    const auto round = sync::FolderSync::run(*m_session.ledger(), info->publicKey, m_session.unlockedIdentity(), pack,
                                             m_folder, QDateTime::currentDateTimeUtc(), &error);
    if (!round) {
        Q_EMIT statusChanged(tr("Shared folder: %1").arg(error));
        return;
    }
    QMap<QString, qint64> added;
    QStringList refused;
    m_waiting.clear();
    for (const sync::ImportReport &report : round->imported) {
        for (auto it = report.newByKind.begin(); it != report.newByKind.end(); ++it) {
            added[it.key()] += it.value();
        }
        if (report.outcome == sync::ImportReport::Outcome::NeedsAcceptance) {
            m_waiting.append(report.file);
        } else if (report.outcome == sync::ImportReport::Outcome::Refused && report.manifest) {
            refused.append(report.manifest->exporter.name);
        }
    }
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    QString status = added.isEmpty()
                         ? tr("Shared folder: up to date at %1.").arg(time)
                         : tr("Shared folder: new at %1: %2.").arg(time, sync::BundleReport::kindCounts(added));
    if (!m_waiting.isEmpty()) {
        status += QLatin1Char(' ') + tr("%n bundle(s) from people new to you wait: File › Import records.", nullptr,
                                        int(m_waiting.size()));
    }
    if (!refused.isEmpty()) {
        status += QLatin1Char(' ') + tr("Refused as damaged: %1.").arg(refused.join(QStringLiteral(", ")));
    }
    if (!m_session.unlockedIdentity()) {
        status += QLatin1Char(' ') + tr("Yours go out once you sign something.");
    }
    if (!added.isEmpty()) {
        m_session.announceChange();
    }
    Q_EMIT statusChanged(status);
}

} // namespace clearline::ui
