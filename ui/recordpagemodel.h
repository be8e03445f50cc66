// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/recordexport.h"

#include "ledger/recordquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace clearline::ui {

class RecordFetcher;

/// The rows of a records search, for a QTableView, at any size.
///
/// The row count is known (counted first), so the scroll bar is right from
/// the start; rows arrive in pages of kPageSize fetched off the GUI thread
/// (RecordFetcher) and show "…" until they are there. Only pages that were
/// painted are asked for: data() notes the page, and a short timer asks for
/// every noted page at once and drops older requests for pages scrolled
/// past. At most kCachedPages pages are kept; the farthest go first.
///
/// Pages are found by key (the last row of the page before), not OFFSET.
/// A jump far down (the scroll bar dragged) has no key yet: then the page
/// is asked for as "skip N rows after the nearest page above whose key is
/// known" — an OFFSET only over the gap, which later pages then avoid.
class RecordPageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 50;
    enum Column { Updated, Kind, Title, Author, School, Student, Verification, ColumnCount };

    explicit RecordPageModel(const QString &ledgerFile, QObject *parent = nullptr);
    ~RecordPageModel() override;

    /// Starts a new search; what the last one still had under way is dropped.
    void search(const ledger::RecordFilter &filter);
    /// The same search again, for records added since.
    void refresh();
    const ledger::RecordFilter &filter() const { return m_filter; }
    /// The rows matching, or -1 while they are counted.
    qint64 total() const { return m_total; }
    std::optional<ledger::RecordRow> rowAt(int row) const;
    /// School names by id (the district's pack), shown instead of the ids.
    void setSchoolNames(const QHash<QString, QString> &names) { m_schoolNames = names; }
    /// Marks the decisions that do not count in the rows fetched from now on.
    void setStanding(records::RowStanding standing);
    /// Pages held now (for tests: the cache stays bounded).
    int cachedPages() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void counted(qint64 total);
    void pageArrived(int page);
    void failed(const QString &message);

private:
    void askForNoted();
    void ask(int page, qint64 ticket);
    void arrived(int generation, int page, qint64 ticket, const QList<ledger::RecordRow> &rows);
    void forget(int nearPage);

    std::unique_ptr<RecordFetcher> m_fetcher;
    ledger::RecordFilter m_filter;
    int m_generation = 0;
    qint64 m_total = -1;
    qint64 m_nextTicket = 1;
    QHash<int, QList<ledger::RecordRow>> m_pages;
    /// Key of the last row of each page ever fetched in this search; kept
    /// when the page itself is forgotten, to find pages again by key.
    QMap<int, ledger::RecordKey> m_lastKeys;
    QHash<int, qint64> m_pending; ///< page → ticket of the request under way
    mutable QSet<int> m_noted;    ///< pages painted but not held
    mutable QTimer m_askTimer;
    QHash<QString, QString> m_schoolNames;
};

} // namespace clearline::ui
