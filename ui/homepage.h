// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace clearline::crypto {
struct IdentityInfo;
}
namespace clearline::policy {
struct Pack;
}

namespace clearline::ui {

class ContactLogView;
class MemoList;
class ProfileSession;
class RequestList;
class TaskCard;

/// The first screen: what a person can come to do under their district's
/// pack, as cards; a reminder when this year's acknowledgment is due; their
/// requests with where each stands, their professional accounts and memos.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(ProfileSession &session, QWidget *parent = nullptr);

    QList<TaskCard *> cards() const { return m_cards; }
    TaskCard *card(const QString &title) const;
    MemoList *memoList() const { return m_memos; }
    RequestList *requestList() const { return m_requests; }
    QListWidget *accountList() const { return m_accounts; }
    QLabel *reminder() const { return m_reminder; }
    /// What needs doing now: the pack's duties the person holds, overdue
    /// first; disclosures to ask for, close or overdue; copies to forward;
    /// requests that continue approved ones; concerns to report.
    QListWidget *attentionList() const { return m_attention; }
    QListWidget *tripList() const { return m_trips; }
    ContactLogView *contactLog() const { return m_contactLog; }

public Q_SLOTS:
    /// Builds the cards and lists again (the pack or the records changed).
    void refresh();

Q_SIGNALS:
    void memoRequested();
    void acknowledgmentRequested();
    void procedureRequested(const QString &procedureId);
    void contactRequested();
    void disclosureRequested();
    void disclosureOpened(const QString &recordId);
    void forwardingConfirmed(const QString &contactId);
    void concernReported(const QString &concernId);
    /// The person chose a to-do a logged contact made, to mark it as done.
    void contactToDoDone(const QString &contactId, const QString &toDoId);
    /// The person chose to send the request that continues an approved one.
    void followOnRequested(const QString &approvedRecordId);
    /// The person chose to hand out a request's notice.
    void noticeRequested(const QString &requestId);
    /// The person chose one of their open duties, to mark it as done.
    void dutyDoneRequested(const QString &dutyId);
    void reviewRequested();
    void recordsRequested();
    void overviewRequested();

private:
    struct Task
    {
        QString title;
        QString description;
        std::function<void()> open; ///< empty: not built yet, and the card says so
    };
    void rebuildCards();
    void refreshReminder();
    void refreshAccounts();
    void refreshTrips();
    void addDuties(const policy::Pack &pack, const crypto::IdentityInfo &info, const QDate &today);
    QWidget *addSection(const QString &heading, const QList<Task> &tasks);

    ProfileSession &m_session;
    QVBoxLayout *m_cardArea = nullptr;
    QList<QWidget *> m_sections;
    QList<TaskCard *> m_cards;
    QLabel *m_reminder = nullptr;
    QPushButton *m_remindButton = nullptr;
    QWidget *m_reminderBox = nullptr;
    RequestList *m_requests = nullptr;
    QLabel *m_accountsHeading = nullptr;
    QListWidget *m_accounts = nullptr;
    MemoList *m_memos = nullptr;
    QLabel *m_attentionHeading = nullptr;
    QListWidget *m_attention = nullptr;
    QListWidget *m_trips = nullptr;
    ContactLogView *m_contactLog = nullptr;
};

} // namespace clearline::ui
