// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/newdisclosuredialog.h"

#include "disclosures/disclosurefiling.h"
#include "requests/requestfiling.h"

#include "ui/profilesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace clearline::ui {

NewDisclosureDialog::NewDisclosureDialog(ProfileSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit)
    , m_sponsored(new QCheckBox(tr("The school &sponsors it")))
    , m_start(new QDateEdit)
    , m_end(new QDateEdit)
    , m_destination(new QLineEdit)
    , m_group(new QLineEdit)
    , m_students(new QSpinBox)
    , m_grades(new QLineEdit)
    , m_number(new QLineEdit)
    , m_numberKind(new QComboBox)
    , m_sharedWith(new QComboBox)
    , m_verdict(new QLabel)
    , m_confirm(new QCheckBox)
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Share my number for a trip"));
    const QDate today = session.pack() ? requests::districtToday(*session.pack()) : QDate::currentDate();
    for (QDateEdit *date : {m_start, m_end}) {
        date->setCalendarPopup(true);
        date->setDate(today.addDays(7));
    }
    m_sponsored->setChecked(true);
    m_name->setPlaceholderText(tr("Such as: Varsity soccer at Andover"));
    m_students->setRange(0, 999);
    m_number->setPlaceholderText(tr("Such as: 978-555-0142"));
    m_numberKind->addItem(tr("My personal cell phone"), QStringLiteral("personal-cell"));
    m_numberKind->addItem(tr("My home phone"), QStringLiteral("home"));
    for (const QString &who : disclosures::Disclosure::kSharedWith) {
        m_sharedWith->addItem(disclosures::Disclosure::sharedWithText(who), who);
    }
    m_sharedWith->setCurrentIndex(2);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setAccessibleName(tr("What your district's policy says"));
    m_confirm->setVisible(false);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Trip or event:"), m_name);
    form->addRow(QString(), m_sponsored);
    form->addRow(tr("&First day:"), m_start);
    form->addRow(tr("&Last day:"), m_end);
    form->addRow(tr("&Destination:"), m_destination);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&Number of students:"), m_students);
    form->addRow(tr("G&rades:"), m_grades);
    form->addRow(tr("&Phone number:"), m_number);
    form->addRow(tr("&Kind of number:"), m_numberKind);
    form->addRow(tr("Shared &with:"), m_sharedWith);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDisclosureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewDisclosureDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_confirm);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_verdict, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("procedure:"))) {
            Q_EMIT procedureRequested(link.mid(10));
        } else {
            Q_EMIT clauseRequested(link);
        }
    });
    connect(m_sponsored, &QCheckBox::toggled, this, &NewDisclosureDialog::updateVerdict);
    connect(m_sharedWith, &QComboBox::currentIndexChanged, this, &NewDisclosureDialog::updateVerdict);
    connect(m_confirm, &QCheckBox::toggled, this, &NewDisclosureDialog::updateVerdict);
    connect(m_start, &QDateEdit::dateChanged, this, [this](QDate start) {
        if (m_end->date() < start) {
            m_end->setDate(start);
        }
    });
    updateVerdict();
}

disclosures::Disclosure NewDisclosureDialog::disclosure() const
{
    disclosures::Disclosure disclosure;
    disclosure.trip.name = m_name->text().trimmed();
    disclosure.trip.sponsored = m_sponsored->isChecked();
    disclosure.trip.start = m_start->date();
    disclosure.trip.end = m_end->date();
    disclosure.trip.destination = m_destination->text().trimmed();
    disclosure.trip.group = m_group->text().trimmed();
    disclosure.trip.students = m_students->value();
    disclosure.trip.grades = m_grades->text().trimmed();
    disclosure.phoneNumber = m_number->text().trimmed();
    disclosure.numberKind = m_numberKind->currentData().toString();
    disclosure.sharedWith = m_sharedWith->currentData().toString();
    disclosure.purposeConfirmed = !m_confirm->isHidden() && m_confirm->isChecked();
    return disclosure;
}

void NewDisclosureDialog::updateVerdict()
{
    const policy::Pack *pack = m_session.pack();
    if (!pack) {
        m_verdict->setText(m_session.packProblem().toHtmlEscaped());
        m_save->setEnabled(false);
        return;
    }
    const disclosures::Disclosure current = disclosure();
    const disclosures::DisclosurePolicy policy = disclosures::assess(*pack, current.trip, current.sharedWith);
    const policy::Clause *clause = pack->clause(policy.clauseId);
    const QString cited =
        clause ? QStringLiteral(" <a href=\"%1\">§ %2 %3</a>")
                     .arg(clause->id.toHtmlEscaped(), clause->section.toHtmlEscaped(), clause->title.toHtmlEscaped())
               : QString();
    QString text;
    if (policy.forbidden()) {
        text = tr("<b>Your district's policy does not allow this.</b>") + cited;
        QStringList instead;
        for (const policy::Alternative &alternative : pack->alternatives) {
            if (!policy.alternativeIds.contains(alternative.id)) {
                continue;
            }
            const QString words = policy::localizedText(alternative.text).toHtmlEscaped();
            instead.append(alternative.procedure.isSet() ? QStringLiteral("<a href=\"procedure:%1\">%2</a>")
                                                               .arg(alternative.procedure.id.toHtmlEscaped(), words)
                                                         : words);
        }
        if (!instead.isEmpty()) {
            text += QStringLiteral("<br>") + tr("Instead:") + QStringLiteral("<ul><li>") +
                    instead.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
        }
    } else if (policy.needsAuthorization()) {
        const policy::Procedure *procedure = pack->procedure(policy.procedureId);
        text = tr("<b>Ask first.</b> Your district asks for approval before you give out this number: once you "
                  "save, ask for it with \"%1\".")
                   .arg(procedure ? policy::localizedText(procedure->title).toHtmlEscaped() : QString()) +
               cited;
    } else if (policy.needsConfirmation()) {
        text = tr("<b>Your district discourages this.</b> You may go ahead once you confirm the limited purpose; it "
                  "is logged.") +
               cited;
    } else {
        text = tr("<b>Your district's policy allows this.</b> It is logged with your records.") + cited;
    }
    m_verdict->setText(text);
    m_confirm->setVisible(policy.needsConfirmation());
    m_confirm->setText(disclosures::DisclosureFiling::confirmationText(policy));
    m_save->setEnabled(!policy.forbidden() && (!policy.needsConfirmation() || m_confirm->isChecked()));
}

void NewDisclosureDialog::accept()
{
    const disclosures::Disclosure disclosure = this->disclosure();
    if (const QString problem = disclosure.problem(); !problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    QString error;
    auto filing = m_session.disclosureFiling(&error);
    const auto saved = filing ? filing->create(disclosure, &error) : std::nullopt;
    if (!saved) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    m_savedId = saved->recordId;
    m_session.announceChange();
    QDialog::accept();
}

} // namespace clearline::ui
