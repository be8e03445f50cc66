// SPDX-License-Identifier: GPL-3.0-or-later
//
// Records search: keyset pages put together are the whole ordered result,
// once each; every filter matches what docs/records-export.md says; the
// verification status of a record turns when its revision is tampered with.

#include "testprofile.h"

#include "ledger/memo.h"
#include "ledger/recordquery.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace clearline;

Q_DECLARE_METATYPE(ledger::RecordFilter)

namespace {

QJsonObject contact(const QString &initials, const QString &summary)
{
    return {{QStringLiteral("summary"), summary},
            {QStringLiteral("with"), QJsonObject{{QStringLiteral("initials"), initials},
                                                 {QStringLiteral("rosterId"), QString(QStringLiteral("R-") + initials)},
                                                 {QStringLiteral("audience"), QStringLiteral("students")}}}};
}

QJsonObject request(const QString &title, const QString &school)
{
    return {{QStringLiteral("title"), title}, {QStringLiteral("school"), school}, {QStringLiteral("note"), title}};
}

// 240 memos, 30 contacts, 20 requests by Dana; 10 memos by Lee. Many were
// signed in the same millisecond, so the record id decides their order.
struct Fixture
{
    test::TestProfile dana{QStringLiteral("Dana Coach")};
    test::TestProfile lee{QStringLiteral("Lee Librarian")};

    Fixture()
    {
        QString error;
        QList<ledger::NewRevision> batch;
        for (int i = 0; i < 240; ++i) {
            batch.append({ledger::Memo::kKind,
                          {},
                          {},
                          {},
                          ledger::Memo{QStringLiteral("Memo %1").arg(i),
                                       i % 3 ? QStringLiteral("about the bus") : QStringLiteral("about the field trip"),
                                       {}}
                              .toPayload(),
                          {}});
        }
        for (int i = 0; i < 30; ++i) {
            batch.append(
                {QStringLiteral("contact"),
                 {},
                 {},
                 {},
                 contact(i % 2 ? QStringLiteral("JR") : QStringLiteral("AB"), QStringLiteral("Practice moved")),
                 {}});
        }
        for (int i = 0; i < 20; ++i) {
            batch.append({QStringLiteral("request"),
                          {},
                          {},
                          {},
                          request(QStringLiteral("Class page %1").arg(i),
                                  i % 2 ? QStringLiteral("high-school") : QStringLiteral("middle-school")),
                          {}});
        }
        QVERIFY(dana.ledger->submitAll(*dana.identity, batch, &error));
        auto leeInfo = lee.identity->info();
        leeInfo.email = QStringLiteral("lee@library.example");
        QVERIFY2(dana.ledger->trustKey(leeInfo, QStringLiteral("accepted"), &error), qPrintable(error));
        QList<ledger::NewRevision> lees;
        for (int i = 0; i < 10; ++i) {
            lees.append({ledger::Memo::kKind,
                         {},
                         {},
                         {},
                         ledger::Memo{QStringLiteral("Library note %1").arg(i), QStringLiteral("overdue books"), {}}
                             .toPayload(),
                         {}});
        }
        QVERIFY(dana.ledger->submitAll(*lee.identity, lees, &error));
    }

    ledger::RecordQuery query() const { return ledger::RecordQuery(dana.ledger->database()); }
};

QList<ledger::RecordRow> allByPages(const ledger::RecordQuery &query, const ledger::RecordFilter &filter, int size)
{
    QList<ledger::RecordRow> rows;
    ledger::RecordKey after;
    for (;;) {
        QString error;
        const auto page = query.page(filter, after, size, 0, &error);
        if (!page) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        rows += *page;
        if (page->size() < size) {
            return rows;
        }
        after = page->constLast().key;
    }
}

} // namespace

class TestRecordQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { core::setApplicationIdentity(); }

    void pagesMakeTheWholeResult_data()
    {
        QTest::addColumn<ledger::RecordFilter>("filter");
        QTest::addColumn<int>("expected");
        ledger::RecordFilter all;
        QTest::newRow("all") << all << 300;
        QTest::newRow("words") << ledger::RecordFilter{.text = QStringLiteral("field trip")} << 80;
        QTest::newRow("words, any case and accents") << ledger::RecordFilter{.text = QStringLiteral("FÍELD")} << 80;
        QTest::newRow("kind") << ledger::RecordFilter{.kind = QStringLiteral("contact")} << 30;
        QTest::newRow("person by name") << ledger::RecordFilter{.person = QStringLiteral("lee lib")} << 10;
        QTest::newRow("person by e-mail") << ledger::RecordFilter{.person = QStringLiteral("@library.")} << 10;
        QTest::newRow("student initials") << ledger::RecordFilter{.student = QStringLiteral("jr")} << 15;
        QTest::newRow("student roster id") << ledger::RecordFilter{.student = QStringLiteral("R-AB")} << 15;
        QTest::newRow("school") << ledger::RecordFilter{.school = QStringLiteral("high-school")} << 10;
        QTest::newRow("words and kind") << ledger::RecordFilter{.text = QStringLiteral("bus"),
                                                                .kind = QStringLiteral("memo")}
                                        << 160;
        QTest::newRow("FTS5 syntax is taken literally")
            << ledger::RecordFilter{.text = QStringLiteral("\"bus OR*")} << 0;
    }

    void pagesMakeTheWholeResult()
    {
        QFETCH(ledger::RecordFilter, filter);
        QFETCH(int, expected);
        Fixture f;
        const ledger::RecordQuery query = f.query();
        QString error;
        QCOMPARE(query.count(filter, &error).value_or(-1), expected);
        const QList<ledger::RecordRow> whole = allByPages(query, filter, 100000);
        QCOMPARE(whole.size(), expected);
        for (qsizetype i = 1; i < whole.size(); ++i) {
            const auto &a = whole.at(i - 1).key;
            const auto &b = whole.at(i).key;
            QVERIFY2(a.updated > b.updated || (a.updated == b.updated && a.recordId > b.recordId),
                     "rows come newest first, then by record id");
        }
        for (const int size : {1, 7, 50}) {
            const QList<ledger::RecordRow> paged = allByPages(query, filter, size);
            QCOMPARE(paged.size(), whole.size());
            QSet<QString> seen;
            for (qsizetype i = 0; i < paged.size(); ++i) {
                QCOMPARE(paged.at(i).recordId, whole.at(i).recordId);
                QVERIFY(!seen.contains(paged.at(i).recordId));
                seen.insert(paged.at(i).recordId);
            }
        }
    }

    void skippingFromAKeyLandsWhereThePagesWould()
    {
        Fixture f;
        const ledger::RecordQuery query = f.query();
        const QList<ledger::RecordRow> whole = allByPages(query, {}, 100000);
        QString error;
        const auto jump = query.page({}, whole.at(19).key, 10, 60, &error);
        QVERIFY(jump);
        QCOMPARE(jump->size(), 10);
        QCOMPARE(jump->constFirst().recordId, whole.at(80).recordId);
        const auto fromTop = query.page({}, {}, 5, 295, &error);
        QCOMPARE(fromTop->size(), 5);
        QCOMPARE(fromTop->constLast().recordId, whole.constLast().recordId);
    }

    void rowsSayWhoWhereAndWhat()
    {
        Fixture f;
        QString error;
        const auto contacts = f.query().page({.student = QStringLiteral("JR")}, {}, 1, 0, &error);
        QCOMPARE(contacts->size(), 1);
        const ledger::RecordRow &row = contacts->constFirst();
        QCOMPARE(row.kind, QStringLiteral("contact"));
        QCOMPARE(row.student, QStringLiteral("JR"));
        QCOMPARE(row.authorName, QStringLiteral("Dana Coach"));
        QCOMPARE(row.authorEmail, QStringLiteral("dana@district.example"));
        QCOMPARE(row.body, QStringLiteral("Practice moved"));
        QCOMPARE(row.revisionCount, 1);
        QVERIFY(row.verified);
        const auto requests = f.query().page({.school = QStringLiteral("middle-school")}, {}, 100, 0, &error);
        QCOMPARE(requests->size(), 10);
        QCOMPARE(requests->constFirst().school, QStringLiteral("middle-school"));
    }

    void daysAreInclusive()
    {
        Fixture f;
        const QDate today = QDate::currentDate();
        QString error;
        const ledger::RecordQuery query = f.query();
        QCOMPARE(query.count({.from = today, .to = today}, &error).value_or(-1), 300);
        QCOMPARE(query.count({.from = today.addDays(1)}, &error).value_or(-1), 0);
        QCOMPARE(query.count({.to = today.addDays(-1)}, &error).value_or(-1), 0);
    }

    void tamperingTurnsTheStatus_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("words");
        QTest::newRow("payload changed")
            << QStringLiteral("UPDATE revisions SET payload = replace(payload, 'Practice', 'Pructice') WHERE seq = "
                              "(SELECT min(seq) FROM revisions WHERE kind = 'contact')")
            << QStringLiteral("changed after it was signed");
        QTest::newRow("signature of another revision")
            << QStringLiteral("UPDATE revisions SET signature = (SELECT signature FROM revisions WHERE seq = 1) "
                              "WHERE seq = (SELECT min(seq) FROM revisions WHERE kind = 'contact')")
            << QStringLiteral("signature that is not valid");
        QTest::newRow("key no longer trusted")
            << QStringLiteral("DELETE FROM keys WHERE name = 'Dana Coach'") << QStringLiteral("does not know");
    }

    void tamperingTurnsTheStatus()
    {
        QFETCH(QString, sql);
        QFETCH(QString, words);
        Fixture f;
        QSqlQuery query(f.dana.ledger->database().connection());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS revisions_never_update")));
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        QString error;
        const auto rows = f.query().page({.kind = QStringLiteral("contact")}, {}, 100, 0, &error);
        QVERIFY(rows);
        const auto bad = std::count_if(rows->begin(), rows->end(), [](const auto &row) { return !row.verified; });
        QCOMPARE(bad, words == QLatin1String("does not know") ? 30 : 1);
        const auto first = std::find_if(rows->begin(), rows->end(), [](const auto &row) { return !row.verified; });
        QVERIFY2(first->problem.contains(words), qPrintable(first->problem));
        const auto lees = f.query().page({.person = QStringLiteral("Lee")}, {}, 100, 0, &error);
        QVERIFY(std::all_of(lees->begin(), lees->end(), [](const auto &row) { return row.verified; }));
    }
};

QTEST_GUILESS_MAIN(TestRecordQuery)
#include "tst_recordquery.moc"
