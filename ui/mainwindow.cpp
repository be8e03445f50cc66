// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/settings.h"
#include "ui/aboutdialog.h"
#include "ui/homepage.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace clearline::ui {

MainWindow::MainWindow(core::Profile profile, core::Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_profile(std::move(profile))
    , m_settings(settings)
    , m_home(new HomePage(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(QStringLiteral("ClearLine"));
    setCentralWidget(m_home);
    createMenus();

    if (m_profile.isCustom()) {
        // Someone testing or sharing a machine should see whose data this
        // is; a permanent widget, because menus clear status messages.
        auto *where = new QLabel(tr("Profile: %1").arg(QDir::toNativeSeparators(m_profile.dataDirectory())));
        where->setObjectName(QStringLiteral("profileLabel"));
        statusBar()->addPermanentWidget(where, 1);
    }
    if (!restoreGeometry(m_settings.windowGeometry())) {
        resize(960, 680);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About ClearLine"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_profile, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    QString error;
    if (!m_settings.save(&error)) {
        // Losing the window size is not worth keeping someone from quitting.
        statusBar()->showMessage(error);
    }
    event->accept();
}

} // namespace clearline::ui
