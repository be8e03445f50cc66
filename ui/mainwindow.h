// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profile.h"

#include <QMainWindow>

namespace clearline::core {
class Settings;
}

namespace clearline::ui {

class HomePage;

/// Arranges the pages and routes the menu's actions; each page owns its own
/// logic and talks to app/ services.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(core::Profile profile, core::Settings &settings, QWidget *parent = nullptr);

    HomePage *homePage() const { return m_home; }

public Q_SLOTS:
    void showSettings();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();

    core::Profile m_profile;
    core::Settings &m_settings;
    HomePage *m_home = nullptr;
};

} // namespace clearline::ui
