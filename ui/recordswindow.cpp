// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recordswindow.h"

#include "audience/viewer.h"
#include "records/recordexport.h"
#include "records/recordkinds.h"
#include "records/recordsheet.h"
#include "requests/decision.h"
#include "requests/decisionstanding.h"

#include "ledger/ledger.h"
#include "policy/pack.h"
#include "ui/profilesession.h"
#include "ui/recordpagemodel.h"
#include "ui/retentionduedialog.h"
#include "ui/sheetprinter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace clearline::ui {

namespace {

// Waits this long after the last key before searching, so that typing a
// word does not start a search per letter.
constexpr int kTypingDelayMs = 250;

// A QDateEdit cannot be empty: its lowest date stands for "any day".
const QDate kAnyDay(2000, 1, 1);

QDateEdit *dayEdit(const QString &accessibleName)
{
    auto *edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDay);
    edit->setSpecialValueText(RecordsWindow::tr("any day"));
    edit->setDate(kAnyDay);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QDate dayOf(const QDateEdit *edit)
{
    return edit->date() == kAnyDay ? QDate() : edit->date();
}

/// Who is exporting, copied for the export's own thread: an export holds
/// only what this profile's key may see (docs/privacy.md).
struct Reader
{
    std::optional<policy::Pack> pack;
    QByteArray key;
    QString personId;
};

Reader readerOf(const ProfileSession &session)
{
    Reader reader;
    if (session.pack()) {
        reader.pack = *session.pack();
    }
    if (const auto info = session.identityInfo()) {
        reader.key = info->publicKey;
        reader.personId = info->personId;
    }
    return reader;
}

// The CSV export and the paper copy read a million rows: on a thread of the
// pool, with a read-only connection of their own.
template <typename Result>
void runAside(QObject *context, std::function<Result()> work, std::function<void(Result)> done)
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

struct Outcome
{
    bool ok = false;
    QString text;      ///< the message
    QStringList pages; ///< the paper copy's parts, for a PDF
    qint64 rows = 0;
    qint64 unverified = 0;
};

} // namespace

RecordsWindow::RecordsWindow(ProfileSession &session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
{
    setWindowTitle(tr("Find records"));
    setObjectName(QStringLiteral("recordsWindow"));

    m_text = new QLineEdit;
    m_text->setPlaceholderText(tr("Words to find in any record (empty: all records)"));
    m_text->setAccessibleName(tr("Search words"));
    m_text->setClearButtonEnabled(true);

    const QString ledgerFile = m_session.ledger() ? m_session.ledger()->database().fileName() : QString();
    m_model = new RecordPageModel(ledgerFile, this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Records found"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Every row the same height, never measured: the view can place row
    // 700,000 without asking the model about the rows above it.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RecordPageModel::Title, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(RecordPageModel::Updated, digit * 18);
    header->resizeSection(RecordPageModel::Kind, digit * 11);
    header->resizeSection(RecordPageModel::Author, digit * 18);
    header->resizeSection(RecordPageModel::School, digit * 14);
    header->resizeSection(RecordPageModel::Student, digit * 8);
    header->resizeSection(RecordPageModel::Verification, digit * 15);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("recordsCount"));
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_csv = new QPushButton(tr("Export &CSV…"));
    m_pdf = new QPushButton(tr("Save as &PDF…"));
    m_print = new QPushButton(tr("Pri&nt…"));
    m_print->setObjectName(QStringLiteral("printButton"));
    auto *close = new QPushButton(tr("Close"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    const auto info = session.identityInfo();
    if (const policy::Pack *pack = session.pack();
        pack && info && retention::HoldFiling::mayHold(*pack, info->publicKey)) {
        m_retention = new QPushButton(tr("&Retention due…"));
        m_retention->setAccessibleName(tr("Records whose retention period has ended"));
        connect(m_retention, &QPushButton::clicked, this, [this] {
            RetentionDueDialog dialog(m_session, this);
            dialog.exec();
        });
        buttons->addWidget(m_retention);
    }
    buttons->addWidget(m_csv);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_print);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(makeFilters());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &RecordsWindow::runSearch);
    for (QLineEdit *edit : {m_text, m_person, m_student}) {
        connect(edit, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &RecordsWindow::runSearch);
    }
    for (QComboBox *box : {m_school, m_kind}) {
        connect(box, &QComboBox::currentIndexChanged, this, &RecordsWindow::runSearch);
    }
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, &m_typing, qOverload<>(&QTimer::start));
    }
    connect(m_model, &RecordPageModel::counted, this, &RecordsWindow::showCount);
    connect(m_model, &RecordPageModel::failed, m_message, &QLabel::setText);
    connect(m_csv, &QPushButton::clicked, this, &RecordsWindow::exportCsv);
    connect(m_pdf, &QPushButton::clicked, this, &RecordsWindow::savePdf);
    connect(m_print, &QPushButton::clicked, this, &RecordsWindow::print);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    // A window of its own: Escape closes it, as it closes a dialog.
    auto *escape = new QShortcut(QKeySequence::Cancel, this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_text->setFocus();
        m_text->selectAll();
    });

    resize(1100, 700);
    m_text->setFocus();
    if (ledgerFile.isEmpty()) {
        m_message->setText(tr("This profile has no records yet."));
        setBusy(true);
        return;
    }
    runSearch();
}

QWidget *RecordsWindow::makeFilters()
{
    m_person = new QLineEdit;
    m_person->setPlaceholderText(tr("name or e-mail"));
    m_person->setAccessibleName(tr("Written by"));
    m_student = new QLineEdit;
    m_student->setPlaceholderText(tr("initials or id"));
    m_student->setAccessibleName(tr("Student"));
    m_school = new QComboBox;
    m_school->setAccessibleName(tr("School"));
    m_school->addItem(tr("Any school"), QString());
    QHash<QString, QString> schoolNames;
    if (const policy::Pack *pack = m_session.pack()) {
        for (const policy::School &school : pack->schools) {
            m_school->addItem(school.name, school.id);
            schoolNames.insert(school.id, school.name);
        }
    }
    m_model->setSchoolNames(schoolNames);
    m_kind = new QComboBox;
    m_kind->setAccessibleName(tr("Kind of record"));
    fillKinds();
    m_from = dayEdit(tr("Changed from"));
    m_to = dayEdit(tr("Changed until"));

    auto *box = new QWidget;
    auto *grid = new QHBoxLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QString &label, QWidget *field, int stretch) {
        auto *text = new QLabel(label);
        text->setBuddy(field);
        grid->addWidget(text);
        grid->addWidget(field, stretch);
    };
    add(tr("&Written by:"), m_person, 2);
    add(tr("S&tudent:"), m_student, 1);
    add(tr("Sc&hool:"), m_school, 2);
    add(tr("&Kind:"), m_kind, 1);
    add(tr("&From:"), m_from, 0);
    add(tr("&Until:"), m_to, 0);
    return box;
}

void RecordsWindow::fillKinds()
{
    m_kind->addItem(tr("Any kind"), QString());
    if (m_session.ledger()) {
        const ledger::LedgerStats stats = m_session.ledger()->stats();
        for (auto it = stats.recordsByKind.constBegin(); it != stats.recordsByKind.constEnd(); ++it) {
            m_kind->addItem(
                QStringLiteral("%1 (%2)").arg(records::RecordKinds::name(it.key()), QLocale().toString(it.value())),
                it.key());
        }
    }
}

ledger::RecordFilter RecordsWindow::currentFilter() const
{
    ledger::RecordFilter filter;
    filter.text = m_text->text();
    filter.person = m_person->text();
    filter.student = m_student->text();
    filter.school = m_school->currentData().toString();
    filter.kind = m_kind->currentData().toString();
    filter.from = dayOf(m_from);
    filter.to = dayOf(m_to);
    return filter;
}

void RecordsWindow::runSearch()
{
    m_typing.stop();
    if (!m_session.ledger()) {
        return;
    }
    m_count->setText(tr("Searching…"));
    m_message->clear();
    updateStanding();
    m_model->search(currentFilter());
}

void RecordsWindow::updateStanding()
{
    const policy::Pack *pack = m_session.pack();
    if (!pack || !m_session.ledger()) {
        m_standing = {};
    } else {
        const auto book = std::make_shared<const requests::DecisionStanding>(*m_session.ledger(), *pack);
        m_standing = [book](const ledger::RecordRow &row) {
            return row.kind == requests::Decision::kKind ? book->of(row.recordId) : QString();
        };
    }
    m_model->setStanding(m_standing);
}

void RecordsWindow::showCount(qint64 total)
{
    m_count->setText(total == 0 ? tr("No records match.")
                                : tr("%Ln record(s) match.", nullptr, int(std::min<qint64>(total, INT_MAX))));
    m_csv->setEnabled(total > 0);
    m_pdf->setEnabled(total > 0);
    m_print->setEnabled(total > 0);
}

void RecordsWindow::setBusy(bool busy)
{
    m_csv->setEnabled(!busy && m_model->total() > 0);
    m_pdf->setEnabled(!busy && m_model->total() > 0);
    m_print->setEnabled(!busy && m_model->total() > 0);
}

void RecordsWindow::exportCsvTo(const QString &file, std::function<void(bool)> done)
{
    const QString ledgerFile = m_session.ledger()->database().fileName();
    const ledger::RecordFilter filter = currentFilter();
    setBusy(true);
    m_message->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(file)));
    const Reader reader = readerOf(m_session);
    runAside<Outcome>(
        this,
        [ledgerFile, filter, file, reader, standing = m_standing] {
            Outcome outcome;
            const auto ledger = ledger::Ledger::openFile(ledgerFile, &outcome.text);
            if (!ledger) {
                return outcome;
            }
            // Only what this profile's own key may see (app/audience).
            const audience::Viewer viewer(*ledger, reader.pack ? &*reader.pack : nullptr, reader.key, reader.personId);
            const auto result = records::RecordExport::writeCsvFile(
                ledger->database(), filter, file, &outcome.text, {}, standing,
                [&](const ledger::RecordRow &row) { return viewer.maySee(row.recordId, row.authorId); });
            outcome.ok = result.has_value();
            outcome.rows = result ? result->rows : 0;
            outcome.unverified = result ? result->unverified : 0;
            return outcome;
        },
        [this, file, done](Outcome outcome) {
            setBusy(false);
            if (outcome.ok) {
                QString text = tr("Wrote %Ln record(s) to %1.", nullptr, int(std::min<qint64>(outcome.rows, INT_MAX)))
                                   .arg(QDir::toNativeSeparators(file));
                if (outcome.unverified > 0) {
                    text += QLatin1Char(' ') + tr("%1 of them are NOT verified: see the verification column.")
                                                   .arg(QLocale().toString(outcome.unverified));
                }
                text += QLatin1Char(' ') + tr("Only records you may see are included.");
                m_message->setText(text);
            } else {
                m_message->setText(outcome.text);
            }
            if (done) {
                done(outcome.ok);
            }
        });
}

void RecordsWindow::makePages(std::function<void(const QStringList &)> then, std::function<void(bool)> done)
{
    const QString ledgerFile = m_session.ledger()->database().fileName();
    const ledger::RecordFilter filter = currentFilter();
    setBusy(true);
    m_message->setText(tr("Making the paper copy…"));
    const Reader reader = readerOf(m_session);
    runAside<Outcome>(
        this,
        [ledgerFile, filter, reader, standing = m_standing] {
            Outcome outcome;
            const auto ledger = ledger::Ledger::openFile(ledgerFile, &outcome.text);
            if (!ledger) {
                return outcome;
            }
            const audience::Viewer viewer(*ledger, reader.pack ? &*reader.pack : nullptr, reader.key, reader.personId);
            const auto pages = records::RecordSheet::htmlParts(
                ledger->database(), filter, QDateTime::currentDateTimeUtc(), &outcome.text, standing,
                [&](const ledger::RecordRow &row) { return viewer.maySee(row.recordId, row.authorId); });
            outcome.ok = pages.has_value();
            if (pages) {
                outcome.pages = *pages;
            }
            return outcome;
        },
        [this, then, done](Outcome outcome) {
            if (!outcome.ok) {
                setBusy(false);
                m_message->setText(outcome.text);
                if (done) {
                    done(false);
                }
                return;
            }
            then(outcome.pages);
        });
}

void RecordsWindow::printTo(const QString &file, std::function<void(bool)> done)
{
    makePages(
        [this, file, done](const QStringList &pages) {
            printParts(pages, records::RecordSheet::partFiles(file, pages.size()), 0, done);
        },
        done);
}

void RecordsWindow::printOn(std::shared_ptr<QPrinter> printer, std::function<void(bool)> done)
{
    makePages([this, printer, done](const QStringList &pages) { printPartsOn(pages, printer, 0, done); }, done);
}

void RecordsWindow::printPartsOn(const QStringList &pages, std::shared_ptr<QPrinter> printer, qsizetype next,
                                 std::function<void(bool)> done)
{
    if (next == pages.size()) {
        setBusy(false);
        m_message->setText(pages.size() == 1 ? tr("Sent to the printer.")
                                             : tr("Sent to the printer in %1 parts.").arg(pages.size()));
        if (done) {
            done(true);
        }
        return;
    }
    m_message->setText(pages.size() == 1 ? tr("Printing…")
                                         : tr("Printing part %1 of %2…").arg(next + 1).arg(pages.size()));
    SheetPrinter::toPrinter(pages.at(next), printer.get(), this,
                            [this, pages, printer, next, done](SheetPrinter::Outcome outcome) {
                                if (outcome != SheetPrinter::Outcome::Written) {
                                    setBusy(false);
                                    m_message->setText(outcome == SheetPrinter::Outcome::NotLaidOut
                                                           ? tr("ClearLine could not lay out the paper copy, so "
                                                                "nothing was printed. Narrow the search, or export "
                                                                "CSV.")
                                                           : tr("The printer did not take the records. Check that "
                                                                "it is on and connected, and try again."));
                                    if (done) {
                                        done(false);
                                    }
                                    return;
                                }
                                printPartsOn(pages, printer, next + 1, done);
                            });
}

void RecordsWindow::printParts(const QStringList &pages, const QStringList &files, qsizetype next,
                               std::function<void(bool)> done)
{
    if (next == pages.size()) {
        setBusy(false);
        QStringList names;
        for (const QString &part : files) {
            names.append(QDir::toNativeSeparators(part));
        }
        m_message->setText(files.size() == 1
                               ? tr("Saved %1.").arg(names.constFirst())
                               : tr("The paper copy is too long for one PDF file, so it was saved in %1 parts: %2.")
                                     .arg(files.size())
                                     .arg(names.join(QStringLiteral(", "))));
        if (done) {
            done(true);
        }
        return;
    }
    m_message->setText(files.size() == 1
                           ? tr("Making the paper copy…")
                           : tr("Making part %1 of %2 of the paper copy…").arg(next + 1).arg(files.size()));
    SheetPrinter::print(pages.at(next), files.at(next), this,
                        [this, pages, files, next, done](SheetPrinter::Outcome outcome) {
                            if (outcome != SheetPrinter::Outcome::Written) {
                                setBusy(false);
                                m_message->setText(SheetPrinter::problem(outcome, files.at(next)));
                                if (done) {
                                    done(false);
                                }
                                return;
                            }
                            printParts(pages, files, next + 1, done);
                        });
}

void RecordsWindow::exportCsv()
{
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export the records as CSV"), tr("records.csv"), tr("CSV files (*.csv)"));
    if (!file.isEmpty()) {
        exportCsvTo(file);
    }
}

void RecordsWindow::print()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(SheetPrinter::pageSize());
    printer->setDocName(tr("ClearLine records"));
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print the records"));
    if (dialog.exec() == QDialog::Accepted) {
        printOn(printer);
    }
}

void RecordsWindow::savePdf()
{
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save the records as PDF"), tr("records.pdf"), tr("PDF files (*.pdf)"));
    if (!file.isEmpty()) {
        printTo(file);
    }
}

} // namespace clearline::ui
