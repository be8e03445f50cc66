// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/setupdialog.h"

#include "ui_setupdialog.h"

#include "core/settings.h"
#include "policy/packloader.h"
#include "policy/packsignature.h"
#include "policy/shippedpacks.h"
#include "policy/vocabulary.h"
#include "ui/profilesession.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>

namespace clearline::ui {

SetupDialog::SetupDialog(ProfileSession &session, core::Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SetupDialog>())
    , m_session(session)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    for (const QString &id : policy::ShippedPacks::ids()) {
        const auto result = policy::PackLoader::loadFile(policy::ShippedPacks::resolve(id));
        if (result.pack) {
            m_ui->districtCombo->addItem(result.pack->district.name, id);
            m_packs.insert(id, *result.pack);
        }
    }
    auto *packFile = new QPushButton(tr("Use a pack file from your district…"));
    packFile->setObjectName(QStringLiteral("packFileButton"));
    connect(packFile, &QPushButton::clicked, this, &SetupDialog::choosePackFile);
    int districtRow = 0;
    QFormLayout::ItemRole districtRole = QFormLayout::FieldRole;
    m_ui->form->getWidgetPosition(m_ui->districtCombo, &districtRow, &districtRole);
    m_ui->form->insertRow(districtRow + 1, QString(), packFile);
    m_ui->districtCombo->setCurrentIndex(-1);
    m_ui->districtCombo->setPlaceholderText(tr("Choose your district"));
    connect(m_ui->districtCombo, &QComboBox::currentIndexChanged, this, &SetupDialog::districtChanged);
    connect(m_ui->districtCombo, &QComboBox::currentIndexChanged, this, &SetupDialog::updateProblem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create my profile"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SetupDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &SetupDialog::updateProblem);
    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, &SetupDialog::updateProblem);
    useDistrictsChoice(packFile);
    updateProblem();
}

void SetupDialog::useDistrictsChoice(QPushButton *packFile)
{
    // District IT may have chosen the pack for every profile on this computer.
    const QString given = m_settings.district();
    if (given.isEmpty()) {
        return;
    }
    int index = m_ui->districtCombo->findData(given);
    if (index < 0) {
        const auto result = policy::PackLoader::loadFile(policy::ShippedPacks::resolve(given));
        if (!result.pack) {
            return; // the window says why once the profile exists
        }
        m_packs.insert(given, *result.pack);
        m_ui->districtCombo->addItem(result.pack->district.name, given);
        index = m_ui->districtCombo->count() - 1;
    }
    m_ui->districtCombo->setCurrentIndex(index);
    if (m_settings.isLocked(QStringLiteral("district"))) {
        m_ui->districtCombo->setEnabled(false);
        const QString why = tr("Your district's IT staff chose this for everyone on this computer.");
        m_ui->districtCombo->setToolTip(why);
        m_ui->districtCombo->setAccessibleDescription(why);
        packFile->hide();
    }
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
    } else if (m_ui->districtCombo->currentIndex() < 0) {
        problem = tr("Choose your district.");
    }
    m_ui->problem->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SetupDialog::districtChanged()
{
    m_ui->schoolCombo->clear();
    m_ui->roleCombo->clear();
    const auto pack = m_packs.constFind(m_ui->districtCombo->currentData().toString());
    if (pack == m_packs.constEnd()) {
        return;
    }
    for (const policy::School &school : pack->schools) {
        m_ui->schoolCombo->addItem(school.name, school.id);
    }
    m_ui->schoolCombo->addItem(tr("Several schools, or the district office"), QString());
    m_ui->roleCombo->addItem(tr("Staff (teacher, coach, advisor, volunteer…)"), policy::vocabulary::kEveryone);
    for (const policy::Role &role : pack->roles) {
        m_ui->roleCombo->addItem(role.title, role.id);
    }
}

void SetupDialog::choosePackFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Your district's policy pack"), QString(),
                                                      tr("Policy packs (pack.yaml *.yaml)"));
    if (path.isEmpty()) {
        return;
    }
    // A pack file must carry its district's signature; its key is then
    // pinned, so that a later edit of the file is noticed.
    const policy::PackSignature::Check signature = policy::PackSignature::check(path);
    if (signature.state != policy::PackSignature::State::Valid) {
        QMessageBox::warning(this, tr("Policy pack"),
                             tr("This pack is %1, so ClearLine cannot use it. Ask your district's IT staff for the "
                                "signed pack (pack.yaml with its pack.yaml.sig).")
                                 .arg(signature.message));
        return;
    }
    const auto result = policy::PackLoader::loadFile(path);
    if (!result.pack) {
        QMessageBox::warning(this, tr("Policy pack"),
                             tr("This pack could not be read: %1").arg(result.errors.constFirst().toString()));
        return;
    }
    m_packs.insert(path, *result.pack);
    m_signers.insert(path, signature.fingerprint);
    m_ui->districtCombo->addItem(tr("%1 (signed by key %2)").arg(result.pack->district.name, signature.fingerprint),
                                 path);
    m_ui->districtCombo->setCurrentIndex(m_ui->districtCombo->count() - 1);
}

void SetupDialog::accept()
{
    const QString role = m_ui->roleCombo->currentData().toString();
    const QString district = m_ui->districtCombo->currentData().toString();
    // Times are judged in the district's zone, not this laptop's.
    const crypto::Identity::NewPerson person{
        m_ui->nameEdit->text(), m_ui->emailEdit->text(), role.isEmpty() ? QStringList() : QStringList{role},
        m_packs.value(district).district.timezone, m_ui->schoolCombo->currentData().toString()};
    QString error;
    if (!m_session.createIdentity(person, &error)) {
        m_ui->problem->setText(error);
        return;
    }
    m_settings.setDistrict(district);
    if (m_signers.contains(district)) {
        m_settings.setDistrictSigningKey(m_signers.value(district));
    }
    if (!m_settings.save(&error)) {
        m_ui->problem->setText(error);
        return;
    }
    if (const auto info = m_session.identityInfo()) {
        m_fingerprint = info->fingerprint();
    }
    QDialog::accept();
}

} // namespace clearline::ui
