// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "requests/requestbook.h"

#include "core/settings.h"
#include "policy/activepack.h"
#include "policy/shippedpacks.h"
#include "sync/bundleformat.h"
#include "ui/aboutdialog.h"
#include "ui/acknowledgedialog.h"
#include "ui/bundleimportdialog.h"
#include "ui/contactdialog.h"
#include "ui/damagebanner.h"
#include "ui/disclosureview.h"
#include "ui/dutydonedialog.h"
#include "ui/folderwatcher.h"
#include "ui/homepage.h"
#include "ui/memodialog.h"
#include "ui/memolist.h"
#include "ui/newdisclosuredialog.h"
#include "ui/noticedialog.h"
#include "ui/packeditor.h"
#include "ui/policyviewer.h"
#include "ui/profiledialog.h"
#include "ui/profilesession.h"
#include "ui/recordinspector.h"
#include "ui/recordswindow.h"
#include "ui/requestlist.h"
#include "ui/requestwizard.h"
#include "ui/reviewworkspace.h"
#include "ui/sendbundledialog.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace clearline::ui {

MainWindow::MainWindow(ProfileSession &session, core::Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_home(new HomePage(session, this))
    , m_damage(new DamageBanner(session, this))
    , m_folder(new FolderWatcher(session, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(QStringLiteral("ClearLine"));
    setAcceptDrops(true); // bundles from the file manager
    // The damage banner sits above the pages, so that whatever page is
    // open, a list that a damaged file cut short is never read as whole.
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_damage);
    column->addWidget(m_home, 1);
    setCentralWidget(central);
    createMenus();

    connect(m_home, &HomePage::memoRequested, this, &MainWindow::newMemo);
    connect(m_home->memoList(), &MemoList::draftActivated, this, &MainWindow::openDraft);
    connect(m_home->memoList(), &MemoList::memoActivated, this, &MainWindow::openRecord);
    connect(m_home, &HomePage::procedureRequested, this, &MainWindow::newRequest);
    connect(m_home, &HomePage::acknowledgmentRequested, this, &MainWindow::acknowledgePolicy);
    connect(m_home->requestList(), &RequestList::draftActivated, this, &MainWindow::openRequestDraft);
    connect(m_home->requestList(), &RequestList::requestActivated, this, &MainWindow::openRecord);
    connect(m_home, &HomePage::contactRequested, this, [this] { logContact(); });
    connect(m_home, &HomePage::disclosureRequested, this, &MainWindow::newDisclosure);
    connect(m_home, &HomePage::disclosureOpened, this, &MainWindow::openDisclosure);
    connect(m_home, &HomePage::forwardingConfirmed, this, &MainWindow::confirmForwarded);
    connect(m_home, &HomePage::concernReported, this, &MainWindow::recordConcernReport);
    connect(m_home, &HomePage::contactToDoDone, this, &MainWindow::markContactToDoDone);
    connect(m_home, &HomePage::noticeRequested, this, &MainWindow::openNotice);
    connect(m_home, &HomePage::dutyDoneRequested, this, [this](const QString &dutyId) {
        DutyDoneDialog dialog(m_session, dutyId, this);
        if (dialog.exec() == QDialog::Accepted) {
            statusBar()->showMessage(tr("Signed: the duty is marked done in your records."), 10000);
        }
    });
    connect(m_home, &HomePage::followOnRequested, this, [this](const QString &approved) {
        const policy::Pack *pack = m_session.pack();
        const auto info = m_session.identityInfo();
        if (!pack || !info || !m_session.ledger()) {
            return;
        }
        if (const auto next = requests::RequestBook(*m_session.ledger(), *pack, info->personId)
                                  .followOn(approved, requests::districtToday(*pack))) {
            openWizard(next->form);
        }
    });
    connect(m_home, &HomePage::reviewRequested, this, [this] { openReview(); });
    connect(&m_session, &ProfileSession::packFileChanged, this, &MainWindow::loadDistrictPack);
    connect(m_home, &HomePage::overviewRequested, this, [this] { openReview(true); });
    connect(m_home, &HomePage::recordsRequested, this, [this] { openRecords(); });

    if (m_session.profile().isCustom()) {
        // Someone testing or sharing a machine should see whose data this
        // is; a permanent widget, because menus clear status messages.
        auto *where = new QLabel(tr("Profile: %1").arg(QDir::toNativeSeparators(m_session.profile().dataDirectory())));
        where->setObjectName(QStringLiteral("profileLabel"));
        statusBar()->addPermanentWidget(where, 1);
    }
    auto *folderStatus = new QLabel(this);
    folderStatus->setObjectName(QStringLiteral("folderStatus"));
    statusBar()->addWidget(folderStatus);
    connect(m_folder, &FolderWatcher::statusChanged, folderStatus,
            [folderStatus](const QString &status, const QString &details) {
                folderStatus->setText(status);
                folderStatus->setToolTip(details);
            });
    // Someone new sent records: one click to see who and accept them.
    auto *waiting = new QPushButton(this);
    waiting->setObjectName(QStringLiteral("folderWaiting"));
    waiting->hide();
    statusBar()->addWidget(waiting);
    connect(waiting, &QPushButton::clicked, this, [this] { importRecords(m_folder->waitingForAcceptance()); });
    connect(m_folder, &FolderWatcher::waitingChanged, waiting, [waiting](const QStringList &names) {
        waiting->setVisible(!names.isEmpty());
        waiting->setText(tr("Records from %1 wait for you: review…").arg(QLocale().createSeparatedList(names)));
    });
    loadDistrictPack();
    m_folder->setFolder(m_settings.syncFolder());
    if (!restoreGeometry(m_settings.windowGeometry())) {
        resize(960, 680);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *contact = file->addAction(tr("Log a &contact…"), this, [this] { logContact(); });
    contact->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // Reachable from every ClearLine window, not only this one.
    contact->setShortcutContext(Qt::ApplicationShortcut);
    file->addAction(tr("Share my number for a &trip…"), this, &MainWindow::newDisclosure);
    QAction *memo = file->addAction(tr("New &memo to file…"), this, &MainWindow::newMemo);
    memo->setObjectName(QStringLiteral("actionNewMemo"));
    memo->setShortcut(QKeySequence::New);
    QAction *review = file->addAction(tr("&Review requests…"), this, [this] { openReview(); });
    review->setObjectName(QStringLiteral("actionReview"));
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    review->setShortcutContext(Qt::ApplicationShortcut);
    QAction *records = file->addAction(tr("&Find records…"), this, [this] { openRecords(); });
    records->setObjectName(QStringLiteral("actionFindRecords"));
    records->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    records->setShortcutContext(Qt::ApplicationShortcut);
    file->addSeparator();
    QAction *send = file->addAction(tr("Sen&d records to…"), this, &MainWindow::sendRecords);
    send->setObjectName(QStringLiteral("actionSend"));
    send->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    send->setShortcutContext(Qt::ApplicationShortcut);
    QAction *import = file->addAction(tr("&Import records…"), this, [this] { importRecords(); });
    import->setObjectName(QStringLiteral("actionImport"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    import->setShortcutContext(Qt::ApplicationShortcut);
    file->addSeparator();
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
    if (dialog.exec() == QDialog::Accepted) {
        loadDistrictPack();
        m_folder->setFolder(m_settings.syncFolder());
    }
}

void MainWindow::sendRecords()
{
    if (!m_session.ledger()) {
        return;
    }
    SendBundleDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::importRecords(QStringList files)
{
    if (!m_session.ledger()) {
        return;
    }
    if (files.isEmpty()) {
        files = QFileDialog::getOpenFileNames(this, tr("Import records"), QDir::homePath(),
                                              tr("ClearLine bundles (*.clbundle)"));
    }
    if (files.isEmpty()) {
        return;
    }
    BundleImportDialog dialog(m_session, files, this);
    dialog.exec();
    m_folder->syncNow();
}

void MainWindow::bringForward(const QStringList &files)
{
    if (isMinimized()) {
        showNormal();
    }
    raise();
    activateWindow();
    if (!files.isEmpty()) {
        importRecords(files);
    }
}

namespace {
// The bundles among what is dragged over the window.
QStringList droppedBundles(const QMimeData *mime)
{
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() &&
            url.toLocalFile().endsWith(QLatin1String(sync::BundleFormat::kSuffix), Qt::CaseInsensitive)) {
            files.append(url.toLocalFile());
        }
    }
    return files;
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_session.ledger() && !droppedBundles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedBundles(event->mimeData());
    if (files.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    // After the drop returns, so that the file manager is not held while
    // the import dialog is open.
    QTimer::singleShot(0, this, [this, files] { importRecords(files); });
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
    m_policy->setBanner(m_packBanner);
    if (const policy::Pack *pack = m_session.pack()) {
        m_policy->showPack(*pack, QLocale().name().section(QLatin1Char('_'), 0, 0), clauseId);
    } else {
        m_policy->showMessage(m_session.packProblem());
    }
    m_policy->show();
    m_policy->raise();
    m_policy->activateWindow();
}

void MainWindow::loadDistrictPack()
{
    const auto active = policy::ActivePack::load(m_settings.district(), m_settings.districtSigningKey());
    QString problem;
    std::optional<policy::Pack> pack = active.usable(m_authoring, &problem);
    m_packBanner =
        pack && !active.trusted
            ? tr("Authoring mode: this pack is %1. Staff never see an unsigned pack.").arg(active.signature.message)
            : QString();
    m_session.setPack(std::move(pack), problem);
}

void MainWindow::setAuthoringMode(bool on)
{
    // Unchanged, the pack the constructor loaded stands: loading it again
    // would compute the home page a second time before the first paint.
    if (on == m_authoring) {
        return;
    }
    m_authoring = on;
    loadDistrictPack();
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

void MainWindow::newRequest(const QString &procedureId)
{
    requests::RequestForm form;
    form.procedureId = procedureId;
    openWizard(form);
}

void MainWindow::openRequestDraft(const QString &draftId)
{
    if (!m_session.ledger()) {
        return;
    }
    const QList<ledger::Draft> drafts = m_session.ledger()->drafts(QStringLiteral("request"));
    const auto draft =
        std::find_if(drafts.begin(), drafts.end(), [&](const ledger::Draft &d) { return d.id == draftId; });
    if (draft != drafts.end()) {
        openWizard(requests::RequestForm::fromJson(draft->payload), draftId);
    }
}

RequestWizard *MainWindow::openWizard(const requests::RequestForm &form, const QString &draftId,
                                      const QString &correcting)
{
    const policy::Pack *pack = m_session.pack();
    if (!pack || !pack->procedure(form.procedureId)) {
        QMessageBox::information(this, tr("Request"),
                                 pack ? tr("Your district's policy no longer has this kind of request (%1); the "
                                           "draft is kept.")
                                            .arg(form.procedureId)
                                      : m_session.packProblem());
        return nullptr;
    }
    auto *wizard = new RequestWizard(m_session, *pack, {form, draftId, correcting}, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &RequestWizard::clauseRequested, this, [this](const QString &clause) { showPolicy(clause); });
    connect(wizard, &RequestWizard::otherProcedureRequested, this,
            [this](const requests::RequestForm &other) { openWizard(other); });
    wizard->show();
    return wizard;
}

void MainWindow::openRecord(const QString &recordId)
{
    RecordInspector inspector(m_session, recordId, this);
    connect(&inspector, &RecordInspector::correctionRequested, this, &MainWindow::correctRequest);
    connect(&inspector, &RecordInspector::noticeRequested, this, [this, &inspector](const QString &requestId) {
        NoticeDialog dialog(m_session, requestId, &inspector);
        dialog.exec();
    });
    inspector.exec();
}

void MainWindow::correctRequest(const QString &recordId)
{
    const auto info = m_session.identityInfo();
    if (!m_session.pack() || !m_session.ledger() || !info) {
        return;
    }
    const auto request =
        requests::RequestBook(*m_session.ledger(), *m_session.pack(), info->personId).request(recordId);
    if (request) {
        openWizard(request->form, {}, recordId);
    }
}

void MainWindow::acknowledgePolicy()
{
    AcknowledgeDialog dialog(m_session, QLocale().name().section(QLatin1Char('_'), 0, 0), this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("Signed: your acknowledgment of this year's policy is in your records."), 10000);
    }
}

void MainWindow::logContact(const QString &trip)
{
    ContactDialog dialog(m_session, trip, this);
    connect(&dialog, &ContactDialog::clauseRequested, this, [this](const QString &clause) { showPolicy(clause); });
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("Contact saved to your log."), 10000);
    }
}

void MainWindow::newDisclosure()
{
    NewDisclosureDialog dialog(m_session, this);
    connect(&dialog, &NewDisclosureDialog::clauseRequested, this,
            [this](const QString &clause) { showPolicy(clause); });
    connect(&dialog, &NewDisclosureDialog::procedureRequested, this, [this, &dialog](const QString &procedure) {
        dialog.reject();
        newRequest(procedure);
    });
    if (dialog.exec() == QDialog::Accepted) {
        openDisclosure(dialog.savedId());
    }
}

void MainWindow::openNotice(const QString &requestId)
{
    auto *dialog = new NoticeDialog(m_session, requestId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::openDisclosure(const QString &recordId)
{
    auto *view = new DisclosureView(m_session, recordId, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &DisclosureView::clauseRequested, this, [this](const QString &clause) { showPolicy(clause); });
    connect(view, &DisclosureView::recordRequested, this, &MainWindow::openRecord);
    connect(view, &DisclosureView::contactRequested, this, [this](const QString &trip) { logContact(trip); });
    connect(view, &DisclosureView::authorizationRequested, this,
            [this](const QString &disclosureId, const requests::RequestForm &form) {
                RequestWizard *wizard = openWizard(form);
                if (!wizard) {
                    return;
                }
                connect(wizard, &QWizard::finished, this, [this, wizard, disclosureId] {
                    if (!wizard->sent()) {
                        return;
                    }
                    QString error;
                    auto filing = m_session.disclosureFiling(&error);
                    if (!filing || !filing->linkAuthorization(disclosureId, wizard->sent()->recordId, &error)) {
                        QMessageBox::warning(
                            this, tr("Trip disclosure"),
                            tr("The request was sent, but could not be linked to the trip: %1").arg(error));
                    }
                    m_session.announceChange();
                });
            });
    view->show();
}

RecordsWindow *MainWindow::openRecords()
{
    // The QPointer member is read once, into a pointer that is visibly never
    // null below (an -O3 build warns on each member access otherwise).
    RecordsWindow *records = m_records;
    if (!records) {
        records = new RecordsWindow(m_session, this);
        records->setAttribute(Qt::WA_DeleteOnClose);
        m_records = records;
    } else {
        records->runSearch();
    }
    records->show();
    records->raise();
    records->activateWindow();
    return records;
}

ReviewWorkspace *MainWindow::openReview(bool atOverview)
{
    ReviewWorkspace *review = m_review;
    if (!review) {
        review = new ReviewWorkspace(m_session, this);
        review->setAttribute(Qt::WA_DeleteOnClose);
        connect(review, &ReviewWorkspace::clauseRequested, this, [this](const QString &clause) { showPolicy(clause); });
        connect(review, &ReviewWorkspace::recordRequested, this, &MainWindow::openRecord);
        connect(review, &ReviewWorkspace::disclosureRequested, this, &MainWindow::openDisclosure);
        m_review = review;
    }
    review->tabs()->setCurrentIndex(atOverview ? 1 : 0);
    review->show();
    review->raise();
    review->activateWindow();
    return review;
}

void MainWindow::confirmForwarded(const QString &contactId)
{
    const auto answer = QMessageBox::question(this, tr("Forward a copy"),
                                              tr("Have you forwarded a copy of this message to your district "
                                                 "account?"));
    if (answer != QMessageBox::Yes) {
        return;
    }
    QString error;
    auto filing = m_session.contactFiling(&error);
    if (!filing || !filing->markForwarded(contactId, &error)) {
        QMessageBox::warning(this, tr("Forward a copy"), error);
        return;
    }
    m_session.announceChange();
}

void MainWindow::markContactToDoDone(const QString &contactId, const QString &toDoId)
{
    bool ok = false;
    const QString note =
        QInputDialog::getText(this, tr("Mark as done"), tr("You did this now. A few words on what you did (optional):"),
                              QLineEdit::Normal, {}, &ok);
    if (!ok) {
        return;
    }
    QString error;
    auto filing = m_session.contactFiling(&error);
    if (!filing || !filing->markToDoDone(contactId, toDoId, note, &error)) {
        QMessageBox::warning(this, tr("Mark as done"), error);
        return;
    }
    m_session.announceChange();
}

void MainWindow::recordConcernReport(const QString &concernId)
{
    bool ok = false;
    const QString to =
        QInputDialog::getText(this, tr("Report made"), tr("You reported the concern now. To whom (names or agency)?"),
                              QLineEdit::Normal, {}, &ok);
    if (!ok) {
        return;
    }
    QString error;
    auto filing = m_session.contactFiling(&error);
    if (!filing || !filing->recordReport(concernId, QDateTime::currentDateTime(), to, &error)) {
        QMessageBox::warning(this, tr("Report made"), error);
        return;
    }
    m_session.announceChange();
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
