// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/setupdialog.h"

#include "ui_setupdialog.h"

#include "ui/profilesession.h"

#include <QPushButton>

namespace clearline::ui {

SetupDialog::SetupDialog(ProfileSession &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SetupDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create my profile"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SetupDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &SetupDialog::updateProblem);
    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, &SetupDialog::updateProblem);
    updateProblem();
}

SetupDialog::~SetupDialog() = default;

void SetupDialog::updateProblem()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    const QString email = m_ui->emailEdit->text().trimmed();
    QString problem;
    if (name.isEmpty()) {
        problem = tr("Type your name.");
    } else if (!email.contains(QLatin1Char('@')) || email.endsWith(QLatin1Char('@'))) {
        problem = tr("Type your district e-mail address, like name@yourdistrict.org.");
    }
    m_ui->problem->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SetupDialog::accept()
{
    QStringList roles;
    if (const QString role = m_ui->roleEdit->text().trimmed(); !role.isEmpty()) {
        roles.append(role);
    }
    QString error;
    if (!m_session.createIdentity({m_ui->nameEdit->text(), m_ui->emailEdit->text(), roles, {}}, &error)) {
        m_ui->problem->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace clearline::ui
