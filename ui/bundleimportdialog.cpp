// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bundleimportdialog.h"

#include "crypto/digest.h"
#include "crypto/sealedfile.h"
#include "sync/bundleimport.h"
#include "sync/bundlereader.h"
#include "sync/bundlereport.h"
#include "sync/packcarriage.h"
#include "sync/sealedbundle.h"
#include "ui/profilesession.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clearline::ui {

BundleImportDialog::BundleImportDialog(ProfileSession &session, QStringList files, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_files(std::move(files))
    , m_intro(new QLabel(this))
    , m_report(new QPlainTextEdit(this))
    , m_peopleNote(new QLabel(this))
    , m_people(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Import records"));
    setObjectName(QStringLiteral("BundleImportDialog"));
    resize(720, 520);
    m_intro->setWordWrap(true);
    m_report->setReadOnly(true);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_peopleNote->setWordWrap(true);
    m_peopleNote->setText(tr("<b>People new to ClearLine on this computer.</b> Before you tick someone, compare the "
                             "fingerprint below with the one on their own screen (File › Your profile), in person "
                             "or by phone. A bundle comes in whole or not at all: tick everyone to import it."));
    m_people->setObjectName(QStringLiteral("newPeople"));

    auto *importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BundleImportDialog::importChecked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_report, 2);
    layout->addWidget(m_peopleNote);
    layout->addWidget(m_people, 1);
    layout->addWidget(m_buttons);
    check();
}

QString BundleImportDialog::reportText() const
{
    return m_report->toPlainText();
}

const crypto::SigningKey *BundleImportDialog::keyFor(const QString &file)
{
    // A locked bundle opens only with the person's key: ask for the
    // passphrase then, and only then.
    if (!crypto::SealedFile::looksSealed(file)) {
        return nullptr;
    }
    QString ignored;
    const crypto::Identity *identity = m_session.unlock(&ignored);
    return identity ? &identity->key() : nullptr;
}

void BundleImportDialog::check()
{
    sync::ImportOptions options;
    options.dryRun = true;
    if (m_session.pack()) {
        options.pack = *m_session.pack();
    }
    QStringList texts;
    QStringList seen;
    bool anyUsable = false;
    for (const QString &file : std::as_const(m_files)) {
        const sync::ImportReport report = sync::SealedBundle::import(*m_session.ledger(), file, keyFor(file), options);
        texts.append(sync::BundleReport::text(report, false));
        anyUsable = anyUsable || report.outcome != sync::ImportReport::Outcome::Refused;
        for (const ledger::KnownPerson &person : report.waiting) {
            const QString fingerprint = crypto::fingerprint(person.publicKey);
            if (seen.contains(fingerprint)) {
                continue;
            }
            seen.append(fingerprint);
            const QString known = report.newKeyOf.value(person.publicKey);
            const QString text = known.isEmpty()
                                     ? tr("%1 <%2>   fingerprint %3").arg(person.name, person.email, fingerprint)
                                     : tr("%1 <%2>   fingerprint %3 — a new key for %4")
                                           .arg(person.name, person.email, fingerprint, known);
            auto *item = new QListWidgetItem(text, m_people);
            item->setData(Qt::UserRole, fingerprint);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_intro->setText(anyUsable ? tr("ClearLine checked every signature. This is what importing would add; nothing "
                                    "has changed yet.")
                               : tr("ClearLine cannot import this. Nothing has changed."));
    m_report->setPlainText(texts.join(QStringLiteral("\n\n")));
    m_peopleNote->setVisible(!seen.isEmpty());
    m_people->setVisible(!seen.isEmpty());
    m_buttons->button(QDialogButtonBox::Cancel)->setText(anyUsable ? tr("Cancel") : tr("Close"));
    QPushButton *importButton = findChild<QPushButton *>(QStringLiteral("importButton"));
    importButton->setVisible(anyUsable);
    // A bundle comes in whole or not at all, so with anyone unticked the
    // import would change nothing: the button waits for every tick.
    const auto enable = [this, importButton] {
        bool allTicked = true;
        for (int i = 0; i < m_people->count(); ++i) {
            allTicked = allTicked && m_people->item(i)->checkState() == Qt::Checked;
        }
        importButton->setEnabled(allTicked);
    };
    connect(m_people, &QListWidget::itemChanged, this, enable);
    enable();
}

void BundleImportDialog::importChecked()
{
    sync::ImportOptions options;
    if (m_session.pack()) {
        options.pack = *m_session.pack();
    }
    for (int i = 0; i < m_people->count(); ++i) {
        if (m_people->item(i)->checkState() == Qt::Checked) {
            options.accepted.append(m_people->item(i)->data(Qt::UserRole).toString());
        }
    }
    QStringList texts;
    bool changed = false;
    for (const QString &file : std::as_const(m_files)) {
        // A sealed bundle is opened first (with the person's key); a newer
        // signed district policy it carries is taken before its records, so
        // that they are read under the policy that lists their signers.
        sync::SealedBundle::Problem problem = sync::SealedBundle::Problem::None;
        QString openError;
        const auto plain = sync::SealedBundle::open(file, keyFor(file), &problem, &openError);
        if (!plain) {
            sync::ImportReport refused;
            refused.file = file;
            refused.problem = openError;
            texts.append(sync::BundleReport::text(refused, false));
            continue;
        }
        sync::BundleReader peek(plain->path);
        QString unreadable;
        const auto arrival = peek.open(&unreadable)
                                 ? sync::PackCarriage::receive(m_session.profile(), peek.manifest().pack)
                                 : sync::PackCarriage::Arrival{};
        if (arrival.outcome == sync::PackCarriage::Arrival::Outcome::Adopted) {
            m_session.announcePackFile();
            options.pack = m_session.pack() ? std::optional(*m_session.pack()) : std::nullopt;
            changed = true;
        }
        if (!arrival.line.isEmpty()) {
            texts.append(sync::PackCarriage::text(arrival));
        }
        sync::ImportReport report = sync::BundleImport::run(*m_session.ledger(), plain->path, options);
        report.file = file;
        texts.append(sync::BundleReport::text(report, false));
        changed = changed || !report.changedNothing();
    }
    m_intro->setText(changed ? tr("Imported. This is what was added.") : tr("Nothing new was added."));
    m_report->setPlainText(texts.join(QStringLiteral("\n\n")));
    m_peopleNote->hide();
    m_people->hide();
    m_buttons->clear();
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::accept);
    if (changed) {
        m_session.announceChange();
    }
}

} // namespace clearline::ui
