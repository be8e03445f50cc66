// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/requestform.h"

#include "ledger/revision.h"
#include "policy/pack.h"

#include <QTimer>
#include <QWizard>

#include <optional>

namespace clearline::ui {

class ProfileSession;

/// One wizard for every procedure of the district's pack: an introduction,
/// the fields a page per concern, the checklist, a review with the route,
/// then the signed request and who acts next. Every change is kept as a
/// draft, so closing the window loses nothing.
class RequestWizard : public QWizard
{
    Q_OBJECT

public:
    struct Start
    {
        requests::RequestForm form; ///< its procedure, and answers already given
        QString draftId;            ///< the draft it continues, if any
        QString correcting;         ///< the record a correction revises, if any
    };

    RequestWizard(ProfileSession &session, const policy::Pack &pack, Start start, QWidget *parent = nullptr);
    ~RequestWizard() override;

    const policy::Pack &pack() const { return m_pack; }
    const policy::Procedure &procedure() const { return m_procedure; }
    const requests::RequestForm &form() const { return m_form; }
    void setAnswer(const QString &fieldId, const QString &value);
    void setTicked(const QString &itemId, bool ticked);
    QString draftId() const { return m_draftId; }
    bool isCorrection() const { return !m_correcting.isEmpty(); }
    /// The school in the person's profile (empty for district-wide staff).
    QString personSchool() const { return m_personSchool; }
    const std::optional<ledger::Revision> &sent() const { return m_sent; }

    /// Saves the form as a draft now (nothing is saved for an empty form).
    bool saveDraft(QString *error);
    /// Signs and sends the request, or the correction with its reason.
    bool send(const QString &reason, QString *error);

    /// Opens the policy at a clause (the links beside each step).
    void requestClause(const QString &clauseId) { Q_EMIT clauseRequested(clauseId); }
    /// Leaves this wizard for another procedure, keeping this one's draft.
    void switchTo(const requests::RequestForm &form);

Q_SIGNALS:
    void clauseRequested(const QString &clauseId);
    void otherProcedureRequested(const clearline::requests::RequestForm &form);

public Q_SLOTS:
    void reject() override;

private:
    void scheduleDraft();

    ProfileSession &m_session;
    const policy::Pack &m_pack;
    const policy::Procedure &m_procedure;
    requests::RequestForm m_form;
    QString m_draftId;
    QString m_correcting;
    QString m_personSchool;
    std::optional<ledger::Revision> m_sent;
    QTimer m_draftTimer;
};

} // namespace clearline::ui
