// SPDX-License-Identifier: GPL-3.0-or-later
//
// Each way someone could alter the ledger file behind ClearLine's back, and
// the verdict that names what was done.

#include "testprofile.h"

#include "ledger/memo.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace clearline;
using Kind = ledger::VerifyProblem::Kind;

Q_DECLARE_METATYPE(ledger::VerifyProblem::Kind)

namespace {

// The attacker's tool: plain SQL on the file, with the append-only guards
// dropped first, as anyone with the sqlite3 program could.
void tamper(test::TestProfile &p, const QString &sql)
{
    QSqlQuery query(p.ledger->database().connection());
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS revisions_never_update")));
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS revisions_never_delete")));
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
}

} // namespace

class TestVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { core::setApplicationIdentity(); }

    void intactLedgerVerifies()
    {
        test::TestProfile p;
        for (int i = 0; i < 5; ++i) {
            p.submit(ledger::Memo{QStringLiteral("Memo %1").arg(i), QStringLiteral("text"), {}}.toPayload());
        }
        const ledger::VerifyReport report = p.ledger->verify();
        QVERIFY(report.ok());
        QCOMPARE(report.revisions, 5);
        QCOMPARE(report.records, 5);
        QCOMPARE(report.authors, 1);
    }

    void tamperingIsFoundAndNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("badSeq");
        QTest::addColumn<QString>("words");

        QTest::newRow("one byte of a payload changed")
            << QStringLiteral("UPDATE revisions SET payload = replace(payload, 'Saturday', 'Saturdax') WHERE seq = 2")
            << Kind::ChangedContent << 2 << QStringLiteral("changed after it was signed");
        QTest::newRow("payload re-hashed but not re-signed")
            << QStringLiteral("UPDATE revisions SET signature = (SELECT signature FROM revisions WHERE seq = 1) "
                              "WHERE seq = 3")
            << Kind::BadSignature << 3 << QStringLiteral("signature is not valid");
        QTest::newRow("a revision in the middle of the chain dropped")
            << QStringLiteral("DELETE FROM revisions WHERE seq = 2") << Kind::BrokenChain << 3
            << QStringLiteral("link to the author's previous revision is broken");
        QTest::newRow("the creation time moved")
            << QStringLiteral("UPDATE revisions SET created_utc = '2020-01-01T00:00:00.000Z' WHERE seq = 1")
            << Kind::ChangedContent << 1 << QStringLiteral("changed after it was signed");
        QTest::newRow("signed by a key the ledger does not know")
            << QStringLiteral("DELETE FROM keys") << Kind::UnknownKey << 1
            << QStringLiteral("a key this ledger does not know");
        QTest::newRow("an attachment changed")
            << QStringLiteral("UPDATE attachments SET content = X'00'") << Kind::BadAttachment << 4
            << QStringLiteral("attachment \"note.txt\" is missing or was changed");
        QTest::newRow("the query table edited")
            << QStringLiteral("UPDATE records SET title = 'Nothing to see'") << Kind::DerivedMismatch << 0
            << QStringLiteral("records table differs from the revisions");
    }

    void tamperingIsFoundAndNamed()
    {
        QFETCH(QString, sql);
        QFETCH(Kind, kind);
        QFETCH(int, badSeq);
        QFETCH(QString, words);

        test::TestProfile p;
        QList<ledger::Revision> revisions;
        for (const QString &text : {QStringLiteral("Bus leaves Saturday at 7"), QStringLiteral("Saturday game"),
                                    QStringLiteral("Parent called")}) {
            revisions.append(p.submit(ledger::Memo{text, text, {}}.toPayload()));
        }
        const QString path = p.dir.filePath(QStringLiteral("note.txt"));
        QVERIFY(test::writeFile(path, "a scanned note"));
        QString error;
        const auto attachment = p.ledger->addAttachment(path, &error);
        revisions.append(
            p.submit(ledger::Memo{QStringLiteral("With file"), QStringLiteral("see file"), {*attachment}}.toPayload()));
        QVERIFY(p.ledger->verify().ok());

        tamper(p, sql);
        const ledger::VerifyReport report = p.ledger->verify();
        QVERIFY(!report.ok());
        const ledger::VerifyProblem &first = report.problems.constFirst();
        QCOMPARE(first.kind, kind);
        QCOMPARE(first.seq, badSeq);
        if (badSeq > 0) {
            QCOMPARE(first.revisionId, revisions.at(badSeq - 1).id);
        }
        QVERIFY2(first.message.contains(words), qPrintable(first.message));
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
