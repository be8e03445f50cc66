// SPDX-License-Identifier: GPL-3.0-or-later
//
// Sync bundle throughput: exporting a ledger of N revisions to a bundle and
// importing it into an empty profile, beside the same steps done bare on the
// same machine in the same run, so the ratio shows ClearLine's overhead:
//   - export, bare: SQLite reading the same rows and zstd compressing the
//     same text (one line per revision);
//   - import, bare: libsodium verifying the same signatures alone, and
//     SQLite inserting the same rows alone (one plain table, one
//     transaction); and the two added.
// Figures are medians of --repeat runs (revisions/s, and MB/s of bundle).
// Usage: bench_bundles [--quick] [--sizes 1000,100000,1000000] [--repeat 3]

#include "benchtext.h"

#include "core/application.h"
#include "core/profile.h"
#include "crypto/identity.h"
#include "ledger/ledger.h"
#include "ledger/memo.h"
#include "ledger/syncstore.h"
#include "sync/bundleexport.h"
#include "sync/bundleformat.h"
#include "sync/bundleimport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <sodium.h>
#include <zstd.h>

using namespace clearline;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

void report(const QString &what, double clearline, double bare, const char *unit)
{
    if (bare <= 0) {
        std::printf("%-58s %12.1f %12s %s\n", qPrintable(what), clearline, "", unit);
    } else {
        std::printf("%-58s %12.1f %12.1f %-6s ratio %.2f\n", qPrintable(what), clearline, bare, unit, clearline / bare);
    }
    std::fflush(stdout);
}

double perSecond(double amount, qint64 nanoseconds)
{
    return amount * 1e9 / static_cast<double>(nanoseconds);
}

struct Profile
{
    core::Profile profile;
    std::optional<crypto::Identity> identity;
    std::unique_ptr<ledger::Ledger> ledger;
};

Profile makeProfile(const QString &dir, const QString &name)
{
    Profile made{core::Profile::inDirectory(dir), {}, {}};
    QString error;
    made.ledger = ledger::Ledger::open(made.profile, ledger::Database::Mode::ReadWrite, &error);
    made.identity = crypto::Identity::create(
        made.profile, {name, QStringLiteral("bench@district.example"), {}, {}},
        [](crypto::PassphraseRequest) { return std::optional<QString>(QStringLiteral("bench passphrase")); }, &error);
    if (!made.identity || !made.ledger ||
        !made.ledger->trustKey(made.identity->info(), QStringLiteral("self"), &error)) {
        qFatal("bench: %s", qPrintable(error));
    }
    return made;
}

/// The bare SQLite baseline: one table of the same columns, the ledger's
/// pragmas, rows inserted in one transaction.
qint64 bareInsert(const QString &file, const QList<ledger::Revision> &rows)
{
    const QString name = QUuid::createUuid().toString();
    qint64 elapsed = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        query.exec(QStringLiteral("CREATE TABLE revisions (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                                  "record_id TEXT NOT NULL, kind TEXT NOT NULL, author_key TEXT NOT NULL, "
                                  "created_utc TEXT NOT NULL, payload TEXT NOT NULL, prev_hash TEXT, hash TEXT NOT "
                                  "NULL UNIQUE, signature TEXT NOT NULL)"));
        query.prepare(QStringLiteral("INSERT INTO revisions (id, record_id, kind, author_key, created_utc, payload, "
                                     "prev_hash, hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QElapsedTimer timer;
        timer.start();
        db.transaction();
        for (const ledger::Revision &revision : rows) {
            query.addBindValue(revision.id);
            query.addBindValue(revision.recordId);
            query.addBindValue(revision.kind);
            query.addBindValue(QString::fromLatin1(revision.authorKey.toBase64()));
            query.addBindValue(ledger::Revision::timeText(revision.created));
            query.addBindValue(QString::fromUtf8(QJsonDocument(revision.payload).toJson(QJsonDocument::Compact)));
            query.addBindValue(QString::fromLatin1(revision.prevHash.toHex()));
            query.addBindValue(QString::fromLatin1(revision.hash.toHex()));
            query.addBindValue(QString::fromLatin1(revision.signature.toBase64()));
            query.exec();
        }
        db.commit();
        elapsed = timer.nsecsElapsed();
    }
    QSqlDatabase::removeDatabase(name);
    return elapsed;
}

qint64 bareVerify(const QList<ledger::Revision> &rows)
{
    QElapsedTimer timer;
    timer.start();
    int valid = 0;
    for (const ledger::Revision &revision : rows) {
        valid +=
            crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(revision.signature.constData()),
                                        reinterpret_cast<const unsigned char *>(revision.hash.constData()),
                                        static_cast<unsigned long long>(revision.hash.size()),
                                        reinterpret_cast<const unsigned char *>(revision.authorKey.constData())) == 0;
    }
    const qint64 elapsed = timer.nsecsElapsed();
    if (valid != rows.size()) {
        qFatal("bench: a signature did not verify");
    }
    return elapsed;
}

/// Bare export: read the same rows back with SQLite and compress one line
/// of text per revision with zstd at the same level.
qint64 bareExport(ledger::Ledger &source)
{
    QElapsedTimer timer;
    timer.start();
    ZSTD_CCtx *context = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, 3);
    QByteArray out(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
    QSqlQuery query(source.database().connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, record_id, kind, author_key, created_utc, payload, prev_hash, hash, "
                              "signature FROM revisions ORDER BY seq"));
    qint64 compressed = 0;
    while (query.next()) {
        QByteArray line;
        for (int i = 0; i < 9; ++i) {
            line += query.value(i).toString().toUtf8() + '\t';
        }
        line += '\n';
        ZSTD_inBuffer in{line.constData(), size_t(line.size()), 0};
        while (in.pos < in.size) {
            ZSTD_outBuffer buffer{out.data(), size_t(out.size()), 0};
            ZSTD_compressStream2(context, &buffer, &in, ZSTD_e_continue);
            compressed += qint64(buffer.pos);
        }
    }
    ZSTD_inBuffer none{nullptr, 0, 0};
    size_t left = 1;
    while (left != 0) {
        ZSTD_outBuffer buffer{out.data(), size_t(out.size()), 0};
        left = ZSTD_compressStream2(context, &buffer, &none, ZSTD_e_end);
        compressed += qint64(buffer.pos);
    }
    ZSTD_freeCCtx(context);
    return compressed > 0 ? timer.nsecsElapsed() : 0;
}

void run(int size, int repeat, bench::BenchText &text)
{
    QTemporaryDir dir;
    Profile source = makeProfile(dir.filePath(QStringLiteral("source")), QStringLiteral("Sender"));
    constexpr int kBatch = 5000;
    for (int have = 0; have < size;) {
        const int n = std::min(kBatch, size - have);
        QList<ledger::NewRevision> batch;
        for (int i = 0; i < n; ++i) {
            batch.append(
                {ledger::Memo::kKind, {}, {}, {}, ledger::Memo{text.words(4), text.words(25), {}}.toPayload(), {}});
        }
        QString error;
        if (!source.ledger->submitAll(*source.identity, batch, &error)) {
            qFatal("bench: %s", qPrintable(error));
        }
        have += n;
    }
    QList<ledger::Revision> rows;
    rows.reserve(size);
    QString error;
    ledger::SyncStore(*source.ledger)
        .forEachRevision(
            [&](qint64, const ledger::Revision &revision) {
                rows.append(revision);
                return true;
            },
            &error);

    QList<double> exportRate, exportBytes, bareExportRate, importRate, importBytes, sodiumRate, sqliteRate, bareRate;
    qint64 bundleSize = 0;
    for (int r = 0; r < repeat; ++r) {
        const QString file = dir.filePath(QStringLiteral("bundle-%1.clbundle").arg(r));
        QElapsedTimer timer;
        timer.start();
        const auto exported = sync::BundleExport::write(*source.ledger, *source.identity, {}, {}, file, &error);
        const qint64 exportTime = timer.nsecsElapsed();
        if (!exported || exported->revisions != size) {
            qFatal("bench: export failed: %s", qPrintable(error));
        }
        bundleSize = exported->bytes;
        exportRate.append(perSecond(size, exportTime));
        exportBytes.append(perSecond(double(bundleSize) / 1e6, exportTime));
        bareExportRate.append(perSecond(size, bareExport(*source.ledger)));

        Profile target = makeProfile(dir.filePath(QStringLiteral("target-%1").arg(r)), QStringLiteral("Receiver"));
        target.ledger->trustKey(source.identity->info(), QStringLiteral("accepted"), &error);
        timer.restart();
        const sync::ImportReport imported = sync::BundleImport::run(*target.ledger, file, {});
        const qint64 importTime = timer.nsecsElapsed();
        if (imported.outcome != sync::ImportReport::Outcome::Imported || imported.newRevisions != size) {
            qFatal("bench: import failed: %s", qPrintable(imported.problem));
        }
        importRate.append(perSecond(size, importTime));
        importBytes.append(perSecond(double(bundleSize) / 1e6, importTime));
        const qint64 sodium = bareVerify(rows);
        const qint64 sqlite = bareInsert(dir.filePath(QStringLiteral("bare-%1.sqlite").arg(r)), rows);
        sodiumRate.append(perSecond(size, sodium));
        sqliteRate.append(perSecond(size, sqlite));
        bareRate.append(perSecond(size, sodium + sqlite));
        QFile::remove(file);
    }
    std::printf("-- %d revisions, bundle %.1f MB (%.0f bytes a revision)\n", size, double(bundleSize) / 1e6,
                double(bundleSize) / size);
    report(QStringLiteral("export (bare: SQLite read + zstd)"), median(exportRate), median(bareExportRate), "rev/s");
    report(QStringLiteral("export, MB of bundle a second"), median(exportBytes), 0, "MB/s");
    report(QStringLiteral("import (bare: libsodium verify alone)"), median(importRate), median(sodiumRate), "rev/s");
    report(QStringLiteral("import (bare: SQLite insert alone)"), median(importRate), median(sqliteRate), "rev/s");
    report(QStringLiteral("import (bare: verify + insert)"), median(importRate), median(bareRate), "rev/s");
    report(QStringLiteral("import, MB of bundle a second"), median(importBytes), 0, "MB/s");
}

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
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Ledger sizes."), QStringLiteral("N,N,…"),
                      QStringLiteral("1000,100000,1000000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per figure (median)."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.addHelpOption();
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    QList<int> sizes;
    for (const QString &size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        sizes.append(size.toInt());
    }
    if (quick) {
        sizes = {200};
    }
    const int repeat = quick ? 1 : parser.value(QStringLiteral("repeat")).toInt();
    bench::BenchText text;
    std::printf("%-58s %12s %12s %-6s (ratio = ClearLine / bare)\n", "", "ClearLine", "bare", "");
    for (const int size : sizes) {
        run(size, repeat, text);
    }
    return 0;
}
