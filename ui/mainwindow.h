// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

namespace clearline::core {
class Settings;
}
namespace clearline::ledger {
struct Draft;
}
namespace clearline::requests {
struct RequestForm;
}

namespace clearline::ui {

class DamageBanner;
class FolderWatcher;
class HomePage;
class PolicyViewer;
class ProfileSession;
class RequestWizard;
class RecordsWindow;
class ReviewWorkspace;

/// Arranges the pages and routes the menu's actions; each page owns its own
/// logic and talks to app/ services.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ProfileSession &session, core::Settings &settings, QWidget *parent = nullptr);

    HomePage *homePage() const { return m_home; }
    DamageBanner *damageBanner() const { return m_damage; }
    /// For district IT: unsigned packs load, and the window says so.
    void setAuthoringMode(bool on);
    PolicyViewer *policyViewer() const { return m_policy; }
    /// Loads the profile's district pack (with its signature checked) into
    /// the session; the home screen follows.
    void loadDistrictPack();
    /// The wizard for a form: a new request, a draft, or a correction. It
    /// stays open beside the window (so the policy can be read next to it).
    RequestWizard *openWizard(const requests::RequestForm &form, const QString &draftId = {},
                              const QString &correcting = {});

public Q_SLOTS:
    void showSettings();
    void showAbout();
    void showProfile();
    void newMemo();
    void newRequest(const QString &procedureId);
    void openRequestDraft(const QString &draftId);
    void openRecord(const QString &recordId);
    void acknowledgePolicy();
    /// The contact log's quick entry (also Ctrl+Shift+L anywhere in ClearLine).
    void logContact(const QString &trip = {});
    void newDisclosure();
    void openDisclosure(const QString &recordId);
    void openNotice(const QString &requestId);
    void confirmForwarded(const QString &contactId);
    void recordConcernReport(const QString &concernId);
    void markContactToDoDone(const QString &contactId, const QString &toDoId);
    /// Opens the district's policy, at a clause when given.
    void showPolicy(const QString &clauseId = {});
    /// Opens a pack file in the editor (for district IT).
    void editPack();
    /// Writes a bundle for a colleague and hands it to the mail program.
    void sendRecords();
    /// Imports bundles: the files given (those waiting in the shared
    /// folder), or else files the person picks.
    void importRecords(QStringList files = {});
    /// Comes to the front, as when a second launch hands over bundles to
    /// import (from the file manager or `clearline FILE.clbundle`).
    void bringForward(const QStringList &files);
    /// The approver's workspace, at its queue or at the building overview.
    ReviewWorkspace *openReview(bool atOverview = false);
    RecordsWindow *openRecords();

protected:
    void closeEvent(QCloseEvent *event) override;
    /// Bundles dropped on the window are imported.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void openDraft(const ledger::Draft &draft);
    void correctRequest(const QString &recordId);

    ProfileSession &m_session;
    core::Settings &m_settings;
    HomePage *m_home = nullptr;
    DamageBanner *m_damage = nullptr;
    FolderWatcher *m_folder = nullptr;
    PolicyViewer *m_policy = nullptr; ///< made on first use: it starts the web engine
    QPointer<ReviewWorkspace> m_review;
    QPointer<RecordsWindow> m_records;
    bool m_authoring = false;
    QString m_packBanner; ///< what the policy viewer says above an unsigned pack
};

} // namespace clearline::ui
