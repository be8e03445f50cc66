// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/requestwizard.h"

#include "requests/requestfiling.h"

#include "ui/profilesession.h"
#include "ui/requestpages.h"

#include <QCheckBox>
#include <QMessageBox>

namespace clearline::ui {

namespace {

constexpr int kMaxFieldsPerPage = 4;
constexpr int kDraftDelayMs = 800;

/// Fields that cite the same clause are one concern and share a page; a
/// field that cites none joins the page it comes in, up to a few per page.
QList<QList<policy::Field>> pagesOf(const policy::Procedure &procedure)
{
    QList<QList<policy::Field>> pages;
    QString pageClause; // empty while the page has no clause of its own
    for (const policy::Field &field : procedure.fields) {
        const bool sameConcern =
            !pages.isEmpty() && (!field.clause.isSet() || pageClause.isEmpty() || field.clause.id == pageClause);
        if (!sameConcern || pages.last().size() >= kMaxFieldsPerPage) {
            pages.append(QList<policy::Field>());
            pageClause.clear();
        }
        pages.last().append(field);
        if (field.clause.isSet() && pageClause.isEmpty()) {
            pageClause = field.clause.id;
        }
    }
    return pages;
}

} // namespace

RequestWizard::RequestWizard(ProfileSession &session, const policy::Pack &pack, Start start, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_pack(pack)
    , m_procedure(*pack.procedure(start.form.procedureId))
    , m_form(std::move(start.form))
    , m_draftId(std::move(start.draftId))
    , m_correcting(std::move(start.correcting))
{
    setObjectName(QStringLiteral("RequestWizard"));
    setWindowTitle(isCorrection() ? tr("Correct: %1").arg(policy::localizedText(m_procedure.title))
                                  : policy::localizedText(m_procedure.title));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CancelButton, isCorrection() ? tr("Cancel") : tr("Close and keep draft"));
    setButtonText(QWizard::CommitButton, isCorrection() ? tr("&Sign and send correction") : tr("&Sign and send"));
    setButtonText(QWizard::FinishButton, tr("Done"));

    // Someone who was told the school in their profile need not say it again.
    if (const auto info = session.identityInfo(); info && !info->school.isEmpty()) {
        m_personSchool = info->school;
        for (const policy::Field &field : m_procedure.fields) {
            if (field.type == QLatin1String("school") && m_form.answer(field.id).isEmpty()) {
                m_form.answers.insert(field.id, info->school);
            }
        }
    }

    addPage(new IntroPage(pack, m_procedure, this));
    for (const QList<policy::Field> &fields : pagesOf(m_procedure)) {
        addPage(new FieldsPage(pack, fields, this));
    }
    if (!m_procedure.checklist.isEmpty()) {
        addPage(new ChecklistPage(pack, m_procedure, this));
    }
    addPage(new ReviewPage(pack, m_procedure, this));
    addPage(new DonePage(this));

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, [this] {
        QString error;
        saveDraft(&error);
    });
    connect(this, &QWizard::currentIdChanged, this, [this] {
        // The wizard shows the page before it says so: now the first
        // answer can take the keyboard, so typing starts at once.
        if (auto *fields = qobject_cast<FieldsPage *>(currentPage())) {
            fields->focusFirstAnswer();
        } else if (auto *checklist = qobject_cast<ChecklistPage *>(currentPage());
                   checklist && !checklist->boxes().isEmpty()) {
            checklist->boxes().constFirst()->setFocus(Qt::TabFocusReason);
        }
        if (!m_sent) {
            QString error;
            saveDraft(&error);
        }
    });
    resize(680, 560);
}

RequestWizard::~RequestWizard() = default;

void RequestWizard::setAnswer(const QString &fieldId, const QString &value)
{
    if (m_form.answers.value(fieldId) == value) {
        return;
    }
    if (value.isEmpty()) {
        m_form.answers.remove(fieldId);
    } else {
        m_form.answers.insert(fieldId, value);
    }
    scheduleDraft();
}

void RequestWizard::setTicked(const QString &itemId, bool ticked)
{
    if (ticked == m_form.isTicked(itemId)) {
        return;
    }
    if (ticked) {
        m_form.ticked.append(itemId);
    } else {
        m_form.ticked.removeAll(itemId);
    }
    scheduleDraft();
}

void RequestWizard::scheduleDraft()
{
    if (!m_sent) {
        m_draftTimer.start();
    }
}

bool RequestWizard::saveDraft(QString *error)
{
    m_draftTimer.stop();
    // A correction is short and made in one sitting; an empty form is
    // nothing to keep.
    const bool empty = m_form.answers.isEmpty() && m_form.ticked.isEmpty();
    if (isCorrection() || m_sent || (empty && m_draftId.isEmpty()) || !m_session.ledger()) {
        return true;
    }
    const auto id = requests::RequestFiling::saveDraft(*m_session.ledger(), m_form, m_draftId, error);
    if (!id) {
        return false;
    }
    const bool isNew = m_draftId.isEmpty();
    m_draftId = *id;
    if (isNew) {
        m_session.announceChange();
    }
    return true;
}

bool RequestWizard::send(const QString &reason, QString *error)
{
    std::optional<requests::RequestFiling> filing = m_session.requestFiling(error);
    if (!filing) {
        return false;
    }
    const QDate today = requests::districtToday(m_pack);
    m_draftTimer.stop();
    m_sent = isCorrection() ? filing->correct(m_correcting, m_form, reason, today, error)
                            : filing->send(m_form, m_draftId, today, error);
    if (!m_sent) {
        return false;
    }
    m_draftId.clear();
    m_session.announceChange();
    return true;
}

void RequestWizard::switchTo(const requests::RequestForm &form)
{
    QString error;
    saveDraft(&error);
    Q_EMIT otherProcedureRequested(form);
    QWizard::reject();
}

void RequestWizard::reject()
{
    QString error;
    if (!saveDraft(&error)) {
        // Never close on a draft that could not be kept.
        QMessageBox::warning(this, windowTitle(), tr("Your answers could not be kept as a draft: %1").arg(error));
        return;
    }
    QWizard::reject();
}

} // namespace clearline::ui
