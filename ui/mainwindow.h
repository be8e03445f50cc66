// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace clearline::core {
class Settings;
}
namespace clearline::ledger {
struct Draft;
}

namespace clearline::ui {

class HomePage;
class ProfileSession;

/// Arranges the pages and routes the menu's actions; each page owns its own
/// logic and talks to app/ services.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ProfileSession &session, core::Settings &settings, QWidget *parent = nullptr);

    HomePage *homePage() const { return m_home; }

public Q_SLOTS:
    void showSettings();
    void showAbout();
    void showProfile();
    void newMemo();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void openDraft(const ledger::Draft &draft);
    void openMemo(const QString &recordId);

    ProfileSession &m_session;
    core::Settings &m_settings;
    HomePage *m_home = nullptr;
};

} // namespace clearline::ui
