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

private:
    void updateProblem();
    /// Fills the school and role lists from the chosen district's pack.
    void districtChanged();

    std::unique_ptr<Ui::SetupDialog> m_ui;
    ProfileSession &m_session;
    core::Settings &m_settings;
    QMap<QString, policy::Pack> m_packs; ///< the shipped packs, read once, by id
};

} // namespace clearline::ui
