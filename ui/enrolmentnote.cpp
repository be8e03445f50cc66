// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enrolmentnote.h"

#include "requests/enrolment.h"

#include "crypto/digest.h"
#include "sync/enrolmentfile.h"
#include "ui/profilesession.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace clearline::ui {

EnrolmentNote::EnrolmentNote(ProfileSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_text(new QLabel)
    , m_enrol(new QPushButton)
{
    setObjectName(QStringLiteral("enrolmentNote"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("enrolmentText"));
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_enrol, 0, Qt::AlignTop);
    connect(m_enrol, &QPushButton::clicked, this, &EnrolmentNote::enrol);
    refresh();
}

void EnrolmentNote::refresh()
{
    m_headline.clear();
    m_roleToAsk.clear();
    const policy::Pack *pack = m_session.pack();
    const auto info = m_session.identityInfo();
    if (!pack || !info || !m_session.ledger()) {
        hide();
        return;
    }
    const QList<requests::Enrolment> asked = requests::Enrolment::pending(*m_session.ledger(), *pack, info->publicKey);
    QStringList roles;
    for (const requests::Enrolment &enrolment : asked) {
        roles.append(enrolment.roleId);
    }
    for (const QString &role : requests::Enrolment::waitingRoles(*pack, info->roles, info->school, info->publicKey)) {
        if (!roles.contains(role)) {
            roles.append(role);
            m_roleToAsk = m_roleToAsk.isEmpty() ? role : m_roleToAsk;
        }
    }
    if (roles.isEmpty()) {
        hide();
        return;
    }
    QStringList titles;
    for (const QString &role : std::as_const(roles)) {
        titles.append(pack->role(role)->title);
    }
    m_headline = tr("Waiting for district IT to confirm you as %1.").arg(QLocale().createSeparatedList(titles));
    const QString fingerprint = crypto::fingerprint(info->publicKey);
    m_text->setText(
        m_roleToAsk.isEmpty()
            ? tr("Your enrolment request is in your records: it reaches district IT with your next bundle or through "
                 "the shared folder. When IT calls, read them your key's fingerprint: %1. Once they have added you, "
                 "the new policy reaches you the same way, and what waits for you appears here.")
                  .arg(fingerprint)
            : tr("Your district's policy does not list your key for this role yet, so ClearLine cannot count your "
                 "decisions. Ask district IT to add you: Enrol makes the request, which travels to them with your "
                 "records. Your key's fingerprint is %1.")
                  .arg(fingerprint));
    m_enrol->setVisible(!m_roleToAsk.isEmpty());
    m_enrol->setText(m_roleToAsk.isEmpty() ? QString() : tr("&Enrol as %1…").arg(pack->role(m_roleToAsk)->title));
    show();
}

void EnrolmentNote::enrol()
{
    const policy::Pack *pack = m_session.pack();
    const auto info = m_session.identityInfo();
    QString error;
    const crypto::Identity *identity = m_session.unlock(&error);
    if (!pack || !info || !identity || !m_session.ledger()) {
        m_text->setText(error.isEmpty() ? m_session.packProblem() : error);
        return;
    }
    const auto revision =
        requests::Enrolment::file(*m_session.ledger(), *identity, *pack, m_roleToAsk, info->school, &error);
    if (!revision) {
        m_text->setText(error);
        return;
    }
    // A copy to hand over as well, kept with the profile's data.
    const QString file =
        QDir(m_session.profile().dataDirectory())
            .filePath(sync::EnrolmentFile::suggestedName(*requests::Enrolment::fromRevision(*revision)));
    QString ignored;
    const bool written = sync::EnrolmentFile::write(*revision, file, &ignored);
    m_session.announceChange();
    if (written) {
        m_text->setText(m_text->text() + QLatin1Char('\n') +
                        tr("A copy to give district IT is in %1.").arg(QDir::toNativeSeparators(file)));
    }
}

} // namespace clearline::ui
