// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace clearline::ledger {

class Database;

/// What a records search asks for. Every field that is set must match;
/// empty fields match everything. docs/records-export.md says the same for
/// the people who use it.
struct RecordFilter
{
    /// Full-text (FTS5) over the title and all text of the current revision;
    /// every word must appear, words are never FTS5 syntax.
    QString text;
    /// The author: part of their name or e-mail (any case), or their person id.
    QString person;
    /// A student a contact or concern was with: their initials (any case) or
    /// roster id, whole.
    QString student;
    /// A school id of the pack: the record's own school (a request's or
    /// delegation's "school", a trip's school), else the author's school.
    QString school;
    /// A record kind: memo, contact, concern, disclosure, request, decision, …
    QString kind;
    /// The day of the record's last change, inclusive, in this computer's zone.
    QDate from;
    QDate to;

    bool operator==(const RecordFilter &) const = default;
};

/// Where a page ends: the sort key of its last row. Rows are ordered newest
/// change first, by (updated, record id) descending.
struct RecordKey
{
    QString updated; ///< as stored: ISO 8601 UTC with milliseconds
    QString recordId;

    bool isNull() const { return recordId.isEmpty(); }
    bool operator==(const RecordKey &) const = default;
};

/// One record in a result: its current revision, who wrote it, where it
/// belongs, and whether every revision of it checks out.
struct RecordRow
{
    QString recordId;
    QString kind;
    QString title;
    QString authorId;
    QString authorName; ///< empty when the ledger has no key of the author
    QString authorEmail;
    QString school;  ///< as for RecordFilter::school
    QString student; ///< initials, for contacts and concerns
    QString body;    ///< what the author wrote (text, summary, comment, note), else all text as indexed
    /// A contact's own facts, as logged (ids of the pack format's words);
    /// empty for other kinds.
    QDateTime contactTime;
    QString channel;
    QString audience;
    QString purpose;
    /// The purpose's label by language, as the pack gave it when logged.
    QMap<QString, QString> purposeLabel;
    QString verdict; ///< what the district's policy said when it was logged
    QDateTime created;
    QDateTime updated;
    int revisionCount = 0;
    bool conflict = false;
    bool verified = false;
    QString problem; ///< why it is not verified; empty when it is
    /// Why it does not count although it may verify (a decision signed by
    /// someone without the role), in words; empty when it counts. The
    /// ledger cannot tell: the district's pack decides, so whoever lists
    /// rows with the pack at hand fills it (records::RowStanding).
    QString standing;
    RecordKey key;
};

/// Searches the records of a ledger page by page, by keyset: the next
/// page is "the rows after this key", which costs the same on page 5,000 as
/// on page 1 (OFFSET would read and skip every row before it). One SQL
/// statement per page, over `records` (+ the FTS5 table `search`, which
/// shares its rowid, for text).
///
/// Use from any thread: each thread gets its own connection of the Database.
/// While it lives, every read on this thread's connection sees the ledger
/// as it was when the first one ran (a read transaction; with WAL, writers
/// go on meanwhile). An export of many pages then lists every record once,
/// even when a sync adds revisions during it.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &database);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

class RecordQuery
{
    Q_DECLARE_TR_FUNCTIONS(clearline::ledger::RecordQuery)

public:
    explicit RecordQuery(const Database &database);

    /// How many records match.
    std::optional<qint64> count(const RecordFilter &filter, QString *error) const;
    /// Up to `limit` matching rows after `after` (null: from the newest),
    /// skipping the first `skip` of them, with their verification status.
    /// `skip` is for a jump into rows no page has reached yet (a scroll bar
    /// dragged far down); it is counted from `after`, so it stays short when
    /// a known page is near.
    std::optional<QList<RecordRow>> page(const RecordFilter &filter, const RecordKey &after, int limit, qint64 skip,
                                         QString *error) const;

    /// The FTS5 query for what people type: each word quoted, so that no
    /// word is FTS5 syntax. Empty when there is no word.
    static QString matchText(const QString &text);

private:
    /// The WHERE clause for `filter` and its bound values, in order.
    QString where(const RecordFilter &filter, QVariantList &values) const;

    const Database &m_database;
};

} // namespace clearline::ledger
