// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reviewworkspace.h"

#include "requests/requestfiling.h"
#include "requests/requestsheet.h"

#include "ui/buildingoverviewview.h"
#include "ui/delegationlist.h"
#include "ui/enrolmentnote.h"
#include "ui/profilesession.h"
#include "ui/sheetprinter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clearline::ui {

namespace {

enum Column { What, AskedBy, School, Deadline, Waiting };

QString schoolName(const policy::Pack &pack, const QString &id)
{
    for (const policy::School &school : pack.schools) {
        if (school.id == id) {
            return school.name;
        }
    }
    return id;
}

QString deadlineText(const requests::QueueItem &item)
{
    const requests::PlannedStep &step = item.plannedStep;
    if (step.dueBefore.isValid()) {
        const QString date = QLocale().toString(step.dueBefore, QLocale::ShortFormat);
        return item.overdue ? ReviewWorkspace::tr("Overdue: before %1").arg(date)
                            : ReviewWorkspace::tr("Before %1").arg(date);
    }
    return step.dueNote.isEmpty() ? QStringLiteral("—") : step.dueNote;
}

/// Keeps a combo's choice across refills, by its data.
void refill(QComboBox *combo, const QString &all, const QList<std::pair<QString, QString>> &choices)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const auto &[id, name] : choices) {
        combo->addItem(name, id);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

ReviewWorkspace::ReviewWorkspace(ProfileSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget)
    , m_kind(new QComboBox)
    , m_school(new QComboBox)
    , m_requester(new QComboBox)
    , m_state(new QComboBox)
    , m_summary(new QLabel)
    , m_queue(new QTreeWidget)
    , m_sheet(new QTextBrowser)
    , m_comment(new QPlainTextEdit)
    , m_message(new QLabel)
    , m_approve(new QPushButton(tr("&Approve")))
    , m_return(new QPushButton(tr("Re&turn for changes")))
    , m_deny(new QPushButton(tr("&Deny")))
    , m_print(new QPushButton(tr("Save as &PDF…")))
    , m_overview(new BuildingOverviewView(session))
    , m_delegations(new DelegationList(session))
    , m_enrolment(new EnrolmentNote(session))
{
    setWindowTitle(tr("Review requests"));
    m_tabs->addTab(makeQueuePage(), tr("&Waiting for you"));
    m_tabs->addTab(m_overview, tr("&Building overview"));
    m_tabs->addTab(m_delegations, tr("De&signees"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewWorkspace::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(1100, 720);

    connect(&session, &ProfileSession::recordsChanged, this, &ReviewWorkspace::refresh);
    connect(&session, &ProfileSession::packChanged, this, &ReviewWorkspace::refresh);
    // The overview reads every known person's records: only when it is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReviewWorkspace::refreshShownTab);
    connect(m_overview, &BuildingOverviewView::recordRequested, this, &ReviewWorkspace::recordRequested);
    connect(m_overview, &BuildingOverviewView::disclosureRequested, this, &ReviewWorkspace::disclosureRequested);
    refresh();
}

QWidget *ReviewWorkspace::makeQueuePage()
{
    auto *page = new QWidget;
    auto *filters = new QHBoxLayout;
    const QList<std::pair<QString, QComboBox *>> labelled{
        {tr("&Kind:"), m_kind}, {tr("Sc&hool:"), m_school}, {tr("Asked b&y:"), m_requester}, {tr("S&how:"), m_state}};
    for (const auto &[text, combo] : labelled) {
        auto *label = new QLabel(text);
        label->setBuddy(combo);
        combo->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        filters->addWidget(label);
        filters->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ReviewWorkspace::showQueue);
    }
    filters->addStretch();
    m_state->addItem(tr("Everything"), QString());
    m_state->addItem(tr("To decide"), QStringLiteral("decide"));
    m_state->addItem(tr("Overdue"), QStringLiteral("overdue"));
    m_state->addItem(tr("For your information"), QStringLiteral("inform"));

    m_queue->setHeaderLabels({tr("What"), tr("Asked by"), tr("School"), tr("Deadline"), tr("Waiting")});
    m_queue->setRootIsDecorated(false);
    m_queue->setUniformRowHeights(true);
    m_queue->setAccessibleName(tr("Waiting for you"));
    // The title matters most: it gets the room, the rest fits its content.
    m_queue->header()->setStretchLastSection(false);
    connect(m_queue, &QTreeWidget::currentItemChanged, this, &ReviewWorkspace::showSelected);

    m_sheet->setOpenLinks(false);
    m_sheet->setAccessibleName(tr("The request"));
    connect(m_sheet, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("clause")) {
            Q_EMIT clauseRequested(url.path());
        }
    });
    m_comment->setPlaceholderText(tr("Your comment to the person who asked (needed to deny or return)"));
    m_comment->setAccessibleName(tr("Your comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(72);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_approve->setDefault(true);
    m_approve->setToolTip(tr("Sign your approval (Ctrl+Return)"));
    auto *decideBar = new QHBoxLayout;
    for (QPushButton *button : {m_approve, m_return, m_deny}) {
        decideBar->addWidget(button);
    }
    decideBar->addStretch();
    decideBar->addWidget(m_print);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_sheet, 1);
    rightLayout->addWidget(m_comment);
    rightLayout->addWidget(m_message);
    rightLayout->addLayout(decideBar);

    auto *split = new QSplitter;
    split->addWidget(m_queue);
    split->addWidget(right);
    split->setSizes({560, 520});

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_enrolment);
    layout->addWidget(split, 1);

    connect(m_approve, &QPushButton::clicked, this, [this] { decide(requests::Decision::Action::Approve); });
    connect(m_return, &QPushButton::clicked, this, [this] { decide(requests::Decision::Action::Return); });
    connect(m_deny, &QPushButton::clicked, this, [this] { decide(requests::Decision::Action::Deny); });
    connect(m_print, &QPushButton::clicked, this, &ReviewWorkspace::savePdf);
    auto *approveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), page);
    connect(approveKey, &QShortcut::activated, m_approve, &QPushButton::click);
    return page;
}

void ReviewWorkspace::refresh()
{
    const policy::Pack *pack = m_session.pack();
    const auto info = m_session.identityInfo();
    m_items.clear();
    m_enrolment->refresh();
    if (pack && info && m_session.ledger()) {
        m_items = requests::Review::queue(*m_session.ledger(), *pack, info->publicKey, requests::districtToday(*pack));
    }
    fillFilters();
    showQueue();
    refreshShownTab();
}

void ReviewWorkspace::refreshShownTab()
{
    if (m_tabs->currentWidget() == m_overview) {
        m_overview->refresh();
    } else if (m_tabs->currentWidget() == m_delegations) {
        m_delegations->refresh();
    }
}

void ReviewWorkspace::fillFilters()
{
    QList<std::pair<QString, QString>> kinds;
    QList<std::pair<QString, QString>> schools;
    QList<std::pair<QString, QString>> people;
    const auto add = [](QList<std::pair<QString, QString>> &list, const QString &id, const QString &name) {
        if (std::none_of(list.begin(), list.end(), [&](const auto &entry) { return entry.first == id; })) {
            list.append({id, name});
        }
    };
    const policy::Pack *pack = m_session.pack();
    for (const requests::QueueItem &item : m_items) {
        add(kinds, item.procedureId, item.procedureTitle);
        add(schools, item.school, pack ? schoolName(*pack, item.school) : item.school);
        add(people, item.requesterId, item.requesterName);
    }
    refill(m_kind, tr("All kinds"), kinds);
    refill(m_school, tr("All schools"), schools);
    refill(m_requester, tr("Everyone"), people);
}

void ReviewWorkspace::showQueue()
{
    const requests::QueueFilter filter{m_kind->currentData().toString(), m_school->currentData().toString(),
                                       m_requester->currentData().toString(), m_state->currentData().toString()};
    const requests::QueueItem *before = selected();
    const QString keepId = before ? before->recordId : QString();
    const int keepStep = before ? before->step : -1;
    const int keepRow = m_queue->indexOfTopLevelItem(m_queue->currentItem());

    m_shown.clear();
    for (const requests::QueueItem &item : m_items) {
        if (filter.matches(item)) {
            m_shown.append(item);
        }
    }
    const QSignalBlocker blocker(m_queue);
    m_queue->clear();
    const policy::Pack *pack = m_session.pack();
    int decide = 0;
    int overdue = 0;
    int urgent = 0;
    QTreeWidgetItem *keep = nullptr;
    for (qsizetype index = 0; index < m_shown.size(); ++index) {
        const requests::QueueItem &item = m_shown.at(index);
        QString what = item.needsDecision ? item.title : tr("For your information: %1").arg(item.title);
        if (item.urgent) {
            what = tr("Urgent: %1").arg(what);
        }
        if (!item.asDesigneeOf.isEmpty()) {
            what += tr(" (for %1)").arg(item.asDesigneeOf);
        }
        auto *row =
            new QTreeWidgetItem(m_queue, {what, item.requesterName, pack ? schoolName(*pack, item.school) : item.school,
                                          deadlineText(item), tr("%n day(s)", nullptr, item.waitingDays)});
        row->setData(What, Qt::UserRole, int(index));
        row->setToolTip(What, item.plannedStep.sentence());
        if (item.urgent) {
            row->setIcon(What, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        if (item.overdue || item.urgent) {
            for (int column = What; column <= Waiting; ++column) {
                row->setForeground(column, QColor(0xb0, 0x00, 0x20));
                QFont font = row->font(column);
                font.setBold(true);
                row->setFont(column, font);
            }
        }
        decide += item.needsDecision ? 1 : 0;
        overdue += item.overdue ? 1 : 0;
        urgent += item.urgent ? 1 : 0;
        if (item.recordId == keepId && item.step == keepStep) {
            keep = row;
        }
    }
    for (int column = AskedBy; column <= Waiting; ++column) {
        m_queue->resizeColumnToContents(column);
    }
    m_queue->setColumnWidth(What, 300);
    m_summary->setText(
        m_items.isEmpty()
            ? (m_enrolment->headline().isEmpty() ? tr("Nothing waits for you.") : m_enrolment->headline())
            : (urgent ? tr("%1 urgent, ").arg(urgent) : QString()) + tr("%n to decide", nullptr, decide) +
                  (overdue ? tr(", %n overdue", nullptr, overdue) : QString()) +
                  tr(", %n for your information", nullptr, int(m_shown.size()) - decide) +
                  (m_shown.size() < m_items.size() ? tr(" (filtered: %1 in all)").arg(m_items.size()) : QString()));
    if (!keep && m_queue->topLevelItemCount() > 0) {
        keep = m_queue->topLevelItem(std::clamp(keepRow, 0, m_queue->topLevelItemCount() - 1));
    }
    m_queue->setCurrentItem(keep);
    showSelected();
}

const requests::QueueItem *ReviewWorkspace::selected() const
{
    const QTreeWidgetItem *row = m_queue->currentItem();
    const int index = row ? row->data(What, Qt::UserRole).toInt() : -1;
    return index >= 0 && index < m_shown.size() ? &m_shown.at(index) : nullptr;
}

void ReviewWorkspace::showSelected()
{
    const requests::QueueItem *item = selected();
    const policy::Pack *pack = m_session.pack();
    for (QPushButton *button : {m_approve, m_return, m_deny, m_print}) {
        button->setEnabled(item != nullptr);
    }
    if (!item || !pack || !m_session.ledger()) {
        m_sheet->setHtml(tr("<p>Nothing is selected. What waits for you appears on the left.</p>"));
        return;
    }
    QString error;
    const auto sheet = requests::RequestSheet::load(*m_session.ledger(), *pack, item->recordId,
                                                    requests::districtToday(*pack), &error);
    m_sheet->setHtml(sheet ? sheet->html(*pack) : error.toHtmlEscaped());
    const QString action = item->plannedStep.action;
    m_approve->setText(!item->needsDecision                     ? tr("Mark as &read")
                       : action == QLatin1String("acknowledge") ? tr("&Acknowledge")
                                                                : tr("&Approve"));
    // Being told is not agreeing: every step of an open request, a notice
    // too, may deny it or return it for changes.
    m_return->setEnabled(item->mayRefuse);
    m_deny->setEnabled(item->mayRefuse);
}

bool ReviewWorkspace::decide(requests::Decision::Action action)
{
    const requests::QueueItem *item = selected();
    const policy::Pack *pack = m_session.pack();
    if (!item || !pack) {
        return false;
    }
    const QString title = item->title;
    QString error;
    auto review = m_session.review(&error);
    const auto saved = review ? review->decide(item->recordId, action, m_comment->toPlainText(),
                                               requests::districtToday(*pack), &error)
                              : std::nullopt;
    if (!saved) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(error);
        if (action != requests::Decision::Action::Approve) {
            m_comment->setFocus();
        }
        return false;
    }
    const auto done = requests::Decision::fromPayload(saved->payload);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("You %1 \"%2\"; your signature is on it.")
                           .arg(done ? requests::Decision::actionText(done->action) : QString(), title));
    m_comment->clear();
    m_session.announceChange(); // refreshes this queue too, keeping the row
    m_queue->setFocus();
    return true;
}

void ReviewWorkspace::printTo(const QString &file, std::function<void(bool)> done)
{
    const requests::QueueItem *item = selected();
    const policy::Pack *pack = m_session.pack();
    QString error;
    const auto sheet = item && pack ? requests::RequestSheet::load(*m_session.ledger(), *pack, item->recordId,
                                                                   requests::districtToday(*pack), &error)
                                    : std::nullopt;
    if (!sheet) {
        done(false);
        return;
    }
    SheetPrinter::toPdf(sheet->html(*pack), file, this, std::move(done));
}

void ReviewWorkspace::savePdf()
{
    const requests::QueueItem *item = selected();
    if (!item) {
        return;
    }
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the request as PDF"),
                                                      tr("%1.pdf").arg(item->title.left(60)), tr("PDF files (*.pdf)"));
    if (file.isEmpty()) {
        return;
    }
    m_message->setText(tr("Saving…"));
    printTo(file, [this, file](bool ok) {
        m_message->setText(ok ? tr("Saved %1.").arg(file) : tr("ClearLine could not save %1.").arg(file));
    });
}

} // namespace clearline::ui
