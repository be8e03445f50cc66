// SPDX-License-Identifier: GPL-3.0-or-later
//
// A trip disclosure walked through the real dialogs under each shipped
// pack, as a coach would: planning it (and being told no, or to ask first,
// or to confirm the purpose), asking for approval, the notice in the
// families' language, recording it as handed out, a misuse report, the
// overdue reminder on the home screen, and closing. Also: a contact entry
// made with the keyboard alone.

#include "../requests/packanswers.h"
#include "requests/requestfiling.h"
#include "requests/review.h"
#include "testprofile.h"

#include "ui/contactdialog.h"
#include "ui/contactlogview.h"
#include "ui/disclosureview.h"
#include "ui/homepage.h"
#include "ui/newdisclosuredialog.h"
#include "ui/profilesession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace clearline;

namespace {

/// A coach's window under a district's pack, with a principal the pack
/// lists (as district IT adds the principal's key to the signed pack).
struct Coach
{
    QTemporaryDir dir;
    policy::Pack pack;
    test::TestProfile principal{QStringLiteral("Rita Principal")};
    std::unique_ptr<ui::ProfileSession> session;

    explicit Coach(const QString &district)
        : pack(test::loadPack(district))
    {
        qputenv("CLEARLINE_KEYSTORE", "file");
        for (policy::Role &role : pack.roles) {
            role.holders.append({QStringLiteral("Rita Principal"),
                                 QStringLiteral("rita@district.example"),
                                 {pack.schools.constFirst().id, {}},
                                 principal.identity->info().publicKey});
        }
        session = std::make_unique<ui::ProfileSession>(core::Profile::inDirectory(dir.path()),
                                                       test::fixedPassphrase(test::kPassphrase));
        QString error;
        if (!session->openLedger(&error) ||
            !session->createIdentity({QStringLiteral("Dana Coach"),
                                      QStringLiteral("dana@district.example"),
                                      {},
                                      pack.district.timezone,
                                      pack.schools.constFirst().id},
                                     &error) ||
            !session->ledger()->trustKey(principal.identity->info(), QStringLiteral("pack"), &error)) {
            qFatal("no test profile: %s", qPrintable(error));
        }
        session->setPack(pack, {});
    }

    /// Fills the plan as a coach types it; returns the dialog.
    std::unique_ptr<ui::NewDisclosureDialog> plan(const QString &name, const QDate &start, const QDate &end,
                                                  bool sponsored = true)
    {
        auto dialog = std::make_unique<ui::NewDisclosureDialog>(*session);
        const QList<QLineEdit *> lines = dialog->findChildren<QLineEdit *>();
        QTest::keyClicks(lines.at(0), name); // the trip's name comes first
        const QList<QDateEdit *> dates = dialog->findChildren<QDateEdit *>();
        dates.at(0)->setDate(start);
        dates.at(1)->setDate(end);
        for (QLineEdit *line : lines) {
            if (line->placeholderText().contains(QLatin1String("978"))) {
                QTest::keyClicks(line, QStringLiteral("978-555-0142"));
            }
        }
        dialog->findChildren<QCheckBox *>().at(0)->setChecked(sponsored);
        return dialog;
    }
};

} // namespace

class TestTrips : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeTripUnderEachPack_data()
    {
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("Wilmington: approval first") << QStringLiteral("wilmington") << QStringLiteral("Ask first");
        QTest::newRow("Melrose: allowed for the event's advisor")
            << QStringLiteral("melrose") << QStringLiteral("allows");
        QTest::newRow("North Middlesex: allowed") << QStringLiteral("north-middlesex") << QStringLiteral("allows");
        QTest::newRow("Wareham: parents first") << QStringLiteral("wareham") << QStringLiteral("discourages");
    }

    void wholeTripUnderEachPack()
    {
        QFETCH(QString, district);
        QFETCH(QString, verdict);
        Coach coach(district);
        const QDate today = requests::districtToday(coach.pack);
        auto dialog = coach.plan(QStringLiteral("Varsity soccer at Andover"), today.addDays(3), today.addDays(4));
        QVERIFY2(dialog->verdict()->text().contains(verdict), qPrintable(dialog->verdict()->text()));
        if (dialog->confirmation()->isVisible() || !dialog->confirmation()->isHidden()) {
            QVERIFY(!dialog->saveButton()->isEnabled()); // the purpose is confirmed first
            dialog->confirmation()->setChecked(true);
        }
        QVERIFY(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY2(!dialog->savedId().isEmpty(), "the disclosure was not saved");

        ui::DisclosureView view(*coach.session, dialog->savedId());
        const policy::Pack &pack = coach.pack;
        if (district == QLatin1String("wilmington")) {
            QVERIFY(!view.handOutButton()->isEnabled()); // not before approval
            QVERIFY(view.notice()->toPlainText().contains(QLatin1String("once you may give out")));
            QVERIFY(view.askButton()->isEnabled());
            QSignalSpy asked(&view, &ui::DisclosureView::authorizationRequested);
            QTest::mouseClick(view.askButton(), Qt::LeftButton);
            QCOMPARE(asked.size(), 1);
            auto form = asked.constFirst().at(1).value<requests::RequestForm>();
            QCOMPARE(form.answer(QStringLiteral("trip_name")), QStringLiteral("Varsity soccer at Andover"));
            for (const policy::ChecklistItem &item : pack.procedure(form.procedureId)->checklist) {
                form.ticked.append(item.id);
            }
            QString error;
            auto filing = coach.session->disclosureFiling(&error);
            const auto request = filing->requestAuthorization(dialog->savedId(), form, today, &error);
            QVERIFY2(request, qPrintable(error));
            coach.session->announceChange();
            QVERIFY(view.status()->text().contains(QLatin1String("Waiting for Principal (Rita Principal)")));
            QVERIFY(!view.askButton()->isEnabled());
            requests::Review principal(*coach.session->ledger(), *coach.principal.identity, pack);
            QVERIFY2(principal.decide(request->recordId, requests::Decision::Action::Approve, {}, today, &error),
                     qPrintable(error));
            coach.session->announceChange();
        }
        QVERIFY2(view.handOutButton()->isEnabled(), qPrintable(view.status()->text()));

        // The notice, in each language the district gives it in.
        const bool hasNotice = district == QLatin1String("wilmington");
        QStringList texts;
        for (int i = 0; i < view.noticeLanguage()->count(); ++i) {
            view.noticeLanguage()->setCurrentIndex(i);
            texts.append(view.notice()->toPlainText());
            if (hasNotice) {
                QVERIFY2(texts.constLast().contains(QLatin1String("Dana Coach")), qPrintable(texts.constLast()));
                QVERIFY(!texts.constLast().contains(QLatin1String("{{")));
            } else {
                QVERIFY(texts.constLast().contains(QLatin1String("no notice")));
            }
        }
        QCOMPARE(texts.size(), pack.district.languages.size());
        if (hasNotice) {
            QVERIFY(texts.at(0) != texts.at(1)); // really another language
        }
        QTest::keyClicks(view.givenTo(), QStringLiteral("the team and their parents"));
        QTest::mouseClick(view.handOutButton(), Qt::LeftButton);
        QVERIFY2(view.status()->text().contains(QLatin1String("handed out")), qPrintable(view.status()->text()));

        QString error;
        QVERIFY2(view.reportMisuse(QStringLiteral("A parent called at 1 a.m. about grades."), &error),
                 qPrintable(error));
        QVERIFY(view.status()->text().contains(QLatin1String("Misuse of the number reported")));

        // The home screen lists the trip; a past, open one is overdue there.
        ui::HomePage home(*coach.session);
        QVERIFY(home.tripList()->item(0)->text().contains(QLatin1String("misuse reported")));
        auto past = coach.plan(QStringLiteral("Science fair"), today.addDays(-3), today.addDays(-2));
        past->confirmation()->setChecked(true);
        QTest::mouseClick(past->saveButton(), Qt::LeftButton);
        QVERIFY(!past->savedId().isEmpty());
        QVERIFY(home.attentionList()->isVisibleTo(&home));
        QVERIFY(home.attentionList()->item(0)->text().startsWith(QLatin1String("Science fair")));
        ui::DisclosureView pastView(*coach.session, past->savedId());
        QVERIFY(pastView.status()->text().contains(QLatin1String("trip is over")));
        QVERIFY2(pastView.closeDisclosure(QStringLiteral("No contacts during the fair."), &error), qPrintable(error));
        QVERIFY(!pastView.closeButton()->isEnabled());
        for (int i = 0; i < home.attentionList()->count(); ++i) {
            QVERIFY(!home.attentionList()->item(i)->text().startsWith(QLatin1String("Science fair")));
        }
    }

    void forbiddenIsSaidWithTheClauseAndAlternatives()
    {
        // No shipped policy forbids a trip number outright; the test
        // district does (4.1, with a loaner phone instead).
        Coach coach(QStringLiteral("lakeview"));
        const QDate today = requests::districtToday(coach.pack);
        auto dialog = coach.plan(QStringLiteral("Birthday party"), today.addDays(3), today.addDays(3), false);
        dialog->findChildren<QComboBox *>().constLast()->setCurrentIndex(0); // students
        const QString text = dialog->verdict()->text();
        QVERIFY2(text.contains(QLatin1String("does not allow")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("§ 4.1")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Borrow a district phone")), qPrintable(text));
        QVERIFY(!dialog->saveButton()->isEnabled());
    }

    void aContactEntryWithTheKeyboardAlone()
    {
        Coach coach(QStringLiteral("wareham"));
        ui::ContactDialog dialog(*coach.session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        int keys = 0;
        const auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QTest::keyClick(QApplication::focusWidget(), key, modifiers);
            ++keys;
        };
        const auto type = [&](const QString &text) {
            QTest::keyClicks(QApplication::focusWidget(), text);
            keys += int(text.size());
        };
        // Who: a student (already chosen) → Tab to the initials.
        press(Qt::Key_Tab);
        type(QStringLiteral("JR"));
        press(Qt::Key_Tab);  // roster id: skipped
        press(Qt::Key_Tab);  // on the message: only this person
        press(Qt::Key_Tab);  // channel: district e-mail for a first entry…
        press(Qt::Key_Home); // …text from my own cell is the first
        press(Qt::Key_Tab);  // device: my own, as the channel says
        press(Qt::Key_Tab);  // their phone: not said
        press(Qt::Key_Tab);  // purpose
        press(Qt::Key_Down); // scheduling
        press(Qt::Key_Tab);  // trip
        press(Qt::Key_Tab);  // summary
        type(QStringLiteral("Bus leaves 6:45"));
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.savedId().isEmpty());
        const auto record =
            coach.session->ledger()->revision(coach.session->ledger()->record(dialog.savedId())->headRevision);
        QCOMPARE(record->payload.value(QStringLiteral("channel")).toString(), QStringLiteral("personal-cell-text"));
        QCOMPARE(record->payload.value(QStringLiteral("purpose")).toString(), QStringLiteral("scheduling"));
        QCOMPARE(record->payload.value(QStringLiteral("device")).toString(), QStringLiteral("personal"));
        QCOMPARE(record->payload.value(QStringLiteral("summary")).toString(), QStringLiteral("Bus leaves 6:45"));
        qInfo("a contact entry took %d keystrokes", keys);
        QVERIFY(keys <= 30);

        // The next entry starts from the channel used last.
        ui::ContactDialog next(*coach.session);
        QCOMPARE(next.findChild<QComboBox *>(QStringLiteral("channel"))->currentData().toString(),
                 QStringLiteral("personal-cell-text"));
    }

    void escapeAsksBeforeThrowingAwayWhatWasTyped()
    {
        Coach coach(QStringLiteral("wareham"));
        ui::ContactDialog dialog(*coach.session);
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("channel"))->currentData().toString(),
                 QStringLiteral("district-email")); // never a personal channel by surprise
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("JR"));
        const auto answer = [](const QString &button) {
            QTimer::singleShot(0, [button] {
                auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(question && question->objectName() == QLatin1String("discardQuestion"));
                for (QAbstractButton *b : question->buttons()) {
                    if (b->text().remove(QLatin1Char('&')) == button) {
                        b->click();
                    }
                }
            });
        };
        answer(QStringLiteral("Keep writing"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        answer(QStringLiteral("Throw away"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void guidanceChangesAsThePersonTypes()
    {
        Coach coach(QStringLiteral("wilmington"));
        ui::ContactDialog dialog(*coach.session);
        auto *channel = dialog.findChild<QComboBox *>(QStringLiteral("channel"));
        channel->setCurrentIndex(channel->findData(QStringLiteral("personal-social")));
        QVERIFY2(dialog.guidance()->text().contains(QLatin1String("does not allow")),
                 qPrintable(dialog.guidance()->text()));
        QVERIFY(dialog.guidance()->text().contains(QStringLiteral("§ 3.e")));
        auto *atRisk = dialog.findChildren<QCheckBox *>().at(1);
        atRisk->setChecked(true);
        QVERIFY(dialog.guidance()->text().contains(QLatin1String("mandated reporter")));
    }
};

QTEST_MAIN(TestTrips)
#include "tst_trips.moc"
