// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/retentionduedialog.h"

#include "records/recordkinds.h"
#include "requests/requestfiling.h"
#include "retention/retentionbook.h"

#include "ui/profilesession.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clearline::ui {

RetentionDueDialog::RetentionDueDialog(ProfileSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_heading(new QLabel)
    , m_table(new QTableWidget(0, 3))
{
    setWindowTitle(tr("Retention due"));
    m_heading->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Title"), tr("Retention")});
    m_table->setAccessibleName(tr("Records whose retention period has ended"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_heading->setBuddy(m_table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_hold = buttons->addButton(tr("Legal &hold…"), QDialogButtonBox::ActionRole);
    m_hold->setAccessibleName(tr("Place a legal hold on the selected record"));
    connect(m_hold, &QPushButton::clicked, this, &RetentionDueDialog::askHold);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_hold->setEnabled(m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("ClearLine deletes nothing. Decide about each record as your district's records "
                                    "schedule says, or keep it with a legal hold.")));
    layout->addWidget(buttons);
    resize(720, 420);
    load();
}

void RetentionDueDialog::load()
{
    m_ids.clear();
    m_table->setRowCount(0);
    const policy::Pack *pack = m_session.pack();
    if (!pack || !m_session.ledger()) {
        m_heading->setText(tr("No district policy is in use, so no record has a retention period."));
        m_hold->setEnabled(false);
        return;
    }
    const QDate today = requests::districtToday(*pack);
    const QList<retention::RetainedRecord> due = retention::RetentionBook(*m_session.ledger(), *pack).due(today);
    m_heading->setText(tr("Records whose retention period has ended by %1: %n record(s)", nullptr, int(due.size()))
                           .arg(retention::longDay(today)));
    for (const retention::RetainedRecord &record : due) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(records::RecordKinds::name(record.kind)));
        m_table->setItem(row, 1, new QTableWidgetItem(record.title));
        m_table->setItem(row, 2, new QTableWidgetItem(record.retention.sentence()));
        m_ids.append(record.recordId);
    }
    m_table->resizeColumnsToContents();
    m_hold->setEnabled(false);
    if (!due.isEmpty()) {
        m_table->selectRow(0);
    }
}

bool RetentionDueDialog::holdSelected(const QString &reason, QString *error)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_ids.size()) {
        *error = tr("Choose a record to hold.");
        return false;
    }
    std::optional<retention::HoldFiling> filing = m_session.holdFiling(error);
    if (!filing || !filing->place(m_ids.at(row), reason, error)) {
        return false;
    }
    m_session.announceChange();
    load();
    return true;
}

void RetentionDueDialog::askHold()
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Legal hold"),
                              tr("Why must this record be kept (a lawsuit, a public-records request …)? The "
                                 "reason is signed with the hold."),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    QString error;
    if (ok && !holdSelected(reason, &error)) {
        QMessageBox::warning(this, tr("Legal hold"), error);
    }
}

} // namespace clearline::ui
