// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recordpagemodel.h"

#include "records/recordtext.h"

#include "core/zonedtime.h"
#include "ui/recordfetcher.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace clearline::ui {

namespace {

// Long enough to gather the pages of one paint, short enough not to be seen.
constexpr int kAskDelayMs = 15;

} // namespace

RecordPageModel::RecordPageModel(const QString &ledgerFile, QObject *parent)
    : QAbstractTableModel(parent)
    , m_fetcher(std::make_unique<RecordFetcher>(ledgerFile))
{
    m_askTimer.setSingleShot(true);
    m_askTimer.setInterval(kAskDelayMs);
    connect(&m_askTimer, &QTimer::timeout, this, &RecordPageModel::askForNoted);
}

RecordPageModel::~RecordPageModel() = default;

void RecordPageModel::search(const ledger::RecordFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    ++m_generation;
    m_total = -1;
    m_pages.clear();
    m_lastKeys.clear();
    m_pending.clear();
    m_noted.clear();
    m_fetcher->setWanted(m_generation, {});
    endResetModel();

    const int generation = m_generation;
    m_fetcher->count(generation, filter, this, [this, generation](std::optional<qint64> total, const QString &error) {
        if (generation != m_generation) {
            return;
        }
        if (!total) {
            Q_EMIT failed(error);
            return;
        }
        beginResetModel();
        m_total = *total;
        endResetModel();
        Q_EMIT counted(m_total);
    });
}

void RecordPageModel::refresh()
{
    search(m_filter);
}

std::optional<ledger::RecordRow> RecordPageModel::rowAt(int row) const
{
    const auto page = m_pages.constFind(row / kPageSize);
    if (page == m_pages.constEnd() || row % kPageSize >= page->size()) {
        return std::nullopt;
    }
    return page->at(row % kPageSize);
}

int RecordPageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_total < 0 ? 0 : int(m_total);
}

int RecordPageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordPageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole)) {
        return {};
    }
    const std::optional<ledger::RecordRow> row = rowAt(index.row());
    if (!row) {
        m_noted.insert(index.row() / kPageSize);
        if (!m_askTimer.isActive()) {
            m_askTimer.start();
        }
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    }
    const bool verified = row->verified;
    if (role == Qt::ForegroundRole) {
        return index.column() == Verification && !verified ? QVariant(QBrush(QColor(0xb0, 0x00, 0x20))) : QVariant();
    }
    switch (index.column()) {
    case Updated:
        return core::zonedTimeText(row->updated);
    case Kind:
        return row->kind;
    case Title:
        return role == Qt::ToolTipRole && !row->body.isEmpty() ? row->body.left(500) : row->title;
    case Author:
        return role == Qt::ToolTipRole ? row->authorEmail : records::RecordText::author(*row);
    case School:
        return role == Qt::ToolTipRole ? row->school : m_schoolNames.value(row->school, row->school);
    case Student:
        return row->student;
    case Verification:
        // A self-made "decision" may verify (its signature is good) and still
        // not count: both are said, so it is never read as an approval.
        if (role == Qt::ToolTipRole) {
            const QString check = verified ? tr("Every revision matches its hash and carries a valid signature by "
                                                "a trusted key.")
                                           : row->problem;
            return row->standing.isEmpty() ? check : QString(row->standing + QLatin1Char('\n') + check);
        }
        if (!row->standing.isEmpty()) {
            return verified ? tr("Verified; does NOT count") : tr("NOT verified; does NOT count");
        }
        return verified ? tr("Verified") : tr("NOT verified");
    default:
        return {};
    }
}

void RecordPageModel::setStanding(records::RowStanding standing)
{
    m_fetcher->setStanding(std::move(standing));
}

QVariant RecordPageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Updated:
        return tr("Last changed");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case Author:
        return tr("Author");
    case School:
        return tr("School");
    case Student:
        return tr("Student");
    case Verification:
        return tr("Verification");
    default:
        return {};
    }
}

void RecordPageModel::askForNoted()
{
    if (m_noted.isEmpty()) {
        return;
    }
    // The pages painted since the last time are the ones in view. Requests
    // for other pages (scrolled past) are dropped; those in view are kept
    // or made.
    QHash<int, qint64> keep;
    QList<int> fresh;
    for (const int page : std::as_const(m_noted)) {
        if (m_pages.contains(page)) {
            continue;
        }
        if (m_pending.contains(page)) {
            keep.insert(page, m_pending.value(page));
        } else {
            fresh.append(page);
        }
    }
    m_noted.clear();
    std::sort(fresh.begin(), fresh.end());
    QSet<qint64> wanted;
    for (auto it = keep.constBegin(); it != keep.constEnd(); ++it) {
        wanted.insert(it.value());
    }
    QList<qint64> tickets;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        tickets.append(m_nextTicket);
        wanted.insert(m_nextTicket++);
    }
    m_pending = keep;
    m_fetcher->setWanted(m_generation, wanted);
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        ask(fresh.at(i), tickets.at(i));
    }
}

void RecordPageModel::ask(int page, qint64 ticket)
{
    ledger::RecordKey after;
    qint64 skip = qint64(page) * kPageSize;
    const auto known = m_lastKeys.lowerBound(page);
    if (known != m_lastKeys.constBegin()) {
        const auto above = std::prev(known);
        after = above.value();
        skip = qint64(page - above.key() - 1) * kPageSize;
    }
    m_pending.insert(page, ticket);
    const int generation = m_generation;
    m_fetcher->page(
        generation, ticket, m_filter, after, skip, kPageSize, this,
        [this, generation, page, ticket](std::optional<QList<ledger::RecordRow>> rows, const QString &error) {
            if (generation != m_generation) {
                return;
            }
            if (!rows) {
                m_pending.remove(page);
                Q_EMIT failed(error);
                return;
            }
            arrived(generation, page, ticket, *rows);
        },
        [this, generation, page] {
            // Dropped. A page still in view but not repainted since (a
            // scroll repaints only the strip it uncovers) is repainted now,
            // which asks for it again; out of view this costs nothing.
            if (generation == m_generation && !m_pages.contains(page) && !m_pending.contains(page)) {
                const int first = page * kPageSize;
                if (first < rowCount()) {
                    Q_EMIT dataChanged(index(first, 0),
                                       index(std::min(first + kPageSize, rowCount()) - 1, ColumnCount - 1));
                }
            }
        });
}

void RecordPageModel::arrived(int generation, int page, qint64 ticket, const QList<ledger::RecordRow> &rows)
{
    Q_UNUSED(generation)
    if (m_pending.value(page) == ticket) {
        m_pending.remove(page);
    }
    m_pages.insert(page, rows);
    if (!rows.isEmpty()) {
        m_lastKeys.insert(page, rows.constLast().key);
    }
    forget(page);
    const int first = page * kPageSize;
    const int last = std::min(first + int(rows.size()), rowCount()) - 1;
    if (last >= first) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    Q_EMIT pageArrived(page);
}

void RecordPageModel::forget(int nearPage)
{
    while (m_pages.size() > kCachedPages) {
        int farthest = nearPage;
        for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
            if (std::abs(it.key() - nearPage) > std::abs(farthest - nearPage)) {
                farthest = it.key();
            }
        }
        m_pages.remove(farthest);
    }
}

} // namespace clearline::ui
