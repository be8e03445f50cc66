// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/buildingoverviewview.h"

#include "overview/buildingoverview.h"
#include "requests/requestfiling.h"

#include "ui/profilesession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clearline::ui {

namespace {

enum Role { RecordRole = Qt::UserRole, KindRole };

QTreeWidgetItem *group(QTreeWidget *tree, const QString &text)
{
    auto *item = new QTreeWidgetItem(tree, {text});
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    return item;
}

void child(QTreeWidgetItem *parent, const QString &text, const QString &recordId = {}, const QString &kind = {})
{
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setData(0, RecordRole, recordId);
    item->setData(0, KindRole, kind);
}

} // namespace

BuildingOverviewView::BuildingOverviewView(ProfileSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_school(new QComboBox)
    , m_tree(new QTreeWidget)
{
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Building overview"));
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("S&chool:"));
    label->setBuddy(m_school);
    bar->addWidget(label);
    bar->addWidget(m_school);
    bar->addStretch();
    auto *note = new QLabel(tr("Staff are the people whose records have reached this profile. Open a line to see "
                               "the records; open a record with Enter or a double click."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(note);
    layout->addWidget(m_tree, 1);
    connect(m_school, &QComboBox::currentIndexChanged, this, &BuildingOverviewView::refresh);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, RecordRole).toString();
        if (id.isEmpty()) {
            item->setExpanded(!item->isExpanded());
        } else if (item->data(0, KindRole).toString() == QLatin1String("disclosure")) {
            Q_EMIT disclosureRequested(id);
        } else {
            Q_EMIT recordRequested(id);
        }
    });
}

void BuildingOverviewView::refresh()
{
    const policy::Pack *pack = m_session.pack();
    const auto info = m_session.identityInfo();
    if (m_school->count() == 0 && pack) {
        const QSignalBlocker blocker(m_school);
        m_school->addItem(tr("The whole district"), QString());
        for (const policy::School &school : pack->schools) {
            m_school->addItem(school.name, school.id);
        }
        if (info) {
            m_school->setCurrentIndex(std::max(0, m_school->findData(info->school)));
        }
    }
    m_tree->clear();
    if (!pack || !m_session.ledger()) {
        return;
    }
    const QDate today = requests::districtToday(*pack);
    const overview::BuildingOverview building =
        overview::BuildingOverview::of(*m_session.ledger(), *pack, m_school->currentData().toString(), today);

    if (!building.duties.isEmpty()) {
        QTreeWidgetItem *duties =
            group(m_tree, tr("Duties of the school's role holders: %1 open")
                              .arg(std::count_if(building.duties.begin(), building.duties.end(),
                                                 [](const requests::DutyItem &d) { return d.isOpen(); })));
        for (const requests::DutyItem &duty : building.duties) {
            child(duties, tr("%1: %2").arg(duty.title, duty.stateText()), duty.recordId);
        }
        duties->setExpanded(true);
    }
    // Where the pack does not ask for the acknowledgment, nobody is behind on it.
    if (building.acknowledgmentRequired) {
        QTreeWidgetItem *acks = group(m_tree, tr("Acknowledged the policy for %1: %2 of %3")
                                                  .arg(building.schoolYear)
                                                  .arg(building.acknowledgedCount())
                                                  .arg(building.staff.size()));
        for (const overview::StaffMember &member : building.staff) {
            child(acks, member.acknowledged ? tr("%1: acknowledged").arg(member.person.name)
                                            : tr("%1: not yet").arg(member.person.name));
        }
        acks->setExpanded(building.acknowledgedCount() < building.staff.size());
    }
    QTreeWidgetItem *trips = group(m_tree, tr("Trips with a shared number this week (%1 – %2): %3")
                                               .arg(QLocale().toString(building.weekStart, QLocale::ShortFormat),
                                                    QLocale().toString(building.weekEnd, QLocale::ShortFormat))
                                               .arg(building.tripsThisWeek.size()));
    for (const overview::OverviewTrip &trip : building.tripsThisWeek) {
        child(trips,
              tr("%1, %2 (%3): %4")
                  .arg(trip.owner, trip.item.disclosure.trip.name, trip.item.disclosure.trip.dates(),
                       trip.item.status.stateName()),
              trip.item.recordId, QStringLiteral("disclosure"));
    }
    QTreeWidgetItem *reports =
        group(m_tree, tr("Reports of misuse this school year: %1").arg(building.misuseReports.size()));
    for (const overview::OverviewReport &report : building.misuseReports) {
        child(reports,
              tr("%1, %2: %3").arg(QLocale().toString(report.sentOn, QLocale::ShortFormat), report.owner, report.title),
              report.recordId);
    }
    QTreeWidgetItem *accounts = group(m_tree, tr("Professional accounts registered: %1").arg(building.accounts.size()));
    for (const overview::OverviewAccount &account : building.accounts) {
        child(accounts, tr("%1: %2, %3").arg(account.owner, account.account.platform, account.account.address),
              account.account.recordId);
    }
}

} // namespace clearline::ui
