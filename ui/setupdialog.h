// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SetupDialog;
}

namespace clearline::ui {

class ProfileSession;

/// The first run in a profile: who the person is; makes their identity.
class SetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SetupDialog(ProfileSession &session, QWidget *parent = nullptr);
    ~SetupDialog() override;

    void accept() override;

private:
    void updateProblem();

    std::unique_ptr<Ui::SetupDialog> m_ui;
    ProfileSession &m_session;
};

} // namespace clearline::ui
