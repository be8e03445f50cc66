// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sendbundledialog.h"

#include "requests/delegation.h"

#include "sync/bundleexport.h"
#include "sync/bundlereport.h"
#include "sync/sealedbundle.h"
#include "ui/profilesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace clearline::ui {

namespace {

/// Opens the mail program with the file attached: xdg-email can attach on
/// free desktops; a mailto: link cannot, so then the folder is shown.
bool handToMail(const QString &email, const QString &file, const QString &subject)
{
    const QString xdgEmail = QStandardPaths::findExecutable(QStringLiteral("xdg-email"));
    if (!xdgEmail.isEmpty() && QProcess::startDetached(xdgEmail, {QStringLiteral("--subject"), subject,
                                                                  QStringLiteral("--attach"), file, email})) {
        return true;
    }
    QUrl mail;
    mail.setScheme(QStringLiteral("mailto"));
    mail.setPath(email);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), subject);
    mail.setQuery(query);
    QDesktopServices::openUrl(mail);
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(file).absolutePath()));
    return false;
}

} // namespace

SendBundleDialog::SendBundleDialog(ProfileSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_recipients(new QComboBox(this))
    , m_again(new QCheckBox(tr("Send &again what they already have"), this))
    , m_outcome(new QLabel(this))
{
    setWindowTitle(tr("Send records to…"));
    setObjectName(QStringLiteral("SendBundleDialog"));
    m_recipients->setObjectName(QStringLiteral("recipients"));
    const auto self = m_session.identityInfo();
    // Anyone the district's pack lists can be sent records before the two
    // have met, as with `bundle export --for`.
    const QList<ledger::KnownPerson> people =
        m_session.pack() ? requests::DelegationFiling::knownPeople(*m_session.ledger(), *m_session.pack())
                         : m_session.ledger()->people();
    for (const ledger::KnownPerson &person : people) {
        if (self && person.publicKey == self->publicKey) {
            continue;
        }
        m_recipients->addItem(person.email.isEmpty() ? person.name
                                                     : QStringLiteral("%1 <%2>").arg(person.name, person.email),
                              person.publicKey);
    }
    // Everything goes only to yourself: it holds what only you may see.
    m_recipients->addItem(tr("A full backup for yourself (everything on this computer)"), QByteArray());

    auto *intro = new QLabel(tr("ClearLine puts what this person may see and does not have yet in one signed "
                                "file, then opens your e-mail program with it attached. They open it in ClearLine "
                                "with File › Import records."),
                             this);
    intro->setWordWrap(true);
    m_outcome->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("sendOutcome"));
    auto *form = new QFormLayout;
    form->addRow(tr("&For:"), m_recipients);
    // For someone who may now see more than before (a new designee): what
    // they hold as placeholders comes whole (docs/privacy.md).
    m_again->setObjectName(QStringLiteral("sendAgain"));
    m_again->setToolTip(tr("For someone who may now see more than before, such as a new designee: everything they "
                           "may see goes in, also what they were sent before."));
    m_again->setAccessibleDescription(m_again->toolTip());
    form->addRow(QString(), m_again);
    const auto backupChosen = [this] {
        const bool backup = m_recipients->currentData().toByteArray().isEmpty();
        m_again->setEnabled(!backup);
        if (backup) {
            m_again->setChecked(false);
        }
    };
    connect(m_recipients, &QComboBox::currentIndexChanged, this, backupChosen);
    backupChosen();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *send = buttons->addButton(tr("&Send…"), QDialogButtonBox::AcceptRole);
    send->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SendBundleDialog::chooseFileAndSend);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
}

QString SendBundleDialog::outcome() const
{
    return m_outcome->text();
}

void SendBundleDialog::chooseFileAndSend()
{
    const QString who = m_recipients->currentText().section(QLatin1Char('<'), 0, 0).trimmed();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("ClearLine %1 %2.clbundle")
                          .arg(m_recipients->currentData().toByteArray().isEmpty() ? tr("records") : who,
                               QDate::currentDate().toString(Qt::ISODate)));
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the records to send"), suggested,
                                                      tr("ClearLine bundles (*.clbundle)"));
    const bool backup = m_recipients->currentData().toByteArray().isEmpty();
    if (file.isEmpty() || !sendTo(file, !backup)) {
        return;
    }
    if (m_handedToMail || backup) {
        accept();
        return;
    }
    // No mail program could take the attachment: the dialog stays, saying
    // where the file is (its folder has opened) and what to do with it.
    m_outcome->setText(m_outcome->text() + QLatin1Char(' ') +
                       tr("Your e-mail program could not attach it by itself: attach this file to a message to "
                          "them from the folder that just opened."));
}

bool SendBundleDialog::sendTo(const QString &file, bool mail)
{
    QString error;
    const crypto::Identity *identity = m_session.unlock(&error);
    if (!identity) {
        m_outcome->setText(error);
        return false;
    }
    sync::ExportChoice choice;
    const QByteArray key = m_recipients->currentData().toByteArray();
    QString email;
    if (!key.isEmpty()) {
        // Every key of theirs: a person may have ClearLine on two computers.
        QString personId;
        const QList<ledger::KnownPerson> people =
            m_session.pack() ? requests::DelegationFiling::knownPeople(*m_session.ledger(), *m_session.pack())
                             : m_session.ledger()->people();
        for (const ledger::KnownPerson &person : people) {
            if (person.publicKey == key) {
                personId = person.personId;
                email = person.email;
                choice.recipient = person.name;
            }
        }
        choice.peerKeys.append(key);
        for (const ledger::KnownPerson &person : people) {
            if (!personId.isEmpty() && person.personId == personId && person.publicKey != key) {
                choice.peerKeys.append(person.publicKey);
            }
        }
    }
    std::optional<policy::Pack> pack;
    if (m_session.pack()) {
        pack = *m_session.pack();
    }
    if (!key.isEmpty()) {
        // Only what they may see goes whole; the rest keeps the chain as stubs.
        choice.audienceOf = key;
        choice.audiencePack = pack;
    }
    // Locked for the people it is for (app/sync/sealedbundle.h): a backup
    // for its maker alone, a bundle for a colleague for their keys and its maker.
    const QList<QByteArray> readers = choice.peerKeys;
    if (m_again->isChecked()) {
        choice.peerKeys.clear(); // what they acknowledged goes in again
    }
    const auto result = sync::SealedBundle::write(*m_session.ledger(), *identity, sync::BundleExport::stampOf(pack),
                                                  choice, readers, file, &error);
    if (!result) {
        m_outcome->setText(error);
        return false;
    }
    m_outcome->setText(
        key.isEmpty()
            ? tr("Saved %1: a full backup of everything this profile holds, records about students included. Only "
                 "you can open it, with your key. Keep it safe, and send it to nobody.")
                  .arg(QDir::toNativeSeparators(file))
            : tr("Saved %1: %2.").arg(QDir::toNativeSeparators(file), sync::BundleReport::kindCounts(result->kinds)));
    m_handedToMail = mail && handToMail(email, file, tr("ClearLine records from %1").arg(identity->info().name));
    return true;
}

} // namespace clearline::ui
