// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/acknowledgedialog.h"

#include "requests/acknowledgment.h"
#include "requests/requestfiling.h"

#include "ui/policyviewer.h"
#include "ui/profilesession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clearline::ui {

AcknowledgeDialog::AcknowledgeDialog(ProfileSession &session, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_viewer(new PolicyViewer)
    , m_read(new QCheckBox)
    , m_error(new QLabel)
{
    setWindowTitle(tr("Acknowledge this year's policy"));
    const policy::Pack *pack = session.pack();
    const requests::Acknowledgment ack =
        pack ? requests::Acknowledgment::forToday(*pack, requests::districtToday(*pack)) : requests::Acknowledgment();
    auto *intro = new QLabel(tr("Read your district's policy below. Then tick the box and sign: ClearLine keeps "
                                "a signed record that you read it this school year."));
    intro->setWordWrap(true);
    if (pack) {
        m_viewer->showPack(*pack, language);
    } else {
        m_viewer->showMessage(session.packProblem());
    }
    m_read->setText(tr("I have read %1 for the school year %2.").arg(ack.policyTitle, ack.schoolYear));
    m_read->setAccessibleName(m_read->text());
    m_read->setEnabled(pack != nullptr);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_sign = buttons->addButton(tr("&Sign"), QDialogButtonBox::AcceptRole);
    m_sign->setEnabled(false);
    connect(m_read, &QCheckBox::toggled, m_sign, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &AcknowledgeDialog::sign);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_viewer, 1);
    layout->addWidget(m_read);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 640);
}

void AcknowledgeDialog::sign()
{
    QString error;
    std::optional<requests::RequestFiling> filing = m_session.requestFiling(&error);
    if (filing && filing->acknowledge(requests::districtToday(*m_session.pack()), &error)) {
        m_session.announceChange();
        accept();
        return;
    }
    m_error->setText(error);
    m_error->setVisible(true);
}

} // namespace clearline::ui
