// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "disclosures/disclosure.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace clearline::ui {

class ProfileSession;

/// Planning to give a personal number for a trip: the trip, the number and
/// with whom it is shared. What the district's pack says is shown as the
/// person fills it in: forbidden (with the clause and what to do instead),
/// approval first, or allowed once the limited purpose is confirmed.
class NewDisclosureDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewDisclosureDialog(ProfileSession &session, QWidget *parent = nullptr);

    disclosures::Disclosure disclosure() const;
    QString savedId() const { return m_savedId; }
    QLabel *verdict() const { return m_verdict; }
    QCheckBox *confirmation() const { return m_confirm; }
    QPushButton *saveButton() const { return m_save; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void clauseRequested(const QString &clauseId);
    void procedureRequested(const QString &procedureId);

private:
    void updateVerdict();

    ProfileSession &m_session;
    QLineEdit *m_name;
    QCheckBox *m_sponsored;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLineEdit *m_destination;
    QLineEdit *m_group;
    QSpinBox *m_students;
    QLineEdit *m_grades;
    QLineEdit *m_number;
    QComboBox *m_numberKind;
    QComboBox *m_sharedWith;
    QLabel *m_verdict;
    QCheckBox *m_confirm;
    QLabel *m_problem;
    QPushButton *m_save;
    QString m_savedId;
};

} // namespace clearline::ui
