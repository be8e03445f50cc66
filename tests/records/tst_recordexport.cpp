// SPDX-License-Identifier: GPL-3.0-or-later
//
// The CSV export read back as a spreadsheet program reads it (RFC 4180):
// byte-order mark, header, one row per record, quotes, line breaks and
// commas inside fields, the formula guard, the verification column; and
// the paper copy's HTML, escaped.

#include "records/csvwriter.h"
#include "records/recordexport.h"
#include "records/recordsheet.h"
#include "testprofile.h"

#include "ledger/memo.h"

#include <QBuffer>
#include <QSqlQuery>

using namespace clearline;

namespace {

// A strict RFC 4180 reader: what Excel and LibreOffice do with the file.
QList<QStringList> parseCsv(const QString &text, QString *problem)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    const auto next = [&text](qsizetype i) { return i + 1 < text.size() ? text.at(i + 1) : QChar(); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && next(i) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && next(i) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            *problem = QStringLiteral("unquoted %1 at %2").arg(c).arg(i);
            return {};
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty()) {
        *problem = QStringLiteral("the file does not end with CRLF after a whole row");
    }
    return rows;
}

} // namespace

class TestRecordExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { core::setApplicationIdentity(); }

    void fieldsAreQuotedAndGuarded_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("Bus at 6:45") << QStringLiteral("Bus at 6:45");
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line break") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1 555") << QStringLiteral("'+1 555");
        QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
        // LibreOffice's import dialog splits at semicolons unless quoted.
        QTest::newRow("semicolon") << QStringLiteral("Bus at 7; back at 5")
                                   << QStringLiteral("\"Bus at 7; back at 5\"");
        QTest::newRow("accents") << QStringLiteral("Señora Núñez") << QStringLiteral("Señora Núñez");
        // Control characters from a record never reach the file raw.
        QTest::newRow("escape sequence") << QStringLiteral("\x1b[2JBus") << QStringLiteral("\uFFFD[2JBus");
        QTest::newRow("NUL") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << QStringLiteral("a\uFFFDb");
        QTest::newRow("lone carriage return") << QStringLiteral("6:45\rover") << QStringLiteral("6:45\uFFFDover");
        QTest::newRow("line break of Windows") << QStringLiteral("one\r\ntwo") << QStringLiteral("\"one\r\ntwo\"");
        // Digits a spreadsheet would change keep every digit: ="00123" is a
        // constant, which Excel and LibreOffice Calc show as 00123.
        QTest::newRow("leading zero") << QStringLiteral("00123") << QStringLiteral("\"=\"\"00123\"\"\"");
        QTest::newRow("sixteen digits") << QStringLiteral("1234567890123456")
                                        << QStringLiteral("\"=\"\"1234567890123456\"\"\"");
        QTest::newRow("a plain number") << QStringLiteral("120") << QStringLiteral("120");
        QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("0");
    }

    void fieldsAreQuotedAndGuarded()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(records::CsvWriter::field(value), written);
    }

    void theCsvReadsBackRowByRow()
    {
        test::TestProfile p(QStringLiteral("Inés Núñez"));
        const QString tricky = QStringLiteral("=SUM(A1) said \"no\", then\r\nleft; ok");
        p.submit(ledger::Memo{QStringLiteral("Call, with a \"parent\""), tricky, {}}.toPayload());
        for (int i = 0; i < 1203; ++i) { // more than two export pages
            p.submit(ledger::Memo{QStringLiteral("Memo %1").arg(i), QStringLiteral("text %1").arg(i), {}}.toPayload());
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        const auto result = records::RecordExport::writeCsv(p.ledger->database(), {}, buffer, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->rows, 1204);
        QCOMPARE(result->unverified, 0);
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QString problem;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(rows.size(), 1205);
        QCOMPARE(rows.constFirst(), records::RecordExport::csvColumns());
        QSet<QString> ids;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), rows.constFirst().size());
            ids.insert(row.at(0));
            QCOMPARE(row.at(11), QStringLiteral("verified"));
            QCOMPARE(row.at(3), QStringLiteral("Inés Núñez"));
        }
        QCOMPARE(ids.size(), 1204);
        const auto memo = std::find_if(rows.begin(), rows.end(), [](const QStringList &row) {
            return row.value(1) == QLatin1String("memo") && row.value(2).startsWith(QLatin1String("Call"));
        });
        QVERIFY(memo != rows.end());
        QCOMPARE(memo->at(2), QStringLiteral("Call, with a \"parent\""));
        QCOMPARE(memo->at(12), QLatin1Char('\'') + tricky);
        QVERIFY(QDateTime::fromString(memo->at(7), QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid());
    }

    void aTamperedRecordSaysSoInTheCsv()
    {
        test::TestProfile p;
        p.submit(ledger::Memo{QStringLiteral("Kept"), QStringLiteral("as it was"), {}}.toPayload());
        p.submit(ledger::Memo{QStringLiteral("Changed"), QStringLiteral("Saturday"), {}}.toPayload());
        QSqlQuery query(p.ledger->database().connection());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER revisions_never_update")));
        QVERIFY(query.exec(QStringLiteral("UPDATE revisions SET payload = replace(payload, 'Saturday', 'Sunday')")));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        const auto result = records::RecordExport::writeCsv(p.ledger->database(), {}, buffer, &error);
        QCOMPARE(result->unverified, 1);
        const QString text = QString::fromUtf8(buffer.data());
        QVERIFY(text.contains(QLatin1String(",NOT verified: revision ")));
        QVERIFY(text.contains(QLatin1String("changed after it was signed")));
    }

    void theExportCanBeStopped()
    {
        test::TestProfile p;
        p.submit(ledger::Memo{QStringLiteral("One"), QStringLiteral("x"), {}}.toPayload());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!records::RecordExport::writeCsv(p.ledger->database(), {}, buffer, &error, [] { return true; }));
        QVERIFY(error.contains(QLatin1String("stopped")));
    }

    void thePaperCopyIsEscapedAndComplete()
    {
        test::TestProfile p;
        p.submit(ledger::Memo{QStringLiteral("<script>alert(1)</script>"), QStringLiteral("{{records}} & more"), {}}
                     .toPayload());
        p.submit(ledger::Memo{QStringLiteral("Second"), QStringLiteral("plain"), {}}.toPayload());
        QString error;
        const auto html = records::RecordSheet::html(p.ledger->database(), {.text = QStringLiteral("more")},
                                                     QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(html, qPrintable(error));
        QVERIFY(!html->contains(QLatin1String("<script>")));
        QVERIFY(html->contains(QLatin1String("&lt;script&gt;")));
        QVERIFY(html->contains(QLatin1String("{{records}} &amp; more")));
        QVERIFY(html->contains(QStringLiteral("Records with words \"more\"").toHtmlEscaped()));
        QVERIFY(html->contains(QLatin1String("Every record listed is verified.")));
        QVERIFY(!html->contains(QLatin1String("Second")));
        QVERIFY(html->contains(QLatin1String(">verified<")));
    }

    // The web engine loads at most 2 MiB of page: a longer paper copy is
    // cut into parts, between records, each saying which part it is.
    void aLongPaperCopyIsCutIntoPartsBetweenRecords()
    {
        test::TestProfile p;
        for (int i = 0; i < 60; ++i) {
            p.submit(ledger::Memo{QStringLiteral("Memo %1").arg(i), QString(400, QLatin1Char('x')), {}}.toPayload());
        }
        QString error;
        const qint64 limit = 20 * 1024;
        const auto parts = records::RecordSheet::htmlParts(p.ledger->database(), {}, QDateTime::currentDateTimeUtc(),
                                                           &error, {}, {}, limit);
        QVERIFY2(parts, qPrintable(error));
        QVERIFY(parts->size() > 2);
        int memos = 0;
        for (qsizetype index = 0; index < parts->size(); ++index) {
            const QString &part = parts->at(index);
            QVERIFY(records::RecordSheet::encodedSize(part) <= limit);
            QVERIFY(part.contains(QStringLiteral("Part %1 of %2: records ").arg(index + 1).arg(parts->size())));
            QVERIFY(part.endsWith(QLatin1String("</html>\n")) || part.endsWith(QLatin1String("</html>")));
            memos += int(part.count(QLatin1String("<section class=\"record\">")));
        }
        QCOMPARE(memos, 60);
        // Without a limit, one page, as before.
        const auto whole = records::RecordSheet::htmlParts(p.ledger->database(), {}, QDateTime::currentDateTimeUtc(),
                                                           &error, {}, {}, -1);
        QCOMPARE(whole->size(), 1);
        QVERIFY(!whole->constFirst().contains(QLatin1String("Part 1")));

        QCOMPARE(records::RecordSheet::partFiles(QStringLiteral("/x/records.pdf"), 1),
                 QStringList{QStringLiteral("/x/records.pdf")});
        QCOMPARE(records::RecordSheet::partFiles(QStringLiteral("/x/records.pdf"), 2),
                 (QStringList{QStringLiteral("/x/records-1-of-2.pdf"), QStringLiteral("/x/records-2-of-2.pdf")}));
    }

    void aVeryLongTextIsShortenedOnPaperOnly()
    {
        test::TestProfile p;
        const QString text(records::RecordSheet::kMaxTextOnPaper + 500, QLatin1Char('y'));
        p.submit(ledger::Memo{QStringLiteral("Long"), text, {}}.toPayload());
        QString error;
        const auto html = records::RecordSheet::html(p.ledger->database(), {}, QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(html, qPrintable(error));
        QVERIFY(html->contains(QLatin1String("The text goes on for 500 more characters")));
        QVERIFY(records::RecordSheet::encodedSize(*html) < records::RecordSheet::kMaxPartBytes);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(records::RecordExport::writeCsv(p.ledger->database(), {}, buffer, &error));
        QVERIFY(buffer.data().contains(text.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestRecordExport)
#include "tst_recordexport.moc"
