// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/requestform.h"

#include "policy/pack.h"

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace clearline::ui {

class FieldEditor;
class RequestWizard;

enum class ClauseLinkStyle {
    Title,          ///< "§3.f Class pages"
    FromYourPolicy, ///< "From your policy: §3.f Class pages"
    Section,        ///< "§3.f", where space is short (the checklist)
};

/// A link to a clause of the policy, shown beside the step that comes from
/// it; null when the pack has no such clause.
QLabel *clauseLink(const policy::Pack &pack, const QString &clauseId, ClauseLinkStyle style, QWidget *parent = nullptr);

/// What the procedure is for, where it comes from in the policy, and the
/// other ways the policy offers.
class IntroPage : public QWizardPage
{
    Q_OBJECT

public:
    IntroPage(const policy::Pack &pack, const policy::Procedure &procedure, RequestWizard *wizard);
};

/// A few fields that belong together (they come from the same clause),
/// checked as the person types.
class FieldsPage : public QWizardPage
{
    Q_OBJECT

public:
    FieldsPage(const policy::Pack &pack, const QList<policy::Field> &fields, RequestWizard *wizard);

    bool isComplete() const override;
    void initializePage() override;
    QList<FieldEditor *> editors() const { return m_editors; }
    /// Puts the keyboard in the first answer (once the page is shown).
    void focusFirstAnswer();

private:
    void check();

    const policy::Pack &m_pack;
    RequestWizard *m_wizard;
    QList<FieldEditor *> m_editors;
    QList<QLabel *> m_problems;
    QLabel *m_missing = nullptr;
};

/// The procedure's checklist: each statement ticked by the person, with
/// the clause it comes from.
class ChecklistPage : public QWizardPage
{
    Q_OBJECT

public:
    ChecklistPage(const policy::Pack &pack, const policy::Procedure &procedure, RequestWizard *wizard);

    bool isComplete() const override;
    void initializePage() override;
    QList<QCheckBox *> boxes() const { return m_boxes; }

private:
    RequestWizard *m_wizard;
    QList<QCheckBox *> m_boxes;
    QLabel *m_left = nullptr;
};

/// Everything once more, who will act on it and in what order; signing and
/// sending happens when the person commits this page.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    ReviewPage(const policy::Pack &pack, const policy::Procedure &procedure, RequestWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString summary() const;

private:
    const policy::Pack &m_pack;
    const policy::Procedure &m_procedure;
    RequestWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
};

/// Sent: where the request stands and who acts next.
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(RequestWizard *wizard);
    void initializePage() override;
    QString status() const;

private:
    RequestWizard *m_wizard;
    QLabel *m_status = nullptr;
};

} // namespace clearline::ui
