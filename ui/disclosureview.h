// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "disclosures/disclosurebook.h"
#include "requests/requestform.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace clearline::ui {

class ProfileSession;

/// One trip disclosure through its life: where it stands, asking for
/// approval, the notice to copy or save and the record of handing it out,
/// a one-step report of misuse, the contacts logged for the trip day by
/// day, and closing it once the trip is over.
class DisclosureView : public QDialog
{
    Q_OBJECT

public:
    DisclosureView(ProfileSession &session, QString recordId, QWidget *parent = nullptr);

    QLabel *status() const { return m_status; }
    QPushButton *askButton() const { return m_ask; }
    QPushButton *handOutButton() const { return m_handOut; }
    QPushButton *misuseButton() const { return m_misuse; }
    QPushButton *closeButton() const { return m_close; }
    QTextBrowser *notice() const { return m_notice; }
    QComboBox *noticeLanguage() const { return m_language; }
    QLineEdit *givenTo() const { return m_givenTo; }
    QTreeWidget *days() const { return m_days; }

    /// The one-step misuse report and closing, with the words given (the
    /// buttons ask for them).
    bool reportMisuse(const QString &what, QString *error);
    bool closeDisclosure(const QString &note, QString *error);
    bool recordHandout(QString *error);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void authorizationRequested(const QString &disclosureId, const clearline::requests::RequestForm &form);
    void contactRequested(const QString &disclosureId);
    void recordRequested(const QString &recordId);
    void clauseRequested(const QString &clauseId);

private:
    void showNotice();
    void saveNoticePdf();

    ProfileSession &m_session;
    QString m_recordId;
    std::optional<disclosures::DisclosureItem> m_item; ///< as of the last refresh()
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_facts;
    QPushButton *m_ask;
    QPushButton *m_handOut;
    QPushButton *m_misuse;
    QPushButton *m_log;
    QPushButton *m_close;
    QComboBox *m_language;
    QTextBrowser *m_notice;
    QLineEdit *m_givenTo;
    QTreeWidget *m_days;
};

} // namespace clearline::ui
