// SPDX-License-Identifier: GPL-3.0-or-later
//
// The notices a request's procedure names (Wilmington 3.e.9: parents are
// told of a professional account): to do once the request is approved,
// filled in from its answers in every language of the district, and done
// once the person records to whom they handed it.

#include "../requests/packanswers.h"
#include "notices/noticebook.h"
#include "notices/noticevalues.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"
#include "requests/review.h"
#include "testprofile.h"

#include "policy/noticetext.h"

#include <QTest>

using namespace clearline;

class TestNotices : public QObject
{
    Q_OBJECT

    policy::Pack m_pack = test::loadPack(QStringLiteral("wilmington"));

private Q_SLOTS:
    void initTestCase() { qputenv("CLEARLINE_KEYSTORE", "file"); }

    void aRequestsNoticeIsDueOnceApprovedAndDoneOnceGiven()
    {
        test::TestProfile teacher(QStringLiteral("Tess Teacher"));
        test::TestProfile principal(QStringLiteral("Rita Principal"));
        policy::Pack pack = m_pack;
        for (policy::Role &role : pack.roles) {
            role.holders.append({QStringLiteral("Rita Principal"),
                                 QStringLiteral("rita@district.example"),
                                 {pack.schools.constFirst().id, {}},
                                 principal.identity->info().publicKey});
        }
        QString error;
        // The principal's key comes with the district's pack.
        QVERIFY(teacher.ledger->trustKey(principal.identity->info(), QStringLiteral("pack"), &error));
        const QDate today = requests::districtToday(pack);
        const QString personId = teacher.identity->info().personId;
        requests::RequestForm form;
        form.procedureId = QStringLiteral("professional-account");
        for (const policy::Field &field : pack.procedure(form.procedureId)->fields) {
            form.answers.insert(field.id, test::goodAnswer(pack, field));
        }
        form.answers.insert(QStringLiteral("address"), QStringLiteral("https://class.example/room12"));
        for (const policy::ChecklistItem &item : pack.procedure(form.procedureId)->checklist) {
            form.ticked.append(item.id);
        }
        const auto sent =
            requests::RequestFiling(*teacher.ledger, *teacher.identity, pack).send(form, {}, today, &error);
        QVERIFY2(sent, qPrintable(error));
        notices::NoticeFiling filing(*teacher.ledger, *teacher.identity, pack);

        // Waiting for the principal: nothing to hand out yet.
        QVERIFY(notices::NoticeBook(*teacher.ledger, pack, personId).due(today).isEmpty());
        QVERIFY(!filing.recordHandout(sent->recordId, QStringLiteral("professional-account-notice"),
                                      QStringLiteral("en"), QStringLiteral("parents"), today, &error));
        QVERIFY2(error.contains(QLatin1String("not approved yet")), qPrintable(error));

        requests::Review review(*teacher.ledger, *principal.identity, pack);
        for (int stage = 0; stage < 3; ++stage) {
            review.decide(sent->recordId, requests::Decision::Action::Approve, {}, today, &error);
        }
        QCOMPARE(requests::RequestBook(*teacher.ledger, pack, personId).status(sent->recordId, today)->state,
                 requests::RequestStatus::State::Approved);
        const QList<notices::NoticeDue> due = notices::NoticeBook(*teacher.ledger, pack, personId).due(today);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.constFirst().noticeId, QStringLiteral("professional-account-notice"));

        // Filled in from the request, in every language, nothing left blank.
        const auto request = requests::RequestBook(*teacher.ledger, pack, personId).request(sent->recordId);
        const QList<notices::RequestNotice> named =
            notices::NoticeBook(*teacher.ledger, pack, personId).ofRequest(sent->recordId);
        QCOMPARE(named.size(), 1);
        QStringList texts;
        for (const QString &language : pack.district.languages) {
            const QString text =
                policy::fillNotice(*named.constFirst().notice, language,
                                   notices::noticeValues(pack, *request, QStringLiteral("Tess Teacher")));
            QVERIFY2(!text.contains(QLatin1String("{{")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("https://class.example/room12")), qPrintable(text));
            QVERIFY(text.contains(QLatin1String("Tess Teacher")));
            texts.append(text);
        }
        QVERIFY(texts.at(0) != texts.at(1));

        QVERIFY(!filing.recordHandout(sent->recordId, QStringLiteral("professional-account-notice"),
                                      QStringLiteral("es"), QStringLiteral("  "), today, &error));
        const auto given =
            filing.recordHandout(sent->recordId, QStringLiteral("professional-account-notice"), QStringLiteral("es"),
                                 QStringLiteral("Room 12 families, by e-mail"), today, &error);
        QVERIFY2(given, qPrintable(error));
        QCOMPARE(given->kind, notices::NoticeHandout::kKind);
        QVERIFY(given->payload.value(QStringLiteral("text")).toString().contains(QLatin1String("Tess Teacher")));
        QVERIFY(notices::NoticeBook(*teacher.ledger, pack, personId).due(today).isEmpty());
        const QList<notices::RequestNotice> after =
            notices::NoticeBook(*teacher.ledger, pack, personId).ofRequest(sent->recordId);
        QCOMPARE(after.constFirst().handouts.size(), 1);
        QCOMPARE(after.constFirst().handouts.constFirst().to, QStringLiteral("Room 12 families, by e-mail"));
        QCOMPARE(after.constFirst().handouts.constFirst().language, QStringLiteral("es"));
        const auto check = teacher.ledger->verify();
        QVERIFY(check.ok());
    }

    void aNoticeTheRequestDoesNotNameIsRefused()
    {
        test::TestProfile teacher(QStringLiteral("Tess Teacher"));
        QString error;
        QVERIFY(!notices::NoticeFiling(*teacher.ledger, *teacher.identity, m_pack)
                     .recordHandout(QStringLiteral("no-such-record"), QStringLiteral("trip-phone-notice"),
                                    QStringLiteral("en"), QStringLiteral("parents"), QDate::currentDate(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNotices)
#include "tst_notices.moc"
