// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/folderwatcher.h"

#include "sync/bundlereport.h"
#include "sync/foldersync.h"
#include "sync/packcarriage.h"
#include "ui/profilesession.h"

#include <QDateTime>
#include <QDir>

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
    if (folder != m_folder) {
        m_memory = {};
    }
    m_folder = folder;
    if (m_folder.isEmpty()) {
        m_timer.stop();
        m_waiting.clear();
        Q_EMIT statusChanged({}, {});
        Q_EMIT waitingChanged({});
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
    // A newer signed district policy in the folder is taken first, so that
    // the round reads records under the policy that lists their signers.
    const QList<sync::PackCarriage::Arrival> arrivals = sync::PackCarriage::receiveFromFolder(
        m_session.profile(), m_folder, info->publicKey,
        m_session.unlockedIdentity() ? &m_session.unlockedIdentity()->key() : nullptr);
    QStringList policyNews;
    for (const sync::PackCarriage::Arrival &arrival : arrivals) {
        policyNews.append(sync::PackCarriage::text(arrival));
        if (arrival.outcome == sync::PackCarriage::Arrival::Outcome::Adopted) {
            m_session.announcePackFile();
        }
    }
    std::optional<policy::Pack> pack;
    if (m_session.pack()) {
        pack = *m_session.pack();
    }
    QString error;
    // Writing our own bundle needs the key; a locked one is not asked for
    // here (no passphrase prompt out of nowhere), only taken if unlocked.
    const auto round = sync::FolderSync::run(*m_session.ledger(), info->publicKey, m_session.unlockedIdentity(), pack,
                                             m_folder, QDateTime::currentDateTimeUtc(), &error, &m_memory);
    if (!round) {
        Q_EMIT statusChanged(tr("Shared folder not reachable"), error);
        return;
    }
    QMap<QString, qint64> added;
    QStringList refused;
    QStringList waitingNames;
    m_waiting.clear();
    for (const sync::ImportReport &report : round->imported) {
        for (auto it = report.newByKind.begin(); it != report.newByKind.end(); ++it) {
            added[it.key()] += it.value();
        }
        if (report.outcome == sync::ImportReport::Outcome::NeedsAcceptance) {
            m_waiting.append(report.file);
            waitingNames.append(report.manifest->exporter.name);
        } else if (report.outcome == sync::ImportReport::Outcome::Refused) {
            refused.append(report.manifest ? report.manifest->exporter.name : report.problem);
        }
    }
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm"));
    const QString status = added.isEmpty()
                               ? tr("Shared folder: up to date (%1)").arg(time)
                               : tr("Shared folder: new at %1: %2").arg(time, sync::BundleReport::kindCounts(added));
    QStringList details{tr("Syncing with %1 every minute.").arg(QDir::toNativeSeparators(m_folder))};
    details += policyNews;
    if (!refused.isEmpty()) {
        details.append(tr("Refused as damaged or changed: %1.").arg(refused.join(QStringLiteral(", "))));
    }
    if (!m_session.unlockedIdentity()) {
        details.append(tr("Bundles in the folder are locked for the people they are for: ClearLine reads those for "
                          "you, and writes yours, once you sign something in this session."));
    }
    if (!added.isEmpty()) {
        m_session.announceChange();
    }
    Q_EMIT statusChanged(status, details.join(QLatin1Char('\n')));
    Q_EMIT waitingChanged(waitingNames);
}

} // namespace clearline::ui
