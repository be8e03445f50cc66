// SPDX-License-Identifier: GPL-3.0-or-later
//
// What a page of records search costs at a million records, beside the
// same SELECT run bare on the same file in the same run (plain QSqlQuery,
// no verification), so the ratio holds on a noisy machine. ClearLine's
// figure includes checking every revision of the page's records (hash,
// signature, trusted key); the bare one does not.
//   - the first page of 200, all records;
//   - a page 90% of the way down, by key (what scrolling does);
//   - a page 100,000 rows below the top with no key (a dragged scroll bar:
//     OFFSET over the gap);
//   - the first page of a one-word search;
//   - counting all records and the matches of a word.
// Each figure is the median of --repeat runs. Usage:
//   bench_records [--quick] [--size 1000000] [--repeat 9]

#include "benchtext.h"

#include "core/application.h"
#include "core/profile.h"
#include "crypto/identity.h"
#include "ledger/ledger.h"
#include "ledger/memo.h"
#include "ledger/recordquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sodium.h>

using namespace clearline;

namespace {

constexpr int kPage = 200;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

double ms(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// The SELECT of ledger::RecordQuery::page(), written out, on a plain
// connection of its own.
const QString kBareSelect = QStringLiteral(
    "SELECT r.record_id, r.kind, r.title, r.author_id, r.created_utc, r.updated_utc, r.revision_count, r.conflict, "
    "k.name, k.email, coalesce(nullif(json_extract(v.payload, '$.school'), ''), "
    "nullif(json_extract(v.payload, '$.trip.school'), ''), k.school, ''), "
    "coalesce(json_extract(v.payload, '$.with.initials'), ''), coalesce(nullif(json_extract(v.payload, '$.text'), "
    "''), s.body, '') FROM records r JOIN revisions v ON v.id = r.head_revision "
    "LEFT JOIN keys k ON k.rowid = (SELECT min(rowid) FROM keys WHERE person_id = r.author_id) "
    "LEFT JOIN search s ON s.rowid = r.rowid WHERE %1 ORDER BY r.updated_utc DESC, r.record_id DESC LIMIT %2 "
    "OFFSET %3");

struct Bench
{
    QTemporaryDir dir;
    int repeat = 9;
    bench::BenchText text;
    std::unique_ptr<ledger::Ledger> ledger;
    QString bareName = QUuid::createUuid().toString();

    ~Bench() { QSqlDatabase::removeDatabase(bareName); }

    void fill(int size)
    {
        const core::Profile profile = core::Profile::inDirectory(dir.filePath(QStringLiteral("p")));
        QString error;
        ledger = ledger::Ledger::open(profile, ledger::Database::Mode::ReadWrite, &error);
        auto identity = crypto::Identity::create(
            profile, {QStringLiteral("Bench"), QStringLiteral("bench@district.example"), {}, {}},
            [](crypto::PassphraseRequest) { return std::optional<QString>(QStringLiteral("bench passphrase")); },
            &error);
        if (!identity || !ledger || !ledger->trustKey(identity->info(), QStringLiteral("self"), &error)) {
            qFatal("bench: %s", qPrintable(error));
        }
        constexpr int kBatch = 5000;
        QElapsedTimer timer;
        timer.start();
        for (int have = 0; have < size;) {
            const int n = std::min(kBatch, size - have);
            QList<ledger::NewRevision> batch;
            for (int i = 0; i < n; ++i) {
                batch.append(
                    {ledger::Memo::kKind, {}, {}, {}, ledger::Memo{text.words(4), text.words(25), {}}.toPayload(), {}});
            }
            if (!ledger->submitAll(*identity, batch, &error)) {
                qFatal("bench: %s", qPrintable(error));
            }
            have += n;
        }
        std::printf("filled %d signed records in %.1f s\n", size, static_cast<double>(timer.elapsed()) / 1000.0);
        QSqlDatabase bare = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), bareName);
        bare.setDatabaseName(ledger->database().fileName());
        bare.open();
    }

    void compare(const char *what, const std::function<void()> &ours, const std::function<void()> &bare)
    {
        QList<double> a;
        QList<double> b;
        for (int r = 0; r < repeat; ++r) {
            a.append(ms(ours));
            b.append(ms(bare));
        }
        const double x = median(a);
        const double y = median(b);
        std::printf("%-52s %12.3f %12.3f ms   ratio %.2f\n", what, x, y, y > 0 ? x / y : 0.0);
        std::fflush(stdout);
    }

    void bareRun(const QString &where, const QVariantList &values, int limit, qint64 offset)
    {
        QSqlQuery query(QSqlDatabase::database(bareName));
        query.setForwardOnly(true);
        query.prepare(kBareSelect.arg(where).arg(limit).arg(offset));
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        query.exec();
        while (query.next()) {
            for (int c = 0; c < 13; ++c) {
                query.value(c);
            }
        }
    }

    void run(int size)
    {
        const ledger::RecordQuery records(ledger->database());
        QString error;
        const auto page = [&](const ledger::RecordFilter &filter, const ledger::RecordKey &after, qint64 skip) {
            return [&records, filter, after, skip, &error] {
                if (!records.page(filter, after, kPage, skip, &error)) {
                    qFatal("bench: %s", qPrintable(error));
                }
            };
        };
        compare("first page of 200, all records", page({}, {}, 0), [&] { bareRun(QStringLiteral("1"), {}, kPage, 0); });

        QSqlQuery keyQuery(QSqlDatabase::database(bareName));
        keyQuery.exec(QStringLiteral("SELECT updated_utc, record_id FROM records ORDER BY updated_utc DESC, "
                                     "record_id DESC LIMIT 1 OFFSET %1")
                          .arg(size * 9 / 10));
        keyQuery.next();
        const ledger::RecordKey deep{keyQuery.value(0).toString(), keyQuery.value(1).toString()};
        compare("page of 200 at 90% down, by key", page({}, deep, 0), [&] {
            bareRun(QStringLiteral("(r.updated_utc, r.record_id) < (?, ?)"), {deep.updated, deep.recordId}, kPage, 0);
        });

        const qint64 jump = std::min<qint64>(100000, size / 2);
        compare(qPrintable(QStringLiteral("page of 200, %1 rows down, no key (OFFSET)").arg(jump)), page({}, {}, jump),
                [&] { bareRun(QStringLiteral("1"), {}, kPage, jump); });

        const QString word = text.randomWord();
        const QString match = ledger::RecordQuery::matchText(word);
        compare("first page of 200 of a one-word search", page({.text = word}, {}, 0), [&] {
            bareRun(QStringLiteral("r.rowid IN (SELECT rowid FROM search WHERE search MATCH ?)"), {match}, kPage, 0);
        });

        const auto count = [&](const ledger::RecordFilter &filter) {
            return [&records, filter, &error] { records.count(filter, &error); };
        };
        const auto bareCount = [&](const QString &sql, const QVariantList &values) {
            return [this, sql, values] {
                QSqlQuery query(QSqlDatabase::database(bareName));
                query.prepare(sql);
                for (const QVariant &value : values) {
                    query.addBindValue(value);
                }
                query.exec();
                query.next();
            };
        };
        compare("count all records", count({}), bareCount(QStringLiteral("SELECT count(*) FROM records r"), {}));
        compare("count the matches of a word", count({.text = word}),
                bareCount(QStringLiteral("SELECT count(*) FROM records r WHERE r.rowid IN (SELECT rowid FROM search "
                                         "WHERE search MATCH ?)"),
                          {match}));
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    core::setApplicationIdentity();
    qputenv("CLEARLINE_KEYSTORE", "file");
    if (sodium_init() < 0) {
        return 1;
    }
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("quick"), QStringLiteral("A tiny ledger, to check that the benchmark runs.")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Records in the ledger."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per figure (median)."), QStringLiteral("N"),
                      QStringLiteral("9")});
    parser.addHelpOption();
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const int size = quick ? 500 : parser.value(QStringLiteral("size")).toInt();

    Bench bench;
    bench.repeat = quick ? 1 : parser.value(QStringLiteral("repeat")).toInt();
    bench.fill(size);
    std::printf("%-52s %12s %12s   (%d records)\n", "", "ClearLine", "bare", size);
    bench.run(size);
    return 0;
}
