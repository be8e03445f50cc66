// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/pack.h"

#include <QDialog>
#include <QMap>

#include <memory>

namespace Ui {
class SetupDialog;
}

namespace clearline::core {
class Settings;
}

class QPushButton;

namespace clearline::ui {

class ProfileSession;

/// The first run in a profile: who the person is, in which district, school
/// and role; makes their identity and remembers the district.
class SetupDialog : public QDialog
{
    Q_OBJECT

public:
    SetupDialog(ProfileSession &session, core::Settings &settings, QWidget *parent = nullptr);
    ~SetupDialog() override;

    void accept() override;
    /// The new key's fingerprint, once the profile is made (to show it).
    QString fingerprint() const { return m_fingerprint; }

private:
    void updateProblem();
    /// Fills the school and role lists from the chosen district's pack.
    void districtChanged();
    /// Adds a pack file from district IT to the list; it must be signed.
    void choosePackFile();
    /// Starts on the district's configured pack, if any, and keeps to it
    /// when the district locks it.
    void useDistrictsChoice(QPushButton *packFile);

    std::unique_ptr<Ui::SetupDialog> m_ui;
    ProfileSession &m_session;
    core::Settings &m_settings;
    QMap<QString, policy::Pack> m_packs; ///< the packs on offer, read once, by id or file
    QString m_fingerprint;
    QMap<QString, QString> m_signers; ///< a pack file's signing-key fingerprint, to pin
};

} // namespace clearline::ui
