// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/review.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace clearline::ui {

class BuildingOverviewView;
class DelegationList;
class EnrolmentNote;
class ProfileSession;

/// The approver's workspace: what waits for this person's decision or
/// notice under any role they hold or act in as a designee, one request at
/// a time beside its page (answers, checklist, clauses, ClearLine's checks,
/// route, signatures), with approve, return and deny signed in one step;
/// their designees; and their school's overview.
class ReviewWorkspace : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewWorkspace(ProfileSession &session, QWidget *parent = nullptr);

    QTreeWidget *queueView() const { return m_queue; }
    QTextBrowser *sheetView() const { return m_sheet; }
    QPlainTextEdit *commentBox() const { return m_comment; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *returnButton() const { return m_return; }
    QPushButton *denyButton() const { return m_deny; }
    QPushButton *printButton() const { return m_print; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *stateFilter() const { return m_state; }
    QLabel *messageLabel() const { return m_message; }
    QTabWidget *tabs() const { return m_tabs; }
    BuildingOverviewView *overview() const { return m_overview; }
    DelegationList *delegations() const { return m_delegations; }
    /// The queue as it is shown, after the filters.
    const QList<requests::QueueItem> &shownItems() const { return m_shown; }

    /// Signs the decision on the selected item; false, with the reason shown
    /// in the window, when it is refused.
    bool decide(requests::Decision::Action action);
    /// Writes the selected request's page to a PDF file; `done` gets whether
    /// it worked.
    void printTo(const QString &file, std::function<void(bool)> done);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void clauseRequested(const QString &clauseId);
    void recordRequested(const QString &recordId);
    void disclosureRequested(const QString &recordId);

private:
    QWidget *makeQueuePage();
    void refreshShownTab();
    void fillFilters();
    void showQueue();
    void showSelected();
    void savePdf();
    const requests::QueueItem *selected() const;

    ProfileSession &m_session;
    QList<requests::QueueItem> m_items;
    QList<requests::QueueItem> m_shown;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_school = nullptr;
    QComboBox *m_requester = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_queue = nullptr;
    QTextBrowser *m_sheet = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_deny = nullptr;
    QPushButton *m_print = nullptr;
    BuildingOverviewView *m_overview = nullptr;
    DelegationList *m_delegations = nullptr;
    EnrolmentNote *m_enrolment = nullptr;
};

} // namespace clearline::ui
