// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contactdialog.h"

#include "contacts/contactbook.h"
#include "contacts/contactfiling.h"
#include "disclosures/disclosurebook.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"

#include "policy/vocabulary.h"
#include "policy/vocabularywords.h"
#include "ui/profilesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace clearline::ui {

namespace {

QComboBox *choices(const QList<std::pair<QString, QString>> &items)
{
    auto *box = new QComboBox;
    for (const auto &[id, text] : items) {
        box->addItem(text, id);
    }
    return box;
}

} // namespace

ContactDialog::ContactDialog(ProfileSession &session, const QString &trip, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_when(new QDateTimeEdit(QDateTime::currentDateTime()))
    , m_initials(new QLineEdit)
    , m_roster(new QLineEdit)
    // A contact is logged with one side; "both" is for the pack's rules.
    , m_audience(choices(policy::VocabularyWords::audiences().mid(0, 2)))
    , m_recipients(choices(policy::VocabularyWords::recipients()))
    , m_channel(choices(policy::VocabularyWords::channels()))
    , m_device(choices(policy::VocabularyWords::devices()))
    , m_theirPhone(choices(policy::VocabularyWords::theirPhones()))
    , m_purpose(new QComboBox)
    , m_trip(new QComboBox)
    , m_summary(new QPlainTextEdit)
    , m_forwarded(new QCheckBox(tr("A copy went to my &district account")))
    , m_atRisk(new QCheckBox(tr("The student may be at &risk, neglected or harmed")))
    , m_ownChild(new QCheckBox(tr("The student is my &own child")))
    , m_family(new QComboBox)
    , m_guidance(new QLabel)
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Log a contact"));
    // Names for tests and for scripts that drive the dialog, not shown.
    m_channel->setObjectName(QStringLiteral("channel"));
    m_recipients->setObjectName(QStringLiteral("onMessage"));
    m_device->setObjectName(QStringLiteral("device"));
    m_theirPhone->setObjectName(QStringLiteral("theirPhone"));
    m_purpose->setObjectName(QStringLiteral("purpose"));
    const auto info = m_session.identityInfo();
    if (m_session.pack() && m_session.ledger() && info) {
        m_authorizations = requests::RequestBook(*m_session.ledger(), *m_session.pack(), info->personId)
                               .authorizations(requests::districtToday(*m_session.pack()));
    }
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_initials->setPlaceholderText(tr("Initials only, such as J.R."));
    m_initials->setMaxLength(8);
    m_roster->setPlaceholderText(tr("Roster id (optional)"));
    m_summary->setPlaceholderText(tr("What was said, or the message itself"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::RichText);
    m_guidance->setAccessibleName(tr("What your district's policy says"));
    // Room for the longest advice, so the form above never gets squeezed.
    m_guidance->setMinimumHeight(m_guidance->fontMetrics().lineSpacing() * 10);
    m_guidance->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link-visited);"));

    m_trip->addItem(tr("Not about a trip"), QString());
    if (const policy::Pack *pack = session.pack(); pack && session.ledger() && session.identityInfo()) {
        const disclosures::DisclosureBook book(*session.ledger(), *pack, session.identityInfo()->personId);
        for (const disclosures::DisclosureItem &item : book.items(requests::districtToday(*pack))) {
            if (item.status.state != disclosures::DisclosureStatus::State::Closed || item.recordId == trip) {
                m_trip->addItem(tr("%1 (%2)").arg(item.disclosure.trip.name, item.disclosure.trip.dates()),
                                item.recordId);
            }
        }
    }
    m_trip->setCurrentIndex(std::max(0, m_trip->findData(trip)));
    // The channel this person logged last (people keep to one), else the
    // district's e-mail: a first-time default is never a personal channel
    // the policy may forbid.
    QString channel = QStringLiteral("district-email");
    if (m_session.ledger() && info) {
        contacts::ContactFilter recent;
        recent.from = QDate::currentDate().addDays(-90);
        const QList<contacts::ContactItem> logged =
            contacts::ContactBook(*m_session.ledger(), info->personId).entries(recent);
        if (!logged.isEmpty()) {
            channel = logged.constFirst().entry.channel;
        }
    }
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));

    auto *who = new QHBoxLayout;
    who->addWidget(m_initials, 1);
    who->addWidget(m_roster, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("W&ho:"), m_audience);
    auto *initialsLabel = new QLabel(tr("&Initials:"));
    initialsLabel->setBuddy(m_initials);
    form->addRow(initialsLabel, who);
    form->addRow(tr("On the &message:"), m_recipients);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("De&vice:"), m_device);
    m_theirPhone->insertItem(0, tr("I don't know"), QString());
    m_theirPhone->setCurrentIndex(0);
    form->addRow(tr("Th&eir phone:"), m_theirPhone);
    // The device follows the channel until the person says otherwise; whose
    // phone is asked only of a call or a text.
    const auto channelChanged = [this, form] {
        const QString chosen = m_channel->currentData().toString();
        if (chosen.startsWith(QLatin1String("personal-")) || chosen.startsWith(QLatin1String("district-"))) {
            m_device->setCurrentIndex(m_device->findData(chosen.startsWith(QLatin1String("personal-"))
                                                             ? QStringLiteral("personal")
                                                             : QStringLiteral("district")));
        }
        form->setRowVisible(m_device, chosen != QLatin1String("in-person"));
        form->setRowVisible(m_theirPhone, policy::vocabulary::kPhoneChannels.contains(chosen));
    };
    connect(m_channel, &QComboBox::currentIndexChanged, this, channelChanged);
    channelChanged();
    form->addRow(tr("&Purpose:"), m_purpose);
    // The district names the purposes (its pack's `purposes`); a pack that
    // names none asks for none.
    if (const policy::Pack *pack = m_session.pack()) {
        for (const policy::Purpose &purpose : pack->purposes) {
            m_purpose->addItem(policy::localizedText(purpose.label), purpose.id);
        }
    }
    form->setRowVisible(m_purpose, m_purpose->count() > 0);
    form->addRow(tr("&Trip:"), m_trip);
    form->addRow(tr("S&ummary:"), m_summary);
    form->addRow(QString(), m_forwarded);
    form->addRow(QString(), m_atRisk);
    form->addRow(QString(), m_ownChild);
    // A district that names family ties (its pack's `family`) asks which;
    // else the one question ClearLine asks of everyone.
    m_family->addItem(tr("Not family"), QString());
    if (const policy::Pack *pack = m_session.pack()) {
        for (const policy::FamilyTie &tie : pack->family) {
            m_family->addItem(policy::localizedText(tie.label), tie.id);
        }
    }
    m_family->setObjectName(QStringLiteral("family"));
    form->addRow(tr("The student is:"), m_family);
    form->setRowVisible(m_family, m_family->count() > 1);
    form->setRowVisible(m_ownChild, m_family->count() == 1);
    if (const policy::Pack *pack = m_session.pack()) {
        QStringList roles;
        for (const policy::Rule &rule : pack->rules) {
            for (const policy::ContactToDo &toDo : rule.toDo) {
                if (toDo.unlessCopied && !roles.contains(toDo.role.id)) {
                    roles.append(toDo.role.id);
                }
            }
            for (const QString &condition : rule.when) {
                if (condition.startsWith(QLatin1String("copied:")) && !roles.contains(condition.mid(7))) {
                    roles.append(condition.mid(7));
                }
            }
        }
        for (const QString &id : roles) {
            const policy::Role *role = pack->role(id);
            auto *box = new QCheckBox(tr("I copied the %1 on the message").arg(role ? role->title : id));
            form->addRow(QString(), box);
            connect(box, &QCheckBox::toggled, this, &ContactDialog::updateGuidance);
            m_copied.append({id, box});
        }
    }
    // Labels name the fields for screen readers too.
    m_initials->setAccessibleName(tr("Initials"));
    m_roster->setAccessibleName(tr("Roster id"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Save to my log"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveShortcut, &QShortcut::activated, this, &ContactDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_guidance);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_guidance, &QLabel::linkActivated, this, &ContactDialog::clauseRequested);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &ContactDialog::updateGuidance);
    for (QComboBox *box : {m_audience, m_recipients, m_channel, m_device, m_theirPhone, m_purpose, m_trip, m_family}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ContactDialog::updateGuidance);
    }
    for (QCheckBox *box : {m_forwarded, m_atRisk, m_ownChild}) {
        connect(box, &QCheckBox::toggled, this, &ContactDialog::updateGuidance);
    }
    connect(m_initials, &QLineEdit::textChanged, this, [this] { m_problem->clear(); });
    m_audience->setFocus();
    setTabOrder({m_when, m_audience, m_initials, m_roster, m_recipients, m_channel, m_device, m_theirPhone, m_purpose,
                 m_trip, m_summary, m_forwarded, m_atRisk, m_ownChild, m_family});
    QWidget *previous = m_family;
    for (const auto &[role, box] : m_copied) {
        setTabOrder(previous, box);
        previous = box;
    }
    updateGuidance();
    resize(std::max(sizeHint().width(), 620), sizeHint().height());
}

contacts::ContactEntry ContactDialog::entry() const
{
    contacts::ContactEntry entry;
    entry.when = m_when->dateTime();
    entry.initials = m_initials->text().trimmed();
    entry.rosterId = m_roster->text().trimmed();
    entry.audience = m_audience->currentData().toString();
    entry.recipients = m_recipients->currentData().toString();
    entry.channel = m_channel->currentData().toString();
    const bool inPerson = entry.channel == QLatin1String("in-person");
    entry.device = inPerson ? QString() : m_device->currentData().toString();
    entry.theirPhone =
        policy::vocabulary::kPhoneChannels.contains(entry.channel) ? m_theirPhone->currentData().toString() : QString();
    entry.purpose = m_purpose->currentData().toString();
    entry.summary = m_summary->toPlainText().trimmed();
    entry.forwarded = m_forwarded->isChecked();
    entry.atRisk = m_atRisk->isChecked();
    entry.ownChild = m_family->count() == 1 && m_ownChild->isChecked();
    entry.family = m_family->currentData().toString();
    entry.trip = m_trip->currentData().toString();
    entry.schoolTrip = !entry.trip.isEmpty();
    for (const auto &[role, box] : m_copied) {
        if (box->isChecked()) {
            entry.copiedRoles.append(role);
        }
    }
    return entry;
}

void ContactDialog::updateGuidance()
{
    const policy::Pack *pack = m_session.pack();
    if (!pack) {
        m_guidance->setText(m_session.packProblem().toHtmlEscaped());
        return;
    }
    const contacts::ContactAssessment assessment = contacts::assess(*pack, entry(), m_authorizations);
    QStringList lines{
        QStringLiteral("<b>%1</b>")
            .arg((assessment.time.state == policy::SchoolTime::State::OffHours ? tr("Off-hours: %1") : tr("%1"))
                     .arg(assessment.time.reason)
                     .toHtmlEscaped())};
    for (const QString &line : assessment.guidance) {
        lines.append(line.toHtmlEscaped());
    }
    for (const QString &what : assessment.documentationText) {
        lines.append(tr("Keep a record: %1").arg(what).toHtmlEscaped());
    }
    if (!assessment.clauseId.isEmpty()) {
        lines.append(QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(assessment.clauseId.toHtmlEscaped(), tr("Read the policy's words").toHtmlEscaped()));
    }
    if (assessment.guidance.isEmpty() && assessment.documentation.isEmpty()) {
        lines.append(tr("Your district's policy says nothing against this.").toHtmlEscaped());
    }
    m_guidance->setText(lines.join(QStringLiteral("<br>")));
}

void ContactDialog::reject()
{
    // Escape or Cancel with something typed asks first: a contact written
    // down in a hurry is not lost to one key.
    const bool typed = !m_initials->text().trimmed().isEmpty() || !m_roster->text().trimmed().isEmpty() ||
                       !m_summary->toPlainText().trimmed().isEmpty();
    if (typed && m_savedId.isEmpty()) {
        QMessageBox question(QMessageBox::Question, tr("Log a contact"),
                             tr("Throw away this entry? What you typed is not saved."), QMessageBox::NoButton, this);
        question.setObjectName(QStringLiteral("discardQuestion"));
        QPushButton *discard = question.addButton(tr("&Throw away"), QMessageBox::DestructiveRole);
        question.setDefaultButton(question.addButton(tr("&Keep writing"), QMessageBox::RejectRole));
        question.exec();
        if (question.clickedButton() != discard) {
            return;
        }
    }
    QDialog::reject();
}

void ContactDialog::accept()
{
    const contacts::ContactEntry entry = this->entry();
    const QString problem = m_session.pack() ? entry.problem(*m_session.pack()) : m_session.packProblem();
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_initials->setFocus();
        return;
    }
    QString error;
    auto filing = m_session.contactFiling(&error);
    const auto logged = filing ? filing->log(entry, &error) : std::nullopt;
    if (!logged) {
        QMessageBox::warning(this, tr("Log a contact"), tr("The entry was not saved: %1").arg(error));
        return;
    }
    m_savedId = logged->contact.recordId;
    m_session.announceChange();
    if (!logged->concernError.isEmpty()) {
        QMessageBox::warning(this, tr("Log a contact"),
                             tr("The entry is saved, but the notification record about the student could not "
                                "be: %1\nReport the concern anyway.")
                                 .arg(logged->concernError));
    }
    QDialog::accept();
}

} // namespace clearline::ui
