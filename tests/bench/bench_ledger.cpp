// SPDX-License-Identifier: GPL-3.0-or-later
//
// What ClearLine's ledger costs, beside the same work done bare on the same
// machine in the same run, so that the ratio holds on a noisy machine:
//   - saving revisions one by one with full durability, and in one
//     transaction (bare: SQLite inserting rows of the same size, same pragmas);
//   - verifying (bare: libsodium checking the same signatures);
//   - full-text search latency at several ledger sizes (bare: one FTS5 table
//     with the same text).
// Each figure is the median of --repeat runs. Usage:
//   bench_ledger [--quick] [--sizes 10000,100000,1000000] [--repeat 5]

#include "benchtext.h"

#include "core/application.h"
#include "core/profile.h"
#include "crypto/identity.h"
#include "ledger/ledger.h"
#include "ledger/memo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <sodium.h>

using namespace clearline;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

void report(const char *what, double clearline, double bare, const char *unit)
{
    std::printf("%-52s %12.3f %12.3f %s   ratio %.2f\n", what, clearline, bare, unit,
                bare > 0 ? clearline / bare : 0.0);
    std::fflush(stdout);
}

QJsonObject memoPayload(bench::BenchText &text)
{
    return ledger::Memo{text.words(4), text.words(25), {}}.toPayload();
}

// The bare baseline: the same pragmas as the ledger, one plain table.
class BareSqlite
{
public:
    explicit BareSqlite(const QString &file)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        query.exec(QStringLiteral("CREATE TABLE revisions (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                                  "record_id TEXT NOT NULL, payload TEXT NOT NULL, hash TEXT NOT NULL, "
                                  "signature TEXT NOT NULL)"));
        query.exec(QStringLiteral("CREATE VIRTUAL TABLE search USING fts5 (title, body, tokenize = 'unicode61 "
                                  "remove_diacritics 2')"));
    }
    ~BareSqlite() { QSqlDatabase::removeDatabase(m_name); }

    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }

    void insert(const QJsonObject &payload, bool withSearch)
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("INSERT INTO revisions (id, record_id, payload, hash, signature) "
                                     "VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        query.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        query.addBindValue(QString(64, QLatin1Char('0')));
        query.addBindValue(QString(88, QLatin1Char('A')));
        query.exec();
        if (withSearch) {
            query.prepare(QStringLiteral("INSERT INTO search (title, body) VALUES (?, ?)"));
            query.addBindValue(payload.value(QStringLiteral("title")).toString());
            query.addBindValue(payload.value(QStringLiteral("text")).toString());
            query.exec();
        }
    }

private:
    QString m_name;
};

struct Bench
{
    QTemporaryDir dir;
    int repeat = 5;
    bench::BenchText text;
    int next = 0;

    std::pair<crypto::Identity, std::unique_ptr<ledger::Ledger>> freshLedger()
    {
        const core::Profile profile = core::Profile::inDirectory(dir.filePath(QStringLiteral("p%1").arg(++next)));
        QString error;
        auto ledger = ledger::Ledger::open(profile, ledger::Database::Mode::ReadWrite, &error);
        auto identity = crypto::Identity::create(
            profile, {QStringLiteral("Bench"), QStringLiteral("bench@district.example"), {}, {}},
            [](crypto::PassphraseRequest) { return std::optional<QString>(QStringLiteral("bench passphrase")); },
            &error);
        if (!identity || !ledger || !ledger->trustKey(identity->info(), QStringLiteral("self"), &error)) {
            qFatal("bench: %s", qPrintable(error));
        }
        return {std::move(*identity), std::move(ledger)};
    }

    QString bareFile() { return dir.filePath(QStringLiteral("bare%1.sqlite").arg(++next)); }

    void durableOneByOne(int count)
    {
        QList<double> ours;
        QList<double> bare;
        for (int r = 0; r < repeat; ++r) {
            auto [identity, ledger] = freshLedger();
            QString error;
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < count; ++i) {
                ledger->submit(identity, {ledger::Memo::kKind, {}, {}, {}, memoPayload(text), {}}, &error);
            }
            ours.append(count * 1e9 / static_cast<double>(timer.nsecsElapsed()));

            BareSqlite baseline(bareFile());
            timer.restart();
            for (int i = 0; i < count; ++i) {
                baseline.insert(memoPayload(text), false);
            }
            bare.append(count * 1e9 / static_cast<double>(timer.nsecsElapsed()));
        }
        report(qPrintable(QStringLiteral("save one by one, durable (%1 revisions)").arg(count)), median(ours),
               median(bare), "rev/s");
    }

    void oneTransaction(int count)
    {
        QList<double> ours;
        QList<double> bare;
        QList<double> verify;
        QList<double> sodium;
        for (int r = 0; r < repeat; ++r) {
            auto [identity, ledger] = freshLedger();
            QList<ledger::NewRevision> batch;
            for (int i = 0; i < count; ++i) {
                batch.append({ledger::Memo::kKind, {}, {}, {}, memoPayload(text), {}});
            }
            QString error;
            QElapsedTimer timer;
            timer.start();
            const auto saved = ledger->submitAll(identity, batch, &error);
            ours.append(count * 1e9 / static_cast<double>(timer.nsecsElapsed()));

            timer.restart();
            const ledger::VerifyReport report = ledger->verify();
            verify.append(static_cast<double>(report.revisions) * 1e9 / static_cast<double>(timer.nsecsElapsed()));
            if (!report.ok()) {
                qFatal("bench: the ledger did not verify");
            }
            timer.restart();
            int valid = 0;
            for (const auto &revision : *saved) {
                valid += crypto_sign_verify_detached(
                             reinterpret_cast<const unsigned char *>(revision.signature.constData()),
                             reinterpret_cast<const unsigned char *>(revision.hash.constData()),
                             static_cast<unsigned long long>(revision.hash.size()),
                             reinterpret_cast<const unsigned char *>(revision.authorKey.constData())) == 0;
            }
            sodium.append(valid * 1e9 / static_cast<double>(timer.nsecsElapsed()));

            BareSqlite baseline(bareFile());
            QList<QJsonObject> payloads;
            for (int i = 0; i < count; ++i) {
                payloads.append(memoPayload(text));
            }
            timer.restart();
            baseline.db().transaction();
            for (const QJsonObject &payload : std::as_const(payloads)) {
                baseline.insert(payload, false);
            }
            baseline.db().commit();
            bare.append(count * 1e9 / static_cast<double>(timer.nsecsElapsed()));
        }
        report(qPrintable(QStringLiteral("save in one transaction (%1 revisions)").arg(count)), median(ours),
               median(bare), "rev/s");
        report(qPrintable(QStringLiteral("verify (%1 revisions; bare: signatures only)").arg(count)), median(verify),
               median(sodium), "rev/s");
    }

    void searchLatency(const QList<int> &sizes)
    {
        auto [identity, ledger] = freshLedger();
        BareSqlite baseline(bareFile());
        int have = 0;
        constexpr int kBatch = 5000;
        constexpr int kQueries = 200;
        for (const int size : sizes) {
            while (have < size) {
                const int n = std::min(kBatch, size - have);
                QList<ledger::NewRevision> batch;
                QList<QJsonObject> payloads;
                for (int i = 0; i < n; ++i) {
                    payloads.append(memoPayload(text));
                    batch.append({ledger::Memo::kKind, {}, {}, {}, payloads.constLast(), {}});
                }
                QString error;
                if (!ledger->submitAll(identity, batch, &error)) {
                    qFatal("bench: %s", qPrintable(error));
                }
                baseline.db().transaction();
                for (const QJsonObject &payload : std::as_const(payloads)) {
                    baseline.insert(payload, true);
                }
                baseline.db().commit();
                have += n;
            }
            QStringList words;
            for (int i = 0; i < kQueries; ++i) {
                words.append(text.randomWord());
            }
            QList<double> ours;
            QList<double> bare;
            QElapsedTimer timer;
            QSqlQuery query(baseline.db());
            query.prepare(
                QStringLiteral("SELECT rowid, title FROM search WHERE search MATCH ? ORDER BY rank LIMIT 50"));
            for (const QString &word : std::as_const(words)) {
                timer.restart();
                ledger->search(word, 50);
                ours.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                timer.restart();
                query.addBindValue(QString(QLatin1Char('"') + word + QLatin1Char('"')));
                query.exec();
                while (query.next()) {
                }
                bare.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            }
            report(qPrintable(QStringLiteral("search one word, top 50 (%1 revisions)").arg(size)), median(ours),
                   median(bare), "ms   ");
        }
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
    parser.addOption({QStringLiteral("quick"), QStringLiteral("Tiny sizes, to check that the benchmark runs.")});
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Ledger sizes for search latency."),
                      QStringLiteral("N,N,…"), QStringLiteral("10000,100000,1000000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per figure (median)."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addHelpOption();
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));

    Bench bench;
    bench.repeat = quick ? 1 : parser.value(QStringLiteral("repeat")).toInt();
    QList<int> sizes;
    for (const QString &size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        sizes.append(size.toInt());
    }
    if (quick) {
        sizes = {500};
    }
    std::printf("%-52s %12s %12s\n", "", "ClearLine", "bare");
    bench.durableOneByOne(quick ? 20 : 300);
    bench.oneTransaction(quick ? 200 : 10000);
    bench.searchLatency(sizes);
    return 0;
}
