// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settingsdialog.h"

#include "ui_settingsdialog.h"

#include "core/languages.h"
#include "core/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace clearline::ui {

SettingsDialog::SettingsDialog(core::Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    const QString system = core::Languages::localeFor(QString()).nativeLanguageName();
    m_ui->languageCombo->addItem(tr("Same as the system (%1)").arg(system), QString());
    for (const auto &language : core::Languages::available()) {
        m_ui->languageCombo->addItem(language.nativeName, language.code);
    }
    const int current = m_ui->languageCombo->findData(m_settings.language());
    m_ui->languageCombo->setCurrentIndex(current < 0 ? 0 : current);
    m_ui->folderEdit->setText(QDir::toNativeSeparators(m_settings.syncFolder()));
    connect(m_ui->folderButton, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Choose the shared folder"), m_ui->folderEdit->text());
        if (!folder.isEmpty()) {
            m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
        }
    });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    QString error;
    if (!m_settings.setValue(QStringLiteral("language"), m_ui->languageCombo->currentData().toString(), &error) ||
        !m_settings.setValue(QStringLiteral("sync_folder"),
                             QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed()), &error) ||
        !m_settings.save(&error)) {
        QMessageBox::warning(this, tr("Settings not saved"), error);
        return;
    }
    QDialog::accept();
}

} // namespace clearline::ui
