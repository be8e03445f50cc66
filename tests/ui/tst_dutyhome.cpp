// SPDX-License-Identifier: GPL-3.0-or-later
//
// A director of IT's home screen under Wilmington's pack: their open duties
// in "Needs your attention", overdue first and marked; one opened, confirmed
// with a note in the "Mark as done" dialog, signed, and gone from the list.

#include "../requests/packanswers.h"
#include "requests/dutybook.h"
#include "requests/requestfiling.h"
#include "testprofile.h"

#include "ui/dutydonedialog.h"
#include "ui/homepage.h"
#include "ui/profilesession.h"
#include "ui/taskcard.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

using namespace clearline;

namespace {

const QString kPlatformList = QStringLiteral("approved-platform-list");

/// A window whose person the pack lists as director of IT.
struct Director
{
    QTemporaryDir dir;
    policy::Pack pack;
    std::unique_ptr<ui::ProfileSession> session;

    explicit Director(const QString &district = QStringLiteral("wilmington"))
        : pack(test::loadPack(district))
    {
        qputenv("CLEARLINE_KEYSTORE", "file");
        session = std::make_unique<ui::ProfileSession>(core::Profile::inDirectory(dir.path()),
                                                       test::fixedPassphrase(test::kPassphrase));
        QString error;
        if (!session->openLedger(&error) || !session->createIdentity({QStringLiteral("Ian Director"),
                                                                      QStringLiteral("ian@district.example"),
                                                                      {},
                                                                      pack.district.timezone,
                                                                      pack.schools.constFirst().id},
                                                                     &error)) {
            qFatal("no test profile: %s", qPrintable(error));
        }
        for (policy::Role &role : pack.roles) {
            if (role.id == QLatin1String("director-of-it")) {
                role.holders.append({QStringLiteral("Ian Director"),
                                     QStringLiteral("ian@district.example"),
                                     {},
                                     session->identityInfo()->publicKey});
            }
        }
        session->setPack(pack, {});
    }
};

QListWidgetItem *dutyLine(QListWidget *list, const QString &dutyId)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("duty") &&
            list->item(i)->data(Qt::UserRole + 1).toString() == dutyId) {
            return list->item(i);
        }
    }
    return nullptr;
}

} // namespace

class TestDutyHome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDutyIsMarkedDoneFromTheHomeScreen()
    {
        Director director;
        ui::HomePage home(*director.session);
        QListWidget *attention = home.attentionList();
        QVERIFY(attention->isVisibleTo(&home));
        QListWidgetItem *line = dutyLine(attention, kPlatformList);
        QVERIFY(line);
        QVERIFY(dutyLine(attention, QStringLiteral("student-email-parent-notice")));
        // Its due day (30 September) comes before the other's (the year's end).
        QCOMPARE(attention->row(line), 0);
        const requests::DutyItem item =
            requests::DutyBook(*director.session->ledger(), director.pack, {})
                .judge(*requests::findDuty(director.pack, kPlatformList), {}, requests::districtToday(director.pack));
        if (item.state == requests::DutyItem::State::Overdue) {
            QVERIFY2(line->text().startsWith(QLatin1String("Overdue since")), qPrintable(line->text()));
            QVERIFY(line->font().bold());
        }
        // The acknowledgment keeps its own reminder, not a line here.
        QVERIFY(!dutyLine(attention, QStringLiteral("annual-policy-reading")));

        QSignalSpy requested(&home, &ui::HomePage::dutyDoneRequested);
        Q_EMIT attention->itemActivated(line);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.constFirst().constFirst().toString(), kPlatformList);

        // What the window opens for it.
        ui::DutyDoneDialog dialog(*director.session, kPlatformList);
        for (QWidget *control : dialog.findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(control) || qobject_cast<QPushButton *>(control)) {
                QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
            }
        }
        QTest::keyClicks(dialog.noteEdit(), QStringLiteral("Posted on the staff page"));
        dialog.markButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QVERIFY(!dutyLine(home.attentionList(), kPlatformList));
        const QList<ledger::RecordSummary> done = director.session->ledger()->records(requests::DutyDone::kKind);
        QCOMPARE(done.size(), 1);
        const auto revision = director.session->ledger()->revision(done.constFirst().headRevision);
        QCOMPARE(requests::DutyDone::fromPayload(revision->payload).note, QStringLiteral("Posted on the staff page"));
        QCOMPARE(requests::DutyDone::fromPayload(revision->payload).district, QStringLiteral("wilmington"));
    }

    void theAcknowledgmentsDutyIsNotMarkedHere()
    {
        Director director;
        ui::DutyDoneDialog dialog(*director.session, QStringLiteral("annual-policy-reading"));
        dialog.markButton()->click();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.status()->text().contains(QLatin1String("acknowledgment")),
                 qPrintable(dialog.status()->text()));
        QVERIFY(director.session->ledger()->records(requests::DutyDone::kKind).isEmpty());
    }

    void withoutAnAcknowledgmentDutyNobodyIsAskedForOne()
    {
        Director director(QStringLiteral("north-middlesex"));
        ui::HomePage home(*director.session);
        QVERIFY(!home.card(QStringLiteral("Acknowledge this year's policy")));
        QVERIFY(!home.reminder()->isVisibleTo(&home));
        QVERIFY(home.card(QStringLiteral("Log a contact")));
    }
};

QTEST_MAIN(TestDutyHome)
#include "tst_dutyhome.moc"
