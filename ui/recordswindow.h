// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/recordexport.h"

#include "ledger/recordquery.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QTableView;

namespace clearline::ui {

class ProfileSession;
class RecordPageModel;

/// Find records: full-text search over everything the profile holds, with
/// filters by person, student, school, kind and day, a result list that
/// stays quick at a million records, and export of the result as CSV, as
/// a PDF paper copy or on a printer, each record with its verification status. For records
/// officers answering a public-records request, and for staff.
class RecordsWindow : public QWidget
{
    Q_OBJECT

public:
    explicit RecordsWindow(ProfileSession &session, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_text; }
    QLineEdit *personBox() const { return m_person; }
    QComboBox *kindBox() const { return m_kind; }
    QTableView *table() const { return m_table; }
    RecordPageModel *model() const { return m_model; }
    QLabel *messageLabel() const { return m_message; }
    /// Shown to the records officer only: lists the records that are due.
    QPushButton *retentionButton() const { return m_retention; }
    /// The filter the controls say now.
    ledger::RecordFilter currentFilter() const;

    /// Writes the CSV of the current result to `file` off the GUI thread;
    /// `done` gets whether it was written, on the GUI thread.
    void exportCsvTo(const QString &file, std::function<void(bool)> done = {});
    /// Prints the paper copy of the current result to `file`.
    void printTo(const QString &file, std::function<void(bool)> done = {});
    /// Prints the paper copy on a printer the person chose.
    void printOn(std::shared_ptr<QPrinter> printer, std::function<void(bool)> done = {});

public Q_SLOTS:
    /// Searches again with what the controls say (and records added since).
    void runSearch();

private:
    QWidget *makeFilters();
    void fillKinds();
    void showCount(qint64 total);
    void exportCsv();
    void savePdf();
    /// Asks for a printer (the system's print dialog), then printOn().
    void print();
    /// Lays out the current result as pages off the GUI thread, then calls
    /// `then`; on failure says why and calls `done` with false.
    void makePages(std::function<void(const QStringList &)> then, std::function<void(bool)> done);
    void setBusy(bool busy);
    /// Works out again which decisions do not count (the pack decides).
    void updateStanding();
    /// Prints pages[next] to files[next], then the rest, one after another.
    void printParts(const QStringList &pages, const QStringList &files, qsizetype next, std::function<void(bool)> done);
    void printPartsOn(const QStringList &pages, std::shared_ptr<QPrinter> printer, qsizetype next,
                      std::function<void(bool)> done);

    ProfileSession &m_session;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_person = nullptr;
    QLineEdit *m_student = nullptr;
    QComboBox *m_school = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table = nullptr;
    RecordPageModel *m_model = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_retention = nullptr;
    QTimer m_typing;
    records::RowStanding m_standing;
};

} // namespace clearline::ui
