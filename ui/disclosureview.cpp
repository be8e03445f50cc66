// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/disclosureview.h"

#include "contacts/contactbook.h"
#include "disclosures/disclosurebook.h"
#include "disclosures/disclosurefiling.h"
#include "requests/requestfiling.h"

#include "core/languages.h"
#include "core/zonedtime.h"
#include "policy/noticetext.h"
#include "policy/vocabularywords.h"
#include "ui/profilesession.h"
#include "ui/sheetprinter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clearline::ui {

namespace {} // namespace

DisclosureView::DisclosureView(ProfileSession &session, QString recordId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_recordId(std::move(recordId))
    , m_title(new QLabel)
    , m_status(new QLabel)
    , m_facts(new QLabel)
    , m_ask(new QPushButton(tr("&Ask for approval…")))
    , m_handOut(new QPushButton(tr("&Record as handed out")))
    , m_misuse(new QPushButton(tr("&Report misuse of my number…")))
    , m_log(new QPushButton(tr("&Log a contact for this trip…")))
    , m_close(new QPushButton(tr("&Close the disclosure…")))
    , m_language(new QComboBox)
    , m_notice(new QTextBrowser)
    , m_givenTo(new QLineEdit)
    , m_days(new QTreeWidget)
{
    setWindowTitle(tr("Trip disclosure"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_status->setWordWrap(true);
    m_status->setFrameShape(QFrame::StyledPanel);
    m_status->setMargin(8);
    m_status->setAccessibleName(tr("Where it stands"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    connect(m_facts, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("record:"))) {
            Q_EMIT recordRequested(link.mid(7));
        } else {
            Q_EMIT clauseRequested(link);
        }
    });

    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_ask, m_misuse, m_log, m_close}) {
        actions->addWidget(button);
    }
    actions->addStretch();

    auto *noticeBox = new QGroupBox(tr("The notice to hand out"));
    auto *noticeLayout = new QVBoxLayout(noticeBox);
    auto *noticeBar = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("La&nguage:"));
    languageLabel->setBuddy(m_language);
    auto *copy = new QPushButton(tr("C&opy"));
    auto *pdf = new QPushButton(tr("Save as &PDF…"));
    noticeBar->addWidget(languageLabel);
    noticeBar->addWidget(m_language);
    noticeBar->addStretch();
    noticeBar->addWidget(copy);
    noticeBar->addWidget(pdf);
    m_notice->setAccessibleName(tr("Notice"));
    m_notice->setMinimumHeight(110);
    auto *givenBar = new QHBoxLayout;
    auto *givenLabel = new QLabel(tr("Handed out &to:"));
    givenLabel->setBuddy(m_givenTo);
    m_givenTo->setPlaceholderText(tr("Such as: the team and their parents, at the meeting"));
    givenBar->addWidget(givenLabel);
    givenBar->addWidget(m_givenTo, 1);
    givenBar->addWidget(m_handOut);
    noticeLayout->addLayout(noticeBar);
    noticeLayout->addWidget(m_notice);
    noticeLayout->addLayout(givenBar);

    m_days->setHeaderLabels({tr("Day and time"), tr("With"), tr("Channel"), tr("Summary")});
    m_days->setAccessibleName(tr("Contacts logged for this trip"));
    m_days->setMinimumHeight(120);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &DisclosureView::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_facts);
    layout->addLayout(actions);
    layout->addWidget(noticeBox);
    layout->addWidget(new QLabel(tr("Contacts logged for this trip, day by day:")));
    layout->addWidget(m_days);
    layout->addWidget(buttons);
    resize(720, 640);

    connect(m_language, &QComboBox::currentIndexChanged, this, &DisclosureView::showNotice);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_notice->toPlainText()); });
    connect(pdf, &QPushButton::clicked, this, &DisclosureView::saveNoticePdf);
    connect(m_handOut, &QPushButton::clicked, this, [this] {
        QString error;
        if (!recordHandout(&error)) {
            QMessageBox::warning(this, windowTitle(), error);
        }
    });
    connect(m_log, &QPushButton::clicked, this, [this] { Q_EMIT contactRequested(m_recordId); });
    connect(m_ask, &QPushButton::clicked, this, [this] {
        QString error;
        auto filing = m_session.disclosureFiling(&error);
        const auto form = filing ? filing->authorizationForm(m_recordId, &error) : std::nullopt;
        if (!form) {
            QMessageBox::warning(this, windowTitle(), error);
            return;
        }
        Q_EMIT authorizationRequested(m_recordId, *form);
    });
    connect(m_misuse, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString what = QInputDialog::getMultiLineText(
            this, tr("Report misuse of my number"),
            tr("What happened? Who used the number, when, and for what. It is signed and saved here, and reaches "
               "the people your district names when your records next go out (your shared folder, or File, Send "
               "records to…)."),
            {}, &ok);
        QString error;
        if (ok && !reportMisuse(what, &error)) {
            QMessageBox::warning(this, windowTitle(), error);
        }
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString note = QInputDialog::getMultiLineText(this, tr("Close the disclosure"),
                                                            tr("Any follow-up to note (optional):"), {}, &ok);
        QString error;
        if (ok && !closeDisclosure(note, &error)) {
            QMessageBox::warning(this, windowTitle(), error);
        }
    });
    connect(&session, &ProfileSession::recordsChanged, this, &DisclosureView::refresh);
    refresh();
}

void DisclosureView::refresh()
{
    const policy::Pack *pack = m_session.pack();
    const auto info = m_session.identityInfo();
    if (!pack || !info || !m_session.ledger()) {
        m_status->setText(m_session.packProblem());
        return;
    }
    m_item = disclosures::DisclosureBook(*m_session.ledger(), *pack, info->personId)
                 .item(m_recordId, requests::districtToday(*pack));
    if (!m_item) {
        m_status->setText(tr("This trip disclosure is not in your records."));
        return;
    }
    const disclosures::Disclosure &disclosure = m_item->disclosure;
    const disclosures::DisclosureStatus &status = m_item->status;
    m_title->setText(tr("%1, %2").arg(disclosure.trip.name, disclosure.trip.dates()));
    QString statusText = status.description();
    if (status.flagged()) {
        statusText +=
            QLatin1Char('\n') + tr("Misuse of the number reported %n time(s).", nullptr, status.misuseReports);
    }
    m_status->setText(statusText);

    QStringList facts{tr("Number %1, shared with %2.")
                          .arg(disclosure.phoneNumber, disclosures::Disclosure::sharedWithText(disclosure.sharedWith))
                          .toHtmlEscaped()};
    if (const policy::Clause *clause = pack->clause(disclosure.policy.clauseId)) {
        facts.append(tr("Policy:").toHtmlEscaped() + QStringLiteral(" <a href=\"%1\">§ %2 %3</a>")
                                                         .arg(clause->id.toHtmlEscaped(),
                                                              clause->section.toHtmlEscaped(),
                                                              clause->title.toHtmlEscaped()));
    }
    if (!disclosure.authorizationRequest.isEmpty()) {
        facts.append(QStringLiteral("<a href=\"record:%1\">%2</a>")
                         .arg(disclosure.authorizationRequest, tr("Open the approval request").toHtmlEscaped()));
    }
    for (const disclosures::Handout &handout : disclosure.handouts) {
        facts.append(tr("Notice handed out to %1 on %2.")
                         .arg(handout.to, core::zonedTimeText(handout.at, core::zoneNamed(pack->district.timezone)))
                         .toHtmlEscaped());
    }
    for (const QString &report : disclosure.misuseReports) {
        facts.append(
            QStringLiteral("<a href=\"record:%1\">%2</a>").arg(report, tr("Open the misuse report").toHtmlEscaped()));
    }
    if (disclosure.closed && !disclosure.closingNote.isEmpty()) {
        facts.append(tr("Closing note: %1").arg(disclosure.closingNote).toHtmlEscaped());
    }
    m_facts->setText(facts.join(QStringLiteral("<br>")));

    const bool open = !disclosure.closed;
    const bool canAsk = pack->procedure(disclosure.policy.procedureId) && disclosure.policy.needsAuthorization() &&
                        (status.state == disclosures::DisclosureStatus::State::NeedsAuthorization ||
                         status.state == disclosures::DisclosureStatus::State::NotAuthorized);
    m_ask->setVisible(disclosure.policy.needsAuthorization());
    m_ask->setEnabled(open && canAsk);
    m_handOut->setEnabled(open && status.mayHandOut());
    m_givenTo->setEnabled(open && status.mayHandOut());
    m_misuse->setEnabled(open);
    m_log->setEnabled(open);
    m_close->setEnabled(open);

    const QString shown = m_language->currentData().toString();
    m_language->blockSignals(true);
    m_language->clear();
    for (const QString &code : pack->district.languages) {
        m_language->addItem(core::Languages::nameInItself(code), code);
    }
    const QString preferred = shown.isEmpty() ? QLocale().name() : shown;
    int index = m_language->findData(preferred);
    if (index < 0) {
        index = std::max(0, m_language->findData(preferred.section(QLatin1Char('_'), 0, 0)));
    }
    m_language->setCurrentIndex(index);
    m_language->blockSignals(false);
    showNotice();

    m_days->clear();
    const QList<contacts::ContactItem> entries =
        contacts::ContactBook(*m_session.ledger(), info->personId).entries({{}, {}, {}, {}, m_recordId, false, false});
    QMap<QDate, QTreeWidgetItem *> dayItems;
    const QTimeZone zone = core::zoneNamed(pack->district.timezone);
    for (const contacts::ContactItem &entry : entries) {
        QTreeWidgetItem *&day = dayItems[entry.districtDay];
        if (!day) {
            day = new QTreeWidgetItem(m_days, {QLocale().toString(entry.districtDay, QLocale::LongFormat)});
            day->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(day, {QLocale().toString(entry.entry.when.toTimeZone(zone).time(), QLocale::ShortFormat) +
                                      QLatin1Char(' ') + zone.abbreviation(entry.entry.when),
                                  entry.entry.initials, policy::VocabularyWords::channel(entry.entry.channel),
                                  entry.entry.summary});
    }
    m_days->expandAll();
    m_days->resizeColumnToContents(0);
}

void DisclosureView::showNotice()
{
    const policy::Pack *pack = m_session.pack();
    const auto info = m_session.identityInfo();
    if (!pack || !info || !m_item) {
        return;
    }
    const std::optional<disclosures::DisclosureItem> &item = m_item;
    if (!item->status.mayHandOut()) {
        m_notice->setPlainText(tr("The notice is shown once you may give out the number."));
        return;
    }
    const QString language = m_language->currentData().toString();
    const QMap<QString, QString> values =
        disclosures::DisclosureFiling::noticeValues(*pack, item->disclosure, info->name);
    QString html;
    for (const policy::Notice &notice : pack->notices) {
        if (item->disclosure.policy.noticeIds.contains(notice.id)) {
            html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                        .arg(policy::textIn(notice.title, language).toHtmlEscaped(),
                             policy::fillNotice(notice, language, values).toHtmlEscaped());
        }
    }
    if (html.isEmpty()) {
        m_notice->setPlainText(tr("Your district's policy asks for no notice with this number. Tell students and "
                                  "families what it is for when you give it."));
    } else {
        m_notice->setHtml(html);
    }
}

void DisclosureView::saveNoticePdf()
{
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save the notice as PDF"), tr("notice.pdf"), tr("PDF documents (*.pdf)"));
    if (file.isEmpty()) {
        return;
    }
    QPdfWriter writer(file);
    writer.setTitle(tr("Trip phone number notice"));
    writer.setCreator(QStringLiteral("ClearLine"));
    writer.setPageSize(SheetPrinter::pageSize());
    QTextDocument document;
    document.setHtml(m_notice->toHtml());
    document.print(&writer);
}

bool DisclosureView::recordHandout(QString *error)
{
    auto filing = m_session.disclosureFiling(error);
    const policy::Pack *pack = m_session.pack();
    if (!filing || !pack) {
        return false;
    }
    if (!filing->recordHandout(m_recordId, m_givenTo->text(), m_language->currentData().toString(),
                               QDateTime::currentDateTimeUtc(), requests::districtToday(*pack), error)) {
        return false;
    }
    m_givenTo->clear();
    m_session.announceChange();
    return true;
}

bool DisclosureView::reportMisuse(const QString &what, QString *error)
{
    auto filing = m_session.disclosureFiling(error);
    const policy::Pack *pack = m_session.pack();
    if (!filing || !pack || !filing->reportMisuse(m_recordId, what, requests::districtToday(*pack), error)) {
        return false;
    }
    m_session.announceChange();
    return true;
}

bool DisclosureView::closeDisclosure(const QString &note, QString *error)
{
    auto filing = m_session.disclosureFiling(error);
    const policy::Pack *pack = m_session.pack();
    if (!filing || !pack || !filing->close(m_recordId, note, requests::districtToday(*pack), error)) {
        return false;
    }
    m_session.announceChange();
    return true;
}

} // namespace clearline::ui
