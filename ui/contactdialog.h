// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/contactentry.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace clearline::ui {

class ProfileSession;

/// The contact log's quick entry: when, with whom (initials and a roster id,
/// no more), the channel, the purpose and what was said. The district's
/// rules are applied as the person types and explained with their clause;
/// nothing the rules say ever keeps an entry from being saved.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    /// trip: a disclosure's record id to file the entry under, if any.
    explicit ContactDialog(ProfileSession &session, const QString &trip = {}, QWidget *parent = nullptr);

    contacts::ContactEntry entry() const;
    /// The guidance shown for the entry as it stands.
    QLabel *guidance() const { return m_guidance; }
    QString savedId() const { return m_savedId; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void clauseRequested(const QString &clauseId);

private:
    void updateGuidance();

    ProfileSession &m_session;
    QDateTimeEdit *m_when;
    QLineEdit *m_initials;
    QLineEdit *m_roster;
    QComboBox *m_audience;
    QComboBox *m_recipients;
    QComboBox *m_channel;
    QComboBox *m_device;
    QComboBox *m_theirPhone;
    /// "I copied the … on the message", by role id: for the roles a to-do
    /// of the pack is done by copying (`unless_copied`) or a rule asks for
    /// (`copied:ROLE`).
    QList<std::pair<QString, QCheckBox *>> m_copied;
    QComboBox *m_purpose;
    QComboBox *m_trip;
    QPlainTextEdit *m_summary;
    QCheckBox *m_forwarded;
    QCheckBox *m_atRisk;
    QCheckBox *m_ownChild;
    QComboBox *m_family; ///< the pack's family ties; replaces m_ownChild when it names any
    QLabel *m_guidance;
    QLabel *m_problem;
    QPushButton *m_save;
    QString m_savedId;
    QList<policy::Authorization> m_authorizations; ///< the person's requests in force, for the guidance
};

} // namespace clearline::ui
