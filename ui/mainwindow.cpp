// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/settings.h"
#include "policy/activepack.h"
#include "policy/shippedpacks.h"
#include "ui/aboutdialog.h"
#include "ui/homepage.h"
#include "ui/memodialog.h"
#include "ui/memolist.h"
#include "ui/memoview.h"
#include "ui/packeditor.h"
#include "ui/policyviewer.h"
#include "ui/profiledialog.h"
#include "ui/profilesession.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace clearline::ui {

MainWindow::MainWindow(ProfileSession &session, core::Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_home(new HomePage(session, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(QStringLiteral("ClearLine"));
    setCentralWidget(m_home);
    createMenus();

    connect(m_home, &HomePage::memoRequested, this, &MainWindow::newMemo);
    connect(m_home->memoList(), &MemoList::draftActivated, this, &MainWindow::openDraft);
    connect(m_home->memoList(), &MemoList::memoActivated, this, &MainWindow::openMemo);

    if (m_session.profile().isCustom()) {
        // Someone testing or sharing a machine should see whose data this
        // is; a permanent widget, because menus clear status messages.
        auto *where = new QLabel(tr("Profile: %1").arg(QDir::toNativeSeparators(m_session.profile().dataDirectory())));
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
    QAction *memo = file->addAction(tr("New &memo to file…"), this, &MainWindow::newMemo);
    memo->setObjectName(QStringLiteral("actionNewMemo"));
    memo->setShortcut(QKeySequence::New);
    QAction *profile = file->addAction(tr("Your &profile…"), this, &MainWindow::showProfile);
    profile->setObjectName(QStringLiteral("actionProfile"));
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *editPack = tools->addAction(tr("&Edit a policy pack…"), this, &MainWindow::editPack);
    editPack->setObjectName(QStringLiteral("actionEditPack"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *policy = help->addAction(tr("Your district's &policy"), this, [this] { showPolicy(); });
    policy->setObjectName(QStringLiteral("actionPolicy"));
    policy->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
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
    AboutDialog dialog(m_session.profile(), this);
    dialog.exec();
}

void MainWindow::showProfile()
{
    ProfileDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::showPolicy(const QString &clauseId)
{
    if (!m_policy) {
        m_policy = new PolicyViewer(this);
        m_policy->setWindowFlag(Qt::Window);
        m_policy->resize(760, 640);
    }
    const QString district = m_settings.district();
    if (district.isEmpty()) {
        m_policy->showMessage(tr("No district policy is chosen for this profile yet. Your district's IT staff can "
                                 "set it with: clearline settings set district <pack>"));
    } else {
        const auto active = policy::ActivePack::load(district, m_settings.districtSigningKey());
        m_policy->setBanner(active.trusted ? QString()
                                           : tr("Authoring mode: this pack is %1. Staff never see an unsigned pack.")
                                                 .arg(active.signature.message));
        const auto &result = active.loaded;
        if (!active.trusted && !m_authoring) {
            m_policy->showMessage(tr("The district policy %1 is %2, so ClearLine does not use it. Ask your district's "
                                     "IT staff for the signed pack.")
                                      .arg(QDir::toNativeSeparators(active.file), active.signature.message));
        } else if (result.pack) {
            m_policy->showPack(*result.pack, QLocale().name().section(QLatin1Char('_'), 0, 0), clauseId);
        } else {
            m_policy->showMessage(tr("The district policy \"%1\" could not be read, so it is not shown:\n%2")
                                      .arg(district, result.errors.constFirst().toString()));
        }
    }
    m_policy->show();
    m_policy->raise();
    m_policy->activateWindow();
}

void MainWindow::setAuthoringMode(bool on)
{
    m_authoring = on;
    if (on) {
        auto *label = new QLabel(tr("Authoring mode: unsigned policy packs load."));
        label->setObjectName(QStringLiteral("authoringLabel"));
        statusBar()->addPermanentWidget(label);
    }
}

void MainWindow::editPack()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a policy pack"), QString(), tr("Policy packs (pack.yaml *.yaml)"));
    if (path.isEmpty()) {
        return;
    }
    auto *editor = new PackEditor(this);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!editor->openFile(path, &error)) {
        QMessageBox::warning(this, tr("Policy pack"), error);
        delete editor;
        return;
    }
    editor->show();
}

void MainWindow::newMemo()
{
    openDraft({});
}

void MainWindow::openDraft(const ledger::Draft &draft)
{
    MemoDialog dialog(m_session, draft, this);
    dialog.exec();
}

void MainWindow::openMemo(const QString &recordId)
{
    MemoView view(m_session, recordId, this);
    view.exec();
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
