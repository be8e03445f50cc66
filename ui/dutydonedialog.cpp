// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dutydonedialog.h"

#include "requests/dutybook.h"
#include "requests/requestfiling.h"

#include "ui/profilesession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clearline::ui {

DutyDoneDialog::DutyDoneDialog(ProfileSession &session, const QString &dutyId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_dutyId(dutyId)
    , m_note(new QLineEdit)
    , m_status(new QLabel)
    , m_mark(new QPushButton(tr("&Mark as done")))
{
    setWindowTitle(tr("Mark as done"));
    const policy::Pack *pack = session.pack();
    const policy::Duty *duty = pack ? requests::findDuty(*pack, dutyId) : nullptr;
    const QString title = duty ? policy::localizedText(duty->title) : dutyId;
    const requests::DutyPeriod period =
        duty ? requests::DutyPeriod::of(*pack, *duty, requests::districtToday(*pack)) : requests::DutyPeriod{};
    auto *question = new QLabel(period.id == requests::DutyDone::kOnce || period.id.isEmpty()
                                    ? tr("Have you done this?\n\n%1").arg(title)
                                    : tr("Have you done this for the school year %1?\n\n%2").arg(period.id, title));
    question->setWordWrap(true);
    question->setAccessibleName(tr("Duty to mark as done"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional: what you did, for example \"sent by e-mail on 2 September\""));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Why it could not be marked done"));
    m_status->hide();
    m_mark->setAccessibleName(tr("Mark as done"));
    m_mark->setDefault(true);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_mark, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    auto *form = new QFormLayout;
    auto *noteLabel = new QLabel(tr("&Note:"));
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // The button signs; the box's accepted() would close without signing.
    connect(m_mark, &QPushButton::clicked, this, &DutyDoneDialog::markDone);
    connect(buttons, &QDialogButtonBox::rejected, this, &DutyDoneDialog::reject);
}

void DutyDoneDialog::markDone()
{
    QString error;
    auto filing = m_session.dutyFiling(&error);
    const auto revision =
        filing && m_session.pack()
            ? filing->markDone(m_dutyId, m_note->text(), requests::districtToday(*m_session.pack()), &error)
            : std::nullopt;
    if (!revision) {
        m_status->setText(error);
        m_status->show();
        return;
    }
    m_session.announceChange();
    accept();
}

} // namespace clearline::ui
