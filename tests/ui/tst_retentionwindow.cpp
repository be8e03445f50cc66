// SPDX-License-Identifier: GPL-3.0-or-later
//
// Retention in the window, as the records officer meets it: a memo's page
// says how long to keep it and from when; the officer holds it with a
// reason and releases it from there; the records window offers "Retention
// due" to the officer and to nobody else.

#include "retention/retention.h"
#include "testpaths.h"
#include "testprofile.h"

#include "core/languages.h"
#include "ledger/memo.h"
#include "policy/packloader.h"
#include "ui/profilesession.h"
#include "ui/recordinspector.h"
#include "ui/recordswindow.h"
#include "ui/retentionduedialog.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>

using namespace clearline;

namespace {

/// Lakeview, with a records officer whose key is `officer`, who keeps memos a year.
policy::Pack lakeviewWithOfficer(const QByteArray &officer)
{
    const auto loaded = policy::PackLoader::loadFile(
        QDir(QString::fromUtf8(test::kSourceDir)).filePath(QStringLiteral("tests/fixtures/packs/lakeview/pack.yaml")));
    policy::Pack pack = *loaded.pack;
    pack.roles.append({QStringLiteral("records-officer"),
                       QStringLiteral("Records access officer"),
                       QStringLiteral("district"),
                       false,
                       {{QStringLiteral("Rae Records"), QStringLiteral("rae@district.example"), {}, officer}},
                       {}});
    pack.district.recordsOfficer = {QStringLiteral("records-officer"), {}};
    policy::Documentation memos;
    memos.id = QStringLiteral("memos");
    memos.records = {QStringLiteral("memo")};
    memos.retain = QStringLiteral("1y");
    memos.retainFrom = QStringLiteral("record-date");
    memos.clause = {QStringLiteral("records"), {}};
    pack.documentation.append(memos);
    return pack;
}

} // namespace

class TestRetentionWindow : public QObject
{
    Q_OBJECT

    core::Languages m_languages; // English plurals: "1 year"

private Q_SLOTS:
    void initTestCase()
    {
        core::setApplicationIdentity();
        m_languages.install(QStringLiteral("en"));
    }

    void theOfficerSeesTheRetentionAndHoldsTheRecord()
    {
        test::TestProfile p(QStringLiteral("Rae Records"));
        const QString memo =
            p.submit(ledger::Memo{QStringLiteral("Bus schedule"), QStringLiteral("Sent to parents."), {}}.toPayload())
                .recordId;
        const policy::Pack pack = lakeviewWithOfficer(p.identity->info().publicKey);
        p.ledger.reset();
        ui::ProfileSession session(p.profile, test::fixedPassphrase(test::kPassphrase));
        QString error;
        QVERIFY2(session.openLedger(&error), qPrintable(error));
        session.setPack(pack, {});

        ui::RecordInspector inspector(session, memo);
        const QDate created = session.ledger()->record(memo)->created.toTimeZone(QTimeZone("America/Chicago")).date();
        const QString keep = QStringLiteral("Keep until %1 (1 year from the record's date, § 4.4).")
                                 .arg(retention::longDay(created.addYears(1)));
        QCOMPARE(inspector.retentionText(), keep);
        QVERIFY(inspector.text().contains(keep));

        QPushButton *hold = inspector.holdButton();
        QVERIFY(hold);
        QCOMPARE(hold->accessibleName(), QStringLiteral("Place a legal hold on this record"));
        QVERIFY2(inspector.placeHold(QStringLiteral("Public-records request 27-14"), &error), qPrintable(error));
        QVERIFY(inspector.retentionText().endsWith(QStringLiteral("On legal hold: Public-records request 27-14")));
        QCOMPARE(hold->accessibleName(), QStringLiteral("Release the legal hold on this record"));
        QVERIFY2(inspector.releaseHold(&error), qPrintable(error));
        QCOMPARE(inspector.retentionText(), keep);

        ui::RecordsWindow window(session);
        QPushButton *due = window.retentionButton();
        QVERIFY(due);
        QCOMPARE(due->accessibleName(), QStringLiteral("Records whose retention period has ended"));
        ui::RetentionDueDialog dialog(session);
        QVERIFY(dialog.recordIds().isEmpty()); // a memo of today is kept a year
        QCOMPARE(dialog.table()->accessibleName(), QStringLiteral("Records whose retention period has ended"));
        QVERIFY(!dialog.holdButton()->isEnabled());
    }

    void someoneElseGetsNoHoldButton()
    {
        test::TestProfile p(QStringLiteral("Dana Coach"));
        const QString memo =
            p.submit(ledger::Memo{QStringLiteral("Practice"), QStringLiteral("Moved."), {}}.toPayload()).recordId;
        const policy::Pack pack = lakeviewWithOfficer(QByteArray(32, 'x'));
        p.ledger.reset();
        ui::ProfileSession session(p.profile, test::fixedPassphrase(test::kPassphrase));
        QString error;
        QVERIFY2(session.openLedger(&error), qPrintable(error));
        session.setPack(pack, {});
        ui::RecordInspector inspector(session, memo);
        QVERIFY(!inspector.holdButton());
        QVERIFY(inspector.retentionText().startsWith(QStringLiteral("Keep until ")));
        ui::RecordsWindow window(session);
        QVERIFY(!window.retentionButton());
    }
};

QTEST_MAIN(TestRetentionWindow)
#include "tst_retentionwindow.moc"
