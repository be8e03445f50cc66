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
    // What district IT set for everyone is shown, not offered.
    const QString locked = tr("Your district's IT staff set this for everyone on this computer.");
    if (m_settings.isLocked(QStringLiteral("language"))) {
        m_ui->languageCombo->setEnabled(false);
        m_ui->languageCombo->setToolTip(locked);
    }
    if (m_settings.isLocked(QStringLiteral("sync_folder"))) {
        m_ui->folderEdit->setEnabled(false);
        m_ui->folderButton->setEnabled(false);
        m_ui->folderEdit->setToolTip(locked);
    }
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    QString error;
    // Only a change becomes the person's own: a value left as the district
    // set it keeps following the district.
    const auto change = [this, &error](const QString &key, const QString &value) {
        QString now;
        m_settings.value(key, &now, &error);
        return m_settings.isLocked(key) || now == value || m_settings.setValue(key, value, &error);
    };
    if (!change(QStringLiteral("language"), m_ui->languageCombo->currentData().toString()) ||
        !change(QStringLiteral("sync_folder"),
                QDir::cleanPath(QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed()))) ||
        !m_settings.save(&error)) {
        QMessageBox::warning(this, tr("Settings not saved"), error);
        return;
    }
    QDialog::accept();
}

} // namespace clearline::ui
