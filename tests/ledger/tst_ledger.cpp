// SPDX-License-Identifier: GPL-3.0-or-later
#include "testprofile.h"

#include "core/canonicaljson.h"
#include "crypto/digest.h"
#include "ledger/derivedstate.h"
#include "ledger/memo.h"
#include "ledger/revisionrow.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

using namespace clearline;
using ledger::Memo;

namespace {
QJsonObject memo(const QString &title, const QString &text = QStringLiteral("What happened."))
{
    return Memo{title, text, {}}.toPayload();
}
} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { core::setApplicationIdentity(); }

    /// Stored times are read by a fast path; it must agree with Qt's
    /// parser on every time it takes, and leave the rest to it.
    void storedTimesReadBackAsWritten()
    {
        for (const QDateTime &time :
             {QDateTime::currentDateTimeUtc(), QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), QTimeZone::UTC),
              QDateTime(QDate(2026, 11, 1), QTime(1, 30), QTimeZone(QByteArrayLiteral("America/New_York")))}) {
            const QString text = ledger::Revision::timeText(time);
            QCOMPARE(ledger::Revision::timeFromText(text), QDateTime::fromString(text, Qt::ISODateWithMs));
            QCOMPARE(ledger::Revision::timeFromText(text), time);
        }
        for (const QString &other :
             {QStringLiteral("2026-12-07T17:50:14Z"), QStringLiteral("2026-12-07T17:50:14.5+01:00"),
              QStringLiteral("2026-02-30T10:00:00.000Z"), QStringLiteral("not a time")}) {
            QCOMPARE(ledger::Revision::timeFromText(other), QDateTime::fromString(other, Qt::ISODateWithMs));
        }
    }

    void submittedRevisionIsSignedAndChained()
    {
        test::TestProfile p;
        const ledger::Revision first = p.submit(memo(QStringLiteral("First")));
        const ledger::Revision second = p.submit(memo(QStringLiteral("Second")));

        QVERIFY(first.prevHash.isEmpty());
        QCOMPARE(second.prevHash, first.hash);
        QCOMPARE(first.authorKey, p.identity->info().publicKey);
        QCOMPARE(first.authorId, p.identity->info().personId);
        QCOMPARE(first.deviceId, p.identity->info().deviceId);
        QCOMPARE(first.hash, crypto::sha256(first.signedContent()));
        QVERIFY(crypto::verifySignature(first.authorKey, first.hash, first.signature));

        // What is stored reads back to the same signed content.
        const auto stored = p.ledger->revision(second.id);
        QVERIFY(stored);
        QCOMPARE(stored->signedContent(), second.signedContent());
        QVERIFY(stored->hashMatches());
        QVERIFY(stored->signatureValid());
        QVERIFY(p.ledger->verify().ok());
    }

    void correctionSupersedesAndKeepsHistory()
    {
        test::TestProfile p;
        const ledger::Revision original =
            p.submit(memo(QStringLiteral("Call with parent"), QStringLiteral("Saturday")));
        QString error;

        // A correction must say why.
        QVERIFY(!p.ledger->submit(
            *p.identity, {Memo::kKind, original.recordId, original.id, {}, memo(QStringLiteral("x")), {}}, &error));
        QVERIFY(error.contains(QLatin1String("Say why")));

        const auto corrected = p.ledger->submit(*p.identity,
                                                {Memo::kKind,
                                                 original.recordId,
                                                 original.id,
                                                 QStringLiteral("Wrong day"),
                                                 memo(QStringLiteral("Call with parent"), QStringLiteral("Sunday")),
                                                 {}},
                                                &error);
        QVERIFY2(corrected, qPrintable(error));
        QCOMPARE(corrected->supersedes, original.id);
        QCOMPARE(corrected->reason, QStringLiteral("Wrong day"));

        // Superseding the old revision again is refused: it is not the head.
        QVERIFY(!p.ledger->submit(
            *p.identity,
            {Memo::kKind, original.recordId, original.id, QStringLiteral("again"), memo(QStringLiteral("x")), {}},
            &error));
        QVERIFY(error.contains(QLatin1String("changed since you opened it")));

        const auto record = p.ledger->record(original.recordId);
        QVERIFY(record);
        QCOMPARE(record->headRevision, corrected->id);
        QCOMPARE(record->revisionCount, 2);
        const QList<ledger::Revision> history = p.ledger->history(original.recordId);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).payload.value(QStringLiteral("text")).toString(), QStringLiteral("Saturday"));
        QCOMPARE(history.at(1).payload.value(QStringLiteral("text")).toString(), QStringLiteral("Sunday"));
        QCOMPARE(p.ledger->records(Memo::kKind).size(), 1);
    }

    void draftsCanBeChangedDiscardedAndSubmitted()
    {
        test::TestProfile p;
        QString error;
        const auto id = p.ledger->saveDraft({{}, Memo::kKind, {}, {}, memo(QStringLiteral("Half")), {}}, &error);
        QVERIFY(id);
        QVERIFY(p.ledger->saveDraft({*id, Memo::kKind, {}, {}, memo(QStringLiteral("Half done")), {}}, &error));
        QList<ledger::Draft> drafts = p.ledger->drafts(Memo::kKind);
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.constFirst().payload.value(QStringLiteral("title")).toString(), QStringLiteral("Half done"));

        QVERIFY(p.ledger->discardDraft(*id, &error));
        QVERIFY(p.ledger->drafts(Memo::kKind).isEmpty());
        QCOMPARE(p.ledger->stats().revisions, 0);

        const auto kept = p.ledger->saveDraft({{}, Memo::kKind, {}, {}, memo(QStringLiteral("Kept")), {}}, &error);
        const auto revision =
            p.ledger->submit(*p.identity, {Memo::kKind, {}, {}, {}, memo(QStringLiteral("Kept")), *kept}, &error);
        QVERIFY(revision);
        QVERIFY(p.ledger->drafts(Memo::kKind).isEmpty());
        QCOMPARE(p.ledger->stats().revisions, 1);
    }

    void submittedRevisionsCannotBeUpdatedOrDeleted()
    {
        test::TestProfile p;
        const ledger::Revision revision = p.submit(memo(QStringLiteral("Kept forever")));
        QSqlDatabase db = p.ledger->database().connection();
        QSqlQuery query(db);
        QVERIFY(!query.exec(QStringLiteral("UPDATE revisions SET payload = '{}'")));
        QVERIFY(query.lastError().text().contains(QLatin1String("append-only")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM revisions")));
        QCOMPARE(p.ledger->revision(revision.id)->payload, revision.payload);
    }

    void rebuildGivesTheSameState()
    {
        test::TestProfile p;
        QString error;
        for (int i = 0; i < 20; ++i) {
            const ledger::Revision revision =
                p.submit(memo(QStringLiteral("Memo %1").arg(i), QStringLiteral("about the bus number %1").arg(i)));
            if (i % 3 == 0) {
                QVERIFY(p.ledger->submit(*p.identity,
                                         {Memo::kKind,
                                          revision.recordId,
                                          revision.id,
                                          QStringLiteral("typo"),
                                          memo(QStringLiteral("Memo %1 fixed").arg(i)),
                                          {}},
                                         &error));
            }
        }
        const auto snapshot = [&] {
            QStringList rows;
            for (const auto &record : p.ledger->records(Memo::kKind)) {
                rows.append(QStringList{record.recordId, record.title, record.headRevision,
                                        QString::number(record.revisionCount),
                                        record.updated.toString(Qt::ISODateWithMs)}
                                .join(QLatin1Char('|')));
            }
            for (const auto &hit : p.ledger->search(QStringLiteral("bus"), 100)) {
                rows.append(hit.recordId);
            }
            rows.sort();
            return rows;
        };
        const QStringList before = snapshot();
        QCOMPARE(before.size(), 20 + 13); // 7 of the 20 were corrected to a text without "bus"
        QVERIFY2(p.ledger->rebuild(&error), qPrintable(error));
        QCOMPARE(snapshot(), before);
        QVERIFY(p.ledger->verify().ok());
    }

    void searchFindsCurrentTextWhateverIsTyped()
    {
        test::TestProfile p;
        p.submit(memo(QStringLiteral("Field trip"), QStringLiteral("José's mother asked about the museum bus")));
        p.submit(memo(QStringLiteral("Practice"), QStringLiteral("Moved to the gym")));
        QCOMPARE(p.ledger->search(QStringLiteral("museum"), 10).size(), 1);
        QCOMPARE(p.ledger->search(QStringLiteral("jose"), 10).size(), 1); // accents folded
        QCOMPARE(p.ledger->search(QStringLiteral("gym practice"), 10).size(), 1);
        QCOMPARE(p.ledger->search(QStringLiteral("\"unbalanced OR NEAR("), 10).size(), 0);
    }

    void attachmentsAreKeptByContent()
    {
        test::TestProfile p;
        const QString path = p.dir.filePath(QStringLiteral("note.txt"));
        QVERIFY(test::writeFile(path, "scanned note"));
        QString error;
        const auto first = p.ledger->addAttachment(path, &error);
        const auto second = p.ledger->addAttachment(path, &error);
        QVERIFY(first && second);
        QCOMPARE(first->sha256, QString::fromLatin1(crypto::sha256("scanned note").toHex()));
        QCOMPARE(first->size, 12);
        QCOMPARE(p.ledger->stats().attachments, 1);
        QCOMPARE(p.ledger->attachmentContent(first->sha256).value_or(QByteArray()), QByteArray("scanned note"));
        QVERIFY(!p.ledger->addAttachment(p.dir.filePath(QStringLiteral("missing.txt")), &error));
    }

    void memosViewShowsEachMemoAsItStandsNow()
    {
        test::TestProfile p;
        const ledger::Revision first = p.submit(memo(QStringLiteral("Call"), QStringLiteral("Saturday")));
        QString error;
        QVERIFY(p.ledger->submit(*p.identity,
                                 {Memo::kKind,
                                  first.recordId,
                                  first.id,
                                  QStringLiteral("day"),
                                  memo(QStringLiteral("Call"), QStringLiteral("Sunday")),
                                  {}},
                                 &error));
        p.submit(QJsonObject{{QStringLiteral("summary"), QStringLiteral("not a memo")}}, QStringLiteral("other"));
        QSqlQuery query(p.ledger->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT record_id, title, text, revision_count FROM memos")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), first.recordId);
        QCOMPARE(query.value(2).toString(), QStringLiteral("Sunday"));
        QCOMPARE(query.value(3).toInt(), 2);
        QVERIFY(!query.next());
    }

    // Two revisions that supersede the same one (as two laptops can make
    // before they sync): both kept, the record flagged, the later one shown,
    // and a rebuild agrees.
    void conflictingCorrectionsAreBothKept()
    {
        test::TestProfile p;
        const ledger::Revision original = p.submit(memo(QStringLiteral("Trip"), QStringLiteral("Bus at 7")));
        QSqlDatabase db = p.ledger->database().connection();
        QVERIFY(db.transaction());
        ledger::DerivedState derived(db);
        QByteArray previous = original.hash;
        QList<ledger::Revision> forks;
        for (const QString &text : {QStringLiteral("Bus at 8"), QStringLiteral("Bus at 9")}) {
            ledger::Revision fork = original;
            fork.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            fork.supersedes = original.id;
            fork.reason = QStringLiteral("time changed");
            fork.payload = memo(QStringLiteral("Trip"), text);
            fork.created = original.created.addSecs(60 * (forks.size() + 1));
            fork.prevHash = previous;
            fork.sign(p.identity->key());
            previous = fork.hash;
            QString error;
            QVERIFY2(ledger::RevisionRow::insert(db, fork, &error) && derived.apply(fork, &error), qPrintable(error));
            forks.append(fork);
        }
        QVERIFY(db.commit());

        const auto record = p.ledger->record(original.recordId);
        QVERIFY(record->conflict);
        QCOMPARE(record->revisionCount, 3);
        // Equally far along the chain: the greater id is shown, never the
        // later clock, so that every ledger shows the same one.
        const QString shown = std::max(forks.at(0).id, forks.at(1).id);
        QCOMPARE(record->headRevision, shown);
        QCOMPARE(p.ledger->history(original.recordId).size(), 3);
        QString error;
        QVERIFY(p.ledger->rebuild(&error));
        QCOMPARE(p.ledger->record(original.recordId)->headRevision, shown);
        QVERIFY(p.ledger->record(original.recordId)->conflict);
        QVERIFY(p.ledger->verify().ok());
    }

    void recordIdsResolveFromPrefixes()
    {
        test::TestProfile p;
        const ledger::Revision revision = p.submit(memo(QStringLiteral("One")));
        QString error;
        QCOMPARE(p.ledger->resolveRecordId(revision.recordId.left(8), &error), revision.recordId);
        QCOMPARE(p.ledger->resolveRecordId(QStringLiteral("zzzz"), &error), QString());
        QVERIFY(error.contains(QLatin1String("no record")));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
