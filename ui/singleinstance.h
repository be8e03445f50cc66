// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace clearline::core {
class Profile;
}

namespace clearline::ui {

/// One window per profile. A second `clearline` for the same profile (a
/// bundle opened from the file manager, a second click on the icon) hands
/// its files to the window already open, which comes to the front, and
/// ends; two windows would otherwise each hold the ledger and the key.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const core::Profile &profile, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// True when a window for this profile is open and took `files` (none:
    /// it only comes to the front); then this process has nothing to do.
    bool handOver(const QStringList &files) const;
    /// Answers later launches; false when another process answers already.
    bool listen();

Q_SIGNALS:
    /// A later launch asked for the window, with the bundles to import.
    void called(const QStringList &files);

private:
    void answer();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace clearline::ui
