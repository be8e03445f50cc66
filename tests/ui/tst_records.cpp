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
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
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
