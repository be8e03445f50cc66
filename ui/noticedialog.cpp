// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/noticedialog.h"

#include "notices/noticevalues.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"

#include "core/languages.h"
#include "core/zonedtime.h"
#include "policy/noticetext.h"
#include "ui/profilesession.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clearline::ui {

NoticeDialog::NoticeDialog(ProfileSession &session, const QString &requestId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_requestId(requestId)
    , m_notice(new QComboBox)
    , m_language(new QComboBox)
    , m_text(new QPlainTextEdit)
    , m_givenTo(new QLineEdit)
    , m_record(new QPushButton(tr("&Record as handed out")))
    , m_history(new QLabel)
{
    setWindowTitle(tr("Notice to hand out"));
    const policy::Pack *pack = m_session.pack();
    const auto info = m_session.identityInfo();
    if (pack && info && m_session.ledger()) {
        m_notices = notices::NoticeBook(*m_session.ledger(), *pack, info->personId).ofRequest(requestId);
        for (const notices::RequestNotice &entry : m_notices) {
            m_notice->addItem(policy::localizedText(entry.notice->title), entry.notice->id);
        }
        for (const QString &code : pack->district.languages) {
            m_language->addItem(core::Languages::nameInItself(code), code);
        }
    }
    m_notice->setAccessibleName(tr("Which notice"));
    m_language->setAccessibleName(tr("Language of the notice"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("The notice's text"));
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 8);
    m_givenTo->setPlaceholderText(tr("Such as: the parents of Room 12, by e-mail"));
    m_givenTo->setAccessibleName(tr("Handed out to"));
    m_history->setWordWrap(true);
    m_history->setAccessibleName(tr("When it was handed out"));

    auto *copy = new QPushButton(tr("&Copy the text"));
    copy->setAccessibleName(tr("Copy the notice's text"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_text->toPlainText()); });
    m_record->setAccessibleName(tr("Record that the notice was handed out"));
    m_record->setEnabled(false);
    connect(m_givenTo, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_record->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_record, &QPushButton::clicked, this, [this] {
        QString error;
        if (!recordHandout(&error)) {
            QMessageBox::warning(this, windowTitle(), error);
        }
    });

    auto *form = new QFormLayout;
    if (m_notices.size() > 1) {
        form->addRow(tr("&Notice:"), m_notice);
    } else {
        m_notice->hide();
    }
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *giving = new QFormLayout;
    giving->addRow(tr("Handed &out to:"), m_givenTo);

    auto *title = new QLabel;
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);
    if (!m_notices.isEmpty()) {
        title->setText(policy::localizedText(m_notices.constFirst().notice->title));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
    }
    title->setVisible(m_notices.size() == 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_text);
    layout->addWidget(copy, 0, Qt::AlignLeft);
    layout->addLayout(giving);
    layout->addWidget(m_record, 0, Qt::AlignLeft);
    layout->addWidget(m_history);
    layout->addWidget(buttons);

    connect(m_notice, &QComboBox::currentIndexChanged, this, &NoticeDialog::showNotice);
    connect(m_language, &QComboBox::currentIndexChanged, this, &NoticeDialog::showNotice);
    showNotice();
    resize(560, sizeHint().height());
}

void NoticeDialog::showNotice()
{
    const policy::Pack *pack = m_session.pack();
    const auto info = m_session.identityInfo();
    const int index = m_notice->currentIndex();
    if (!pack || !info || !m_session.ledger() || index < 0 || index >= m_notices.size()) {
        m_text->setPlainText(tr("Your district's policy asks for no notice with this request."));
        m_record->hide();
        m_givenTo->hide();
        return;
    }
    const auto request = requests::RequestBook(*m_session.ledger(), *pack, info->personId).request(m_requestId);
    const notices::RequestNotice &entry = m_notices.at(index);
    const QString language = m_language->currentData().toString();
    m_text->setPlainText(
        request ? policy::fillNotice(*entry.notice, language, notices::noticeValues(*pack, *request, info->name))
                : QString());
    QStringList given;
    for (const notices::NoticeHandout &handout : entry.handouts) {
        given.append(tr("Handed out to %1 on %2.")
                         .arg(handout.to, core::zonedTimeText(handout.at, core::zoneNamed(pack ? pack->district.timezone
                                                                                               : QString()))));
    }
    m_history->setText(given.isEmpty() ? tr("Not handed out yet.") : given.join(QLatin1Char('\n')));
}

bool NoticeDialog::recordHandout(QString *error)
{
    const int index = m_notice->currentIndex();
    auto filing = m_session.noticeFiling(error);
    const policy::Pack *pack = m_session.pack();
    if (!filing || !pack || index < 0 || index >= m_notices.size()) {
        return false;
    }
    if (!filing->recordHandout(m_requestId, m_notices.at(index).notice->id, m_language->currentData().toString(),
                               m_givenTo->text(), requests::districtToday(*pack), error)) {
        return false;
    }
    m_session.announceChange();
    const auto info = m_session.identityInfo();
    m_notices = notices::NoticeBook(*m_session.ledger(), *pack, info->personId).ofRequest(m_requestId);
    m_givenTo->clear();
    showNotice();
    return true;
}

} // namespace clearline::ui
