// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/contactbook.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTreeWidget;

namespace clearline::ui {

class ProfileSession;

/// The person's contact log, newest first, with filters by date, student,
/// channel, off-hours and flagged.
class ContactLogView : public QWidget
{
    Q_OBJECT

public:
    explicit ContactLogView(ProfileSession &session, QWidget *parent = nullptr);

    contacts::ContactFilter filter() const;
    QTreeWidget *list() const { return m_list; }
    QLineEdit *studentFilter() const { return m_student; }
    QCheckBox *flaggedFilter() const { return m_flagged; }
    QCheckBox *offHoursFilter() const { return m_offHours; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void entryActivated(const QString &recordId);

private:
    ProfileSession &m_session;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_student;
    QComboBox *m_channel;
    QCheckBox *m_offHours;
    QCheckBox *m_flagged;
    QTreeWidget *m_list;
};

} // namespace clearline::ui
