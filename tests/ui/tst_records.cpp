// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Find records window driven as a records officer would: type words,
// see the rows come, narrow by kind, scroll to the end of a long result,
// export the CSV and save the PDF (read back with pdftotext).

#include "testprofile.h"

#include "ledger/memo.h"
#include "ledger/recordquery.h"
#include "ui/profilesession.h"
#include "ui/recordpagemodel.h"
#include "ui/recordswindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPageSize>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace clearline;

namespace {

constexpr int kMemos = 1500;

/// A profile with 1,500 memos (every third about the field trip) and two
/// contacts, opened as the window opens it.
struct Office
{
    test::TestProfile p{QStringLiteral("Rosa Records")};
    std::unique_ptr<ui::ProfileSession> session;

    Office()
    {
        QList<ledger::NewRevision> batch;
        for (int i = 0; i < kMemos; ++i) {
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
        for (const char *initials : {"JR", "AB"}) {
            batch.append({QStringLiteral("contact"),
                          {},
                          {},
                          {},
                          QJsonObject{{QStringLiteral("summary"), QStringLiteral("Practice moved")},
                                      {QStringLiteral("with"),
                                       QJsonObject{{QStringLiteral("initials"), QLatin1String(initials)}}}},
                          {}});
        }
        QString error;
        QVERIFY(p.ledger->submitAll(*p.identity, batch, &error));
        p.ledger.reset(); // the window's session opens it for writing
        session = std::make_unique<ui::ProfileSession>(p.profile, test::fixedPassphrase(test::kPassphrase));
        QVERIFY2(session->openLedger(&error), qPrintable(error));
    }
};

bool waitForCount(ui::RecordsWindow &window, qint64 expected)
{
    return QTest::qWaitFor([&] { return window.model()->total() == expected; }, 20000);
}

QString cell(const ui::RecordsWindow &window, int row, int column)
{
    return window.model()->index(row, column).data().toString();
}

bool waitForRow(ui::RecordsWindow &window, int row)
{
    return QTest::qWaitFor(
        [&] {
            window.model()->index(row, 0).data(); // what painting asks
            return cell(window, row, ui::RecordPageModel::Title) != QStringLiteral("…");
        },
        20000);
}

} // namespace

class TestRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { core::setApplicationIdentity(); }

    void typingAWordNarrowsTheRows()
    {
        Office office;
        ui::RecordsWindow window(*office.session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitForCount(window, kMemos + 2));
        QCOMPARE(window.model()->rowCount(), kMemos + 2);
        QCOMPARE(window.table()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);

        QTest::keyClicks(window.searchBox(), QStringLiteral("field trip"));
        QVERIFY(waitForCount(window, kMemos / 3));
        QVERIFY(waitForRow(window, 0));
        QVERIFY2(cell(window, 0, ui::RecordPageModel::Title).startsWith(QLatin1String("Memo ")),
                 qPrintable(cell(window, 0, ui::RecordPageModel::Title) + QStringLiteral(" rows %1 pages %2")
                                                                              .arg(window.model()->rowCount())
                                                                              .arg(window.model()->cachedPages())));
        QCOMPARE(cell(window, 0, ui::RecordPageModel::Author), QStringLiteral("Rosa Records"));
        QCOMPARE(cell(window, 0, ui::RecordPageModel::Verification), QStringLiteral("Verified"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("recordsCount"))->text().contains(QLatin1String("500")));

        window.searchBox()->clear();
        const int contact = window.kindBox()->findData(QStringLiteral("contact"));
        QVERIFY(contact > 0);
        window.kindBox()->setCurrentIndex(contact);
        QVERIFY(waitForCount(window, 2));
        QVERIFY(waitForRow(window, 1));
        QCOMPARE(cell(window, 1, ui::RecordPageModel::Kind), QStringLiteral("contact"));
        QVERIFY(!cell(window, 0, ui::RecordPageModel::Student).isEmpty());

        QTest::keyClicks(window.personBox(), QStringLiteral("nobody-like-this"));
        QVERIFY(waitForCount(window, 0));
    }

    void escapeClosesTheWindow()
    {
        Office office;
        ui::RecordsWindow window(*office.session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(window.searchBox(), Qt::Key_Escape);
        QVERIFY(!window.isVisible());
    }

    void theEndOfALongResultLoadsByItself()
    {
        Office office;
        ui::RecordsWindow window(*office.session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitForCount(window, kMemos + 2));
        window.table()->scrollToBottom();
        const int last = kMemos + 1;
        QVERIFY(QTest::qWaitFor([&] { return cell(window, last, ui::RecordPageModel::Title) != QStringLiteral("…"); },
                                20000));
        // Pages scrolled past were never fetched: the top and the bottom only.
        QVERIFY(window.model()->cachedPages() <= 3);
        window.table()->scrollToTop();
        QVERIFY(waitForRow(window, 0));
        // The rows at the end were fetched without the pages between them
        // and the top: they must be the rows a fetch from the top gives.
        const auto lastRow = window.model()->rowAt(last);
        QVERIFY(lastRow);
        QString error;
        const auto fromTop = ledger::RecordQuery(office.session->ledger()->database()).page({}, {}, 1, last, &error);
        QVERIFY(fromTop && fromTop->size() == 1);
        QCOMPARE(lastRow->recordId, fromTop->constFirst().recordId);
    }

    void exportsTheResultAsCsvAndPdf()
    {
        Office office;
        ui::RecordsWindow window(*office.session);
        window.show();
        QVERIFY(waitForCount(window, kMemos + 2));
        window.kindBox()->setCurrentIndex(window.kindBox()->findData(QStringLiteral("contact")));
        QVERIFY(waitForCount(window, 2));

        const QString csv = office.p.dir.filePath(QStringLiteral("found.csv"));
        std::optional<bool> wrote;
        window.exportCsvTo(csv, [&](bool ok) { wrote = ok; });
        QVERIFY(QTest::qWaitFor([&] { return wrote.has_value(); }, 20000));
        QVERIFY2(*wrote, qPrintable(window.messageLabel()->text()));
        const QByteArray bytes = test::readFile(csv);
        QCOMPARE(bytes.count("\r\n"), 3);
        QVERIFY(bytes.contains(",contact,Practice moved,Rosa Records,"));
        QVERIFY(window.messageLabel()->text().contains(QLatin1String("2")));

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed");
        }
        const QString pdf = office.p.dir.filePath(QStringLiteral("found.pdf"));
        std::optional<bool> printed;
        window.printTo(pdf, [&](bool ok) { printed = ok; });
        QVERIFY(QTest::qWaitFor([&] { return printed.has_value(); }, 60000));
        QVERIFY(*printed);
        QProcess extract;
        extract.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(extract.waitForFinished(30000));
        const QString text = QString::fromUtf8(extract.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QLatin1String("Records with kind contact")), qPrintable(text));
        QCOMPARE(text.count(QLatin1String("Practice moved")), 4); // title and text of each
        QVERIFY(text.contains(QLatin1String("JR")));
        QVERIFY(text.contains(QLatin1String("Every record listed is verified.")));

        // On a printer (here one that prints to a file, as the print dialog
        // offers): the same paper copy, on the paper chosen.
        const QString printed2 = office.p.dir.filePath(QStringLiteral("printer.pdf"));
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(printed2);
        printer->setPageSize(QPageSize(QPageSize::Letter));
        std::optional<bool> onPrinter;
        window.printOn(printer, [&](bool ok) { onPrinter = ok; });
        QVERIFY(QTest::qWaitFor([&] { return onPrinter.has_value(); }, 60000));
        QVERIFY2(*onPrinter, qPrintable(window.messageLabel()->text()));
        QCOMPARE(window.messageLabel()->text(), QStringLiteral("Sent to the printer."));
        // The web engine hands the printer pictures of its pages, not text:
        // what shows it printed is a page of the paper chosen.
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        QVERIFY(!pdfinfo.isEmpty());
        QProcess fromPrinter;
        fromPrinter.start(pdfinfo, {printed2});
        QVERIFY(fromPrinter.waitForFinished(30000));
        const QString info = QString::fromUtf8(fromPrinter.readAllStandardOutput());
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages: +1\\n"))), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("612 x 792 pts")), qPrintable(info));
    }

    // 1,200 records with some text make a page past the 2 MiB the web
    // engine loads at once: it used to fail, blaming the folder. Now it is
    // saved in parts, each a PDF, and the message says so.
    void aLargePaperCopyIsSavedInParts()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed");
        }
        constexpr int kRecords = 1200;
        test::TestProfile p{QStringLiteral("Rosa Records")};
        QList<ledger::NewRevision> batch;
        for (int i = 0; i < kRecords; ++i) {
            // Euro signs take nine bytes each as the web engine loads them.
            const QString text = QStringLiteral("Fees paid: ") + QString(120, QChar(0x20AC));
            batch.append({ledger::Memo::kKind,
                          {},
                          {},
                          {},
                          ledger::Memo{QStringLiteral("Memo %1").arg(i), text, {}}.toPayload(),
                          {}});
        }
        QString error;
        QVERIFY(p.ledger->submitAll(*p.identity, batch, &error));
        p.ledger.reset();
        ui::ProfileSession session(p.profile, test::fixedPassphrase(test::kPassphrase));
        QVERIFY2(session.openLedger(&error), qPrintable(error));
        ui::RecordsWindow window(session);
        window.show();
        QVERIFY(waitForCount(window, kRecords));
        const QString pdf = p.dir.filePath(QStringLiteral("all.pdf"));
        std::optional<bool> printed;
        window.printTo(pdf, [&](bool ok) { printed = ok; });
        QVERIFY(QTest::qWaitFor([&] { return printed.has_value(); }, 300000));
        const QString message = window.messageLabel()->text();
        QVERIFY2(*printed, qPrintable(message));
        QVERIFY2(message.startsWith(QLatin1String("The paper copy is too long for one PDF file, so it was saved in ")),
                 qPrintable(message));
        QVERIFY(!QFile::exists(pdf));
        const QStringList parts = QDir(p.dir.path()).entryList({QStringLiteral("all-*-of-*.pdf")});
        QVERIFY2(parts.size() >= 2, qPrintable(parts.join(QLatin1Char(' '))));
        QString text;
        for (const QString &part : parts) {
            QVERIFY(message.contains(part));
            QProcess extract;
            extract.start(pdftotext, {p.dir.filePath(part), QStringLiteral("-")});
            QVERIFY(extract.waitForFinished(60000));
            text += QString::fromUtf8(extract.readAllStandardOutput());
        }
        // Every record is on paper, once.
        QCOMPARE(text.count(QLatin1String("Memo 1199")), 1);
        QCOMPARE(text.count(QLatin1String("Memo 0")), 1);
        QVERIFY(text.contains(QStringLiteral("Part 1 of %1: records 1 to").arg(parts.size())));
    }

    // A word longer than a line, such as a URL, breaks onto the next line
    // instead of running off the paper's edge.
    void aLongWordWrapsOnPaper()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed");
        }
        test::TestProfile p{QStringLiteral("Rosa Records")};
        QString url = QStringLiteral("https://classroom.example.org/share/");
        for (int i = 0; i < 40; ++i) {
            url += QStringLiteral("segment%1-").arg(i);
        }
        p.submit(ledger::Memo{QStringLiteral("Link sent to the class"), url, {}}.toPayload());
        p.ledger.reset();
        ui::ProfileSession session(p.profile, test::fixedPassphrase(test::kPassphrase));
        QString error;
        QVERIFY2(session.openLedger(&error), qPrintable(error));
        ui::RecordsWindow window(session);
        window.show();
        QVERIFY(waitForCount(window, 1));
        const QString pdf = p.dir.filePath(QStringLiteral("link.pdf"));
        std::optional<bool> printed;
        window.printTo(pdf, [&](bool ok) { printed = ok; });
        QVERIFY(QTest::qWaitFor([&] { return printed.has_value(); }, 60000));
        QVERIFY2(*printed, qPrintable(window.messageLabel()->text()));

        QProcess extract;
        extract.start(pdftotext, {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
        QVERIFY(extract.waitForFinished(30000));
        const QString boxes = QString::fromUtf8(extract.readAllStandardOutput());
        const QRegularExpressionMatch page =
            QRegularExpression(QStringLiteral("<page width=\"([0-9.]+)\"")).match(boxes);
        QVERIFY(page.hasMatch());
        const double width = page.captured(1).toDouble();
        QString words;
        QRegularExpressionMatchIterator word =
            QRegularExpression(
                QStringLiteral("<word xMin=\"[0-9.]+\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>([^<]*)</word>"))
                .globalMatch(boxes);
        while (word.hasNext()) {
            const QRegularExpressionMatch match = word.next();
            QVERIFY2(match.captured(1).toDouble() <= width, qPrintable(match.captured(2)));
            words += match.captured(2);
        }
        // All of it is on paper, over several lines.
        QVERIFY2(words.contains(url), qPrintable(words));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestRecords test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_records.moc"
