// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiledialog.h"

#include "core/settings.h"
#include "crypto/keystore.h"
#include "ledger/autobackup.h"
#include "ui/profilesession.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QtConcurrentRun>
#include <QVBoxLayout>

namespace clearline::ui {

namespace {
QLabel *selectable(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

// The latest good backup with its date in words, and what went wrong with
// today's if anything did: the copy "restore your latest backup" means.
QString backupDescription(const ProfileSession &session)
{
    const core::Profile &profile = session.profile();
    const int days = core::Settings(profile).backupDays();
    const auto latest = ledger::AutoBackup::latest(profile);
    QString text =
        latest ? ProfileDialog::tr("The latest good backup was made %1: %2. ClearLine makes one each day you work "
                                   "and keeps %n day(s) of them.",
                                   nullptr, days)
                     .arg(ledger::AutoBackup::whenText(*latest, QDate::currentDate()),
                          QDir::toNativeSeparators(latest->file))
               : ProfileDialog::tr("No backup yet. ClearLine makes one each day you work, once you have records, "
                                   "and keeps %n day(s) of them.",
                                   nullptr, days);
    if (!session.backupProblem().isEmpty()) {
        text += QLatin1Char(' ') + session.backupProblem();
    }
    return text;
}
} // namespace

ProfileDialog::ProfileDialog(ProfileSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_verdict(selectable(QString()))
    , m_check(new QPushButton(tr("Check my records again")))
{
    setWindowTitle(tr("Your profile"));
    auto *form = new QFormLayout;
    if (const auto info = m_session.identityInfo()) {
        form->addRow(tr("Name:"), selectable(info->name));
        form->addRow(tr("E-mail:"), selectable(info->email));
        form->addRow(tr("Roles:"),
                     selectable(info->roles.isEmpty() ? tr("none given") : info->roles.join(QStringLiteral(", "))));
        auto *fingerprint = selectable(info->fingerprint());
        fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        fingerprint->setAccessibleName(tr("Key fingerprint"));
        form->addRow(tr("Key fingerprint:"), fingerprint);
        // What district IT puts in the pack, and what a colleague sends
        // records to before the two have met (clearline identity show).
        const QString publicKey = QString::fromLatin1(info->publicKey.toBase64());
        auto *key = selectable(publicKey);
        key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        key->setAccessibleName(tr("Public key"));
        auto *copy = new QPushButton(tr("Copy public &key"));
        copy->setToolTip(tr("District IT needs it to confirm you in a role; anyone may see it."));
        connect(copy, &QPushButton::clicked, this, [publicKey] { QGuiApplication::clipboard()->setText(publicKey); });
        auto *keyRow = new QHBoxLayout;
        keyRow->addWidget(key, 1);
        keyRow->addWidget(copy);
        form->addRow(tr("Public key:"), keyRow);
        form->addRow(tr("Your key is kept:"),
                     selectable(info->keyStorage == crypto::KeyStore::Backend::SystemKeychain
                                    ? tr("in this computer's key store")
                                    : tr("in your profile folder, protected by your passphrase")));
        form->addRow(tr("Time zone:"), selectable(info->zone));
    }
    form->addRow(tr("Data folder:"), selectable(QDir::toNativeSeparators(m_session.profile().dataDirectory())));
    m_verdict->setAccessibleName(tr("Records check"));
    form->addRow(tr("Records:"), m_verdict);
    m_backup = selectable(backupDescription(m_session));
    m_backup->setAccessibleName(tr("Latest backup"));
    form->addRow(tr("Backups:"), m_backup);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &ProfileDialog::checkRecords);
    connect(&m_watcher, &QFutureWatcher<ledger::VerifyReport>::finished, this,
            [this] { showVerdict(m_watcher.result()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    checkRecords();
}

void ProfileDialog::checkRecords()
{
    ledger::Ledger *ledger = m_session.ledger();
    if (!ledger) {
        m_verdict->setText(tr("Your records are not open."));
        return;
    }
    m_check->setEnabled(false);
    m_verdict->setText(tr("Checking every signature…"));
    // The verifier reads through its own connection on the worker thread.
    m_watcher.setFuture(QtConcurrent::run([ledger] { return ledger->verify(); }));
}

QString ProfileDialog::verdict() const
{
    return m_verdict->text();
}

QString ProfileDialog::backupText() const
{
    return m_backup->text();
}

void ProfileDialog::showVerdict(const ledger::VerifyReport &report)
{
    m_check->setEnabled(true);
    if (report.ok() && report.records == 0) {
        m_verdict->setText(tr("You have no records yet."));
    } else if (report.ok()) {
        m_verdict->setText(tr("All %n record(s) check out: every signature and link is intact.", nullptr,
                              static_cast<int>(report.records)));
    } else {
        const ledger::VerifyProblem &first = report.problems.constFirst();
        m_verdict->setText(
            tr("Something is wrong with your records: %1%2. Ask your IT staff to look at them before you file more.")
                .arg(first.revisionId.isEmpty() ? QString() : tr("revision %1: ").arg(first.revisionId),
                     first.message));
    }
    Q_EMIT checked();
}

} // namespace clearline::ui
