// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/memodialog.h"

#include "ui/profilesession.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clearline::ui {

namespace {
constexpr int kAutosaveDelayMs = 800;
}

MemoDialog::MemoDialog(ProfileSession &session, const ledger::Draft &draft, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_draftId(draft.id)
    , m_title(new QLineEdit)
    , m_text(new QPlainTextEdit)
    , m_files(new QListWidget)
    , m_status(new QLabel)
    , m_file(new QPushButton(tr("&File memo")))
{
    setWindowTitle(tr("Memo to file"));
    m_title->setAccessibleName(tr("Memo title"));
    m_title->setPlaceholderText(tr("For example: Call with a parent about Saturday's bus"));
    m_title->setMaxLength(static_cast<int>(ledger::Memo::kMaxTitleLength));
    m_text->setAccessibleName(tr("What happened"));
    m_text->setPlaceholderText(
        tr("When it was, who it was with (initials are enough), the channel, and what was said."));
    m_text->setTabChangesFocus(true);
    m_files->setAccessibleName(tr("Attached files"));
    m_files->setMaximumHeight(80);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Memo status"));

    const ledger::Memo existing = ledger::Memo::fromPayload(draft.payload);
    m_title->setText(existing.title);
    m_text->setPlainText(existing.text);
    for (const auto &attachment : existing.attachments) {
        m_attachments.append(attachment);
        m_files->addItem(attachment.name);
    }

    auto *attach = new QPushButton(tr("&Attach a file…"));
    attach->setAutoDefault(false); // Enter files the memo, never opens a file dialog
    auto *discard = new QPushButton(tr("&Discard draft"));
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_file, QDialogButtonBox::AcceptRole);
    buttons->addButton(discard, QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_file->setDefault(true);

    auto *form = new QFormLayout;
    auto *titleLabel = new QLabel(tr("&Title:"));
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, m_title);
    auto *textLabel = new QLabel(tr("&What happened:"));
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, m_text);
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addWidget(attach, 0, Qt::AlignTop);
    form->addRow(tr("Files:"), filesRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 440);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &MemoDialog::saveDraft);
    connect(m_title, &QLineEdit::textChanged, this, &MemoDialog::changed);
    connect(m_text, &QPlainTextEdit::textChanged, this, &MemoDialog::changed);
    connect(attach, &QPushButton::clicked, this, &MemoDialog::chooseAttachment);
    connect(m_file, &QPushButton::clicked, this, &MemoDialog::fileMemo);
    connect(discard, &QPushButton::clicked, this, &MemoDialog::discardDraft);
    connect(buttons, &QDialogButtonBox::rejected, this, &MemoDialog::reject);
    m_status->setText(m_draftId.isEmpty() ? tr("What you type is kept as a draft until you file it.")
                                          : tr("This is your draft from before. File it when it is ready."));
}

ledger::Memo MemoDialog::memo() const
{
    return {m_title->text(), m_text->toPlainText(), m_attachments};
}

void MemoDialog::changed()
{
    m_dirty = true;
    m_autosave.start();
}

void MemoDialog::saveDraft()
{
    m_autosave.stop();
    if (!m_dirty || !m_session.ledger()) {
        return;
    }
    QString error;
    const auto id =
        m_session.ledger()->saveDraft({m_draftId, ledger::Memo::kKind, {}, {}, memo().toPayload(), {}}, &error);
    if (!id) {
        m_status->setText(tr("Your draft could not be kept: %1").arg(error));
        return;
    }
    m_draftId = *id;
    m_dirty = false;
    m_status->setText(tr("Draft kept."));
    Q_EMIT m_session.recordsChanged();
}

bool MemoDialog::attach(const QString &path)
{
    QString error;
    const auto attachment = m_session.ledger() ? m_session.ledger()->addAttachment(path, &error) : std::nullopt;
    if (!attachment) {
        m_status->setText(error);
        return false;
    }
    m_attachments.append(*attachment);
    m_files->addItem(attachment->name);
    changed();
    return true;
}

void MemoDialog::chooseAttachment()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"));
    if (!path.isEmpty()) {
        attach(path);
    }
}

void MemoDialog::fileMemo()
{
    const ledger::Memo current = memo();
    if (const QString problem = current.problem(); !problem.isEmpty()) {
        m_status->setText(problem);
        (current.title.trimmed().isEmpty() ? static_cast<QWidget *>(m_title) : m_text)->setFocus();
        return;
    }
    saveDraft();
    QString error;
    const auto revision = m_session.submit({ledger::Memo::kKind, {}, {}, {}, current.toPayload(), m_draftId}, &error);
    if (!revision) {
        m_status->setText(error.isEmpty() ? tr("The memo was not filed.") : error);
        return;
    }
    m_draftId.clear();
    m_dirty = false;
    accept();
}

void MemoDialog::discardDraft()
{
    m_autosave.stop();
    if (!m_draftId.isEmpty() && m_session.ledger()) {
        QString error;
        if (!m_session.ledger()->discardDraft(m_draftId, &error)) {
            m_status->setText(error);
            return;
        }
        Q_EMIT m_session.recordsChanged();
    }
    m_draftId.clear();
    m_dirty = false;
    QDialog::reject();
}

void MemoDialog::reject()
{
    // Closing keeps what was typed, as a draft.
    if (!m_title->text().trimmed().isEmpty() || !m_text->toPlainText().trimmed().isEmpty()) {
        saveDraft();
    }
    QDialog::reject();
}

void MemoDialog::closeEvent(QCloseEvent *event)
{
    reject();
    event->accept();
}

} // namespace clearline::ui
