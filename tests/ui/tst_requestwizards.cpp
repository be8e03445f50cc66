// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every request of the four shipped packs walked through the real wizard,
// as a teacher would: typing each answer, ticking the checklist, closing
// half-way and finding the draft, then signing and sending. The signed
// request must carry the route its pack gives. Also: the keyboard alone
// completes a wizard, every control has an accessible name, a platform that
// is not approved leads to a review request, and the home screen shows the
// requests, the registry and the yearly reminder.

#include "../requests/packanswers.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"
#include "requests/review.h"
#include "testprofile.h"

#include "core/languages.h"
#include "ui/acknowledgedialog.h"
#include "ui/fieldeditor.h"
#include "ui/homepage.h"
#include "ui/noticedialog.h"
#include "ui/profilesession.h"
#include "ui/recordinspector.h"
#include "ui/requestlist.h"
#include "ui/requestpages.h"
#include "ui/requestwizard.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace clearline;

namespace {

/// A person with a profile under one district's pack, as the window has it.
struct Teacher
{
    QTemporaryDir dir;
    policy::Pack pack;
    std::unique_ptr<ui::ProfileSession> session;

    explicit Teacher(const QString &district)
        : pack(test::loadPack(district))
    {
        qputenv("CLEARLINE_KEYSTORE", "file");
        session = std::make_unique<ui::ProfileSession>(core::Profile::inDirectory(dir.path()),
                                                       test::fixedPassphrase(test::kPassphrase));
        QString error;
        if (!session->openLedger(&error) || !session->createIdentity({QStringLiteral("Pat Teacher"),
                                                                      QStringLiteral("pat@district.example"),
                                                                      {},
                                                                      pack.district.timezone,
                                                                      pack.schools.constFirst().id},
                                                                     &error)) {
            qFatal("no test profile: %s", qPrintable(error));
        }
        session->setPack(pack, {});
    }

    QString personId() const { return session->identityInfo()->personId; }
};

/// Types a good answer into a field editor, as a person would with the
/// keyboard: letters into text boxes, Down in a list, Space on Yes.
void typeAnswer(const policy::Pack &pack, ui::FieldEditor *editor)
{
    const QString answer = test::goodAnswer(pack, editor->field());
    QWidget *input = editor->input();
    if (auto *combo = qobject_cast<QComboBox *>(input); combo && !combo->isEditable()) {
        while (editor->value() != answer && combo->currentIndex() < combo->count() - 1) {
            QTest::keyClick(combo, Qt::Key_Down);
        }
    } else if (auto *combo2 = qobject_cast<QComboBox *>(input)) {
        QTest::keyClicks(combo2->lineEdit(), answer);
    } else if (auto *radio = qobject_cast<QRadioButton *>(input)) {
        QTest::keyClick(radio, Qt::Key_Space);
    } else if (auto *line = qobject_cast<QLineEdit *>(input)) {
        line->clear();
        QTest::keyClicks(line, answer);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(input)) {
        QTest::keyClicks(text, answer);
    }
}

/// Answers every field and ticks every box, page by page, to the review page.
void fillToReview(ui::RequestWizard &wizard, const policy::Pack &pack)
{
    while (!qobject_cast<ui::ReviewPage *>(wizard.currentPage())) {
        if (auto *fields = qobject_cast<ui::FieldsPage *>(wizard.currentPage())) {
            const QList<ui::FieldEditor *> editors = fields->editors();
            const bool required = std::any_of(editors.begin(), editors.end(),
                                              [](auto *e) { return e->field().required && e->value().isEmpty(); });
            QCOMPARE(fields->isComplete(), !required); // Next waits for the required answers
            for (ui::FieldEditor *editor : editors) {
                if (editor->value().isEmpty()) {
                    typeAnswer(pack, editor);
                }
            }
            QVERIFY2(fields->isComplete(), qPrintable(wizard.currentPage()->title()));
        }
        if (auto *checklist = qobject_cast<ui::ChecklistPage *>(wizard.currentPage())) {
            QVERIFY(!checklist->isComplete());
            for (QCheckBox *box : checklist->boxes()) {
                if (!box->isChecked()) {
                    QTest::keyClick(box, Qt::Key_Space);
                }
            }
            QVERIFY(checklist->isComplete());
        }
        const int before = wizard.currentId();
        wizard.next();
        QVERIFY(wizard.currentId() != before);
    }
}

QStringList routeOf(const policy::Procedure &procedure)
{
    QStringList steps;
    for (qsizetype stage = 0; stage < procedure.route.size(); ++stage) {
        for (const policy::RouteStep &step : procedure.route.at(stage).steps) {
            steps.append(QStringLiteral("%1:%2:%3").arg(stage).arg(step.action, step.role.id));
        }
    }
    return steps;
}

QStringList routeOf(const requests::Request &request)
{
    QStringList steps;
    for (const requests::PlannedStep &step : request.route) {
        steps.append(QStringLiteral("%1:%2:%3").arg(step.stage).arg(step.action, step.roleId));
    }
    return steps;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name) : QString();
}

} // namespace

class TestRequestWizards : public QObject
{
    Q_OBJECT

    core::Languages m_languages;

private Q_SLOTS:
    void initTestCase()
    {
        core::setApplicationIdentity();
        m_languages.install(QStringLiteral("en"));
    }

    void everyJourneyOfEveryPackEndsInASignedRequestWithItsRoute_data()
    {
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("procedure");
        for (const auto &[district, procedure] : test::shippedProcedures()) {
            if (test::loadPack(district).approvalFirst(procedure)) {
                continue; // offered only after another approval (tst_followons, homeOffersTheNextStep)
            }
            QTest::addRow("%s/%s", qPrintable(district), qPrintable(procedure)) << district << procedure;
        }
    }

    void everyJourneyOfEveryPackEndsInASignedRequestWithItsRoute()
    {
        QFETCH(QString, district);
        QFETCH(QString, procedure);
        Teacher teacher(district);
        requests::RequestForm start;
        start.procedureId = procedure;

        // Half-way: the first page of answers, then the window is closed.
        QString draftId;
        {
            ui::RequestWizard wizard(*teacher.session, teacher.pack, {start, {}, {}});
            wizard.show();
            wizard.next();
            if (auto *fields = qobject_cast<ui::FieldsPage *>(wizard.currentPage())) {
                typeAnswer(teacher.pack, fields->editors().first());
            }
            wizard.reject();
            draftId = wizard.draftId();
        }
        const QList<ledger::Draft> drafts = teacher.session->ledger()->drafts(QStringLiteral("request"));
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().id, draftId);
        const requests::RequestForm saved = requests::RequestForm::fromJson(drafts.first().payload);
        QVERIFY(!saved.answers.isEmpty());

        // Reopened from the home screen's list: the answers are there.
        ui::RequestList list(*teacher.session);
        QCOMPARE(list.items().size(), 1);
        QCOMPARE(list.items().first().status.state, requests::RequestStatus::State::Draft);
        ui::RequestWizard wizard(*teacher.session, teacher.pack, {saved, draftId, {}});
        wizard.show();
        wizard.next();
        if (auto *fields = qobject_cast<ui::FieldsPage *>(wizard.currentPage())) {
            const ui::FieldEditor *first = fields->editors().first();
            QCOMPARE(first->value(), saved.answers.value(first->field().id));
        }
        fillToReview(wizard, teacher.pack);
        auto *review = qobject_cast<ui::ReviewPage *>(wizard.currentPage());
        QVERIFY(review->isCommitPage());
        QVERIFY(review->summary().contains(QStringLiteral("What happens next")));
        wizard.next(); // "Sign and send"
        QVERIFY2(wizard.sent(), "the request was not sent");
        auto *done = qobject_cast<ui::DonePage *>(wizard.currentPage());
        QVERIFY(done);
        // Nothing has left the laptop: the page says so (issue 19).
        QCOMPARE(done->title(), QStringLiteral("Signed and saved"));

        // The signed request has the pack's route; the draft is gone.
        const requests::Request request = requests::Request::fromPayload(wizard.sent()->payload);
        QCOMPARE(routeOf(request), routeOf(*teacher.pack.procedure(procedure)));
        QCOMPARE(done->status(),
                 requests::RequestStatus::of(request, requests::districtToday(teacher.pack)).description());
        QVERIFY(teacher.session->ledger()->drafts(QStringLiteral("request")).isEmpty());
        QCOMPARE(list.items().size(), 1);
        QCOMPARE(list.items().first().recordId, wizard.sent()->recordId);
        QVERIFY(teacher.session->ledger()->verify().ok());
    }

    void keyboardAloneCompletesAWizard()
    {
        Teacher teacher(QStringLiteral("lakeview"));
        requests::RequestForm start;
        start.procedureId = QStringLiteral("loaner-phone-request");
        ui::RequestWizard wizard(*teacher.session, teacher.pack, {start, {}, {}});
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        // Keys go where the keyboard focus is, as they would for a person.
        const auto press = [&wizard](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QWidget *focus = QApplication::focusWidget();
            QTest::keyClick(focus ? focus : &wizard, key, modifiers);
        };
        const auto type = [](const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); };
        press(Qt::Key_Return); // the introduction
        QVERIFY(qobject_cast<ui::FieldsPage *>(wizard.currentPage()));
        type(QStringLiteral("Science fair")); // Trip
        press(Qt::Key_Tab);
        type(QDate::currentDate().addDays(20).toString(Qt::ISODate)); // Leaves on
        press(Qt::Key_Tab);                                           // the calendar button
        press(Qt::Key_Tab);                                           // School: the profile's school is already chosen
        QCOMPARE(qobject_cast<QComboBox *>(QApplication::focusWidget())->currentData().toString(),
                 QStringLiteral("lakeview-middle"));
        press(Qt::Key_Down);
        QCOMPARE(wizard.form().answer(QStringLiteral("school")), QStringLiteral("lakeview-high"));
        QVERIFY2(wizard.currentPage()->isComplete(),
                 qPrintable(QString::fromUtf8(QJsonDocument(wizard.form().toJson()).toJson())));
        press(Qt::Key_Return); // Next, the default button
        auto *checklist = qobject_cast<ui::ChecklistPage *>(wizard.currentPage());
        QVERIFY(checklist);
        checklist->boxes().first()->setFocus();
        press(Qt::Key_Space);
        press(Qt::Key_Return);
        QVERIFY(qobject_cast<ui::ReviewPage *>(wizard.currentPage()));
        press(Qt::Key_Return); // Sign and send
        QVERIFY2(wizard.sent(), "the keyboard could not send the request");
        const requests::Request request = requests::Request::fromPayload(wizard.sent()->payload);
        QCOMPARE(request.route.first().who(), QStringLiteral("Principal (Hal High)"));
    }

    void everyControlOfEveryWizardHasAnAccessibleName_data()
    {
        everyJourneyOfEveryPackEndsInASignedRequestWithItsRoute_data();
    }

    void everyControlOfEveryWizardHasAnAccessibleName()
    {
        QFETCH(QString, district);
        QFETCH(QString, procedure);
        Teacher teacher(district);
        requests::RequestForm start;
        start.procedureId = procedure;
        ui::RequestWizard wizard(*teacher.session, teacher.pack, {start, {}, {}});
        wizard.show();
        for (const int id : wizard.pageIds()) {
            QWizardPage *page = wizard.page(id);
            QList<QWidget *> controls;
            for (auto *w : page->findChildren<QAbstractButton *>()) {
                controls.append(w);
            }
            for (auto *w : page->findChildren<QLineEdit *>()) {
                controls.append(w);
            }
            for (auto *w : page->findChildren<QPlainTextEdit *>()) {
                controls.append(w);
            }
            for (auto *w : page->findChildren<QComboBox *>()) {
                controls.append(w);
            }
            for (QWidget *control : controls) {
                if (qobject_cast<QLineEdit *>(control) && qobject_cast<QComboBox *>(control->parentWidget())) {
                    continue; // the line inside an editable list is named by the list
                }
                if (control->window() != &wizard) {
                    continue; // inside a popup (the calendar's own controls), not on the page
                }
                QVERIFY2(!accessibleName(control).isEmpty(),
                         qPrintable(QStringLiteral("%1 on page \"%2\" has no accessible name")
                                        .arg(QString::fromLatin1(control->metaObject()->className()), page->title())));
            }
            for (QLabel *label : page->findChildren<QLabel *>()) {
                if (label->text().contains(QStringLiteral("href=\"clause:"))) {
                    QVERIFY(!accessibleName(label).isEmpty());
                }
            }
        }
    }

    void clauseLinkOpensThePolicyAtThatClause()
    {
        Teacher teacher(QStringLiteral("wilmington"));
        requests::RequestForm start;
        start.procedureId = QStringLiteral("class-page");
        ui::RequestWizard wizard(*teacher.session, teacher.pack, {start, {}, {}});
        QSignalSpy opened(&wizard, &ui::RequestWizard::clauseRequested);
        QLabel *link = nullptr;
        for (QLabel *label : wizard.page(wizard.pageIds().first())->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("href=\"clause:class-page-address\""))) {
                link = label;
            }
        }
        QVERIFY(link);
        Q_EMIT link->linkActivated(QStringLiteral("clause:class-page-address"));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), QStringLiteral("class-page-address"));
    }

    void platformNotApprovedLeadsToAReviewRequest()
    {
        Teacher teacher(QStringLiteral("lakeview"));
        requests::RequestForm start;
        start.procedureId = QStringLiteral("class-page");
        ui::RequestWizard wizard(*teacher.session, teacher.pack, {start, {}, {}});
        wizard.show();
        QSignalSpy other(&wizard, &ui::RequestWizard::otherProcedureRequested);
        wizard.next();
        auto *fields = qobject_cast<ui::FieldsPage *>(wizard.currentPage());
        ui::FieldEditor *platform = fields->editors().first();
        QCOMPARE(platform->field().type, QStringLiteral("platform"));
        QTest::keyClicks(qobject_cast<QComboBox *>(platform->input())->lineEdit(), QStringLiteral("TikTok"));
        QVERIFY(!fields->isComplete());
        QLabel *problem = nullptr;
        for (QLabel *label : fields->findChildren<QLabel *>(QStringLiteral("problem"))) {
            if (label->isVisibleTo(fields) && label->text().contains(QStringLiteral("not on your district's list"))) {
                problem = label;
            }
        }
        QVERIFY(problem);
        QVERIFY(problem->text().contains(QStringLiteral("href=\"switch:tool-review\"")));
        Q_EMIT problem->linkActivated(QStringLiteral("switch:tool-review"));
        QCOMPARE(other.size(), 1);
        const auto review = other.first().first().value<requests::RequestForm>();
        QCOMPARE(review.procedureId, QStringLiteral("tool-review"));
        QCOMPARE(review.answer(QStringLiteral("tool")), QStringLiteral("TikTok"));
        // The class page is kept as a draft to come back to.
        QCOMPARE(teacher.session->ledger()->drafts(QStringLiteral("request")).size(), 1);
    }

    void homeShowsRequestsRegistryAndTheYearlyReminder()
    {
        Teacher teacher(QStringLiteral("north-middlesex"));
        ui::HomePage home(*teacher.session);
        QVERIFY(home.card(QStringLiteral("Ask approval for a professional social-media account")));
        QVERIFY(!home.card(QStringLiteral("Ask for an exception to the policy or procedures")));
        QVERIFY(home.reminder()->parentWidget()->isHidden()); // no yearly duty in this pack
        QCOMPARE(home.accountList()->item(0)->text(),
                 QStringLiteral("None yet. An account appears here once its request has gone through."));

        // The registry, not the order of approvals, is tested here.
        for (policy::Procedure &procedure : teacher.pack.procedures) {
            procedure.thenRequiresApproval = false;
        }
        teacher.session->setPack(teacher.pack, {});
        const policy::Procedure &registration =
            *teacher.pack.procedure(QStringLiteral("professional-account-registration"));
        requests::RequestForm form;
        form.procedureId = registration.id;
        for (const policy::Field &field : registration.fields) {
            form.answers.insert(field.id, test::goodAnswer(teacher.pack, field));
        }
        form.answers[QStringLiteral("platform_name")] = QStringLiteral("Instagram");
        for (const policy::ChecklistItem &item : registration.checklist) {
            form.ticked.append(item.id);
        }
        QString error;
        QVERIFY(teacher.session->requestFiling(&error)->send(form, {}, QDate::currentDate(), &error));
        teacher.session->announceChange();
        QCOMPARE(home.requestList()->tree()->topLevelItemCount(), 1);
        QCOMPARE(home.requestList()->tree()->topLevelItem(0)->text(1), QStringLiteral("Sent"));
        QVERIFY(home.accountList()->item(0)->text().startsWith(QStringLiteral("Instagram: https://")));
    }

    // North Middlesex 3.G then 3.B.1: once access is approved, the home
    // screen offers the registration, its answers filled in.
    void homeOffersTheNextStep()
    {
        Teacher teacher(QStringLiteral("north-middlesex"));
        test::TestProfile approver(QStringLiteral("Rita Principal"));
        for (policy::Role &role : teacher.pack.roles) {
            role.holders.append({QStringLiteral("Rita Principal"),
                                 QStringLiteral("rita@district.example"),
                                 {teacher.pack.schools.constFirst().id, {}},
                                 approver.identity->info().publicKey});
        }
        teacher.session->setPack(teacher.pack, {});
        QString error;
        QVERIFY(teacher.session->ledger()->trustKey(approver.identity->info(), QStringLiteral("pack"), &error));
        ui::HomePage home(*teacher.session);
        const QString next = QStringLiteral("professional-account-registration");
        QVERIFY(!home.card(policy::localizedText(teacher.pack.procedure(next)->title))); // not on its own

        requests::RequestForm access;
        access.procedureId = QStringLiteral("professional-account-access");
        for (const policy::Field &field : teacher.pack.procedure(access.procedureId)->fields) {
            access.answers.insert(field.id, test::goodAnswer(teacher.pack, field));
        }
        access.answers[QStringLiteral("platform_name")] = QStringLiteral("Padlet");
        for (const policy::ChecklistItem &item : teacher.pack.procedure(access.procedureId)->checklist) {
            access.ticked.append(item.id);
        }
        const QDate today = requests::districtToday(teacher.pack);
        const auto sent = teacher.session->requestFiling(&error)->send(access, {}, today, &error);
        QVERIFY2(sent, qPrintable(error));
        requests::Review review(*teacher.session->ledger(), *approver.identity, teacher.pack);
        for (int stage = 0; stage < 3; ++stage) {
            QVERIFY2(review.decide(sent->recordId, requests::Decision::Action::Approve, {}, today, &error),
                     qPrintable(error));
        }
        teacher.session->announceChange();

        QListWidgetItem *offer = nullptr;
        for (int i = 0; i < home.attentionList()->count(); ++i) {
            if (home.attentionList()->item(i)->text().startsWith(QLatin1String("Next step"))) {
                offer = home.attentionList()->item(i);
            }
        }
        QVERIFY(offer);
        QVERIFY(home.attentionList()->isVisibleTo(&home));
        QSignalSpy chosen(&home, &ui::HomePage::followOnRequested);
        Q_EMIT home.attentionList()->itemActivated(offer);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.constFirst().constFirst().toString(), sent->recordId);

        const auto followOn = requests::RequestBook(*teacher.session->ledger(), teacher.pack, teacher.personId())
                                  .followOn(sent->recordId, today);
        QVERIFY(followOn);
        ui::RequestWizard wizard(*teacher.session, teacher.pack, {followOn->form, {}, {}});
        wizard.show();
        wizard.next();
        auto *fields = qobject_cast<ui::FieldsPage *>(wizard.currentPage());
        QVERIFY(fields);
        const QList<ui::FieldEditor *> editors = fields->editors();
        const auto platform = std::find_if(editors.begin(), editors.end(), [](auto *editor) {
            return editor->field().id == QLatin1String("platform_name");
        });
        QVERIFY(platform != editors.end());
        QCOMPARE((*platform)->value(), QStringLiteral("Padlet"));
        fillToReview(wizard, teacher.pack);
        wizard.next(); // "Sign and send"
        QVERIFY2(wizard.sent(), "the follow-on was not sent");
        teacher.session->announceChange();
        for (int i = 0; i < home.attentionList()->count(); ++i) {
            QVERIFY(!home.attentionList()->item(i)->text().startsWith(QLatin1String("Next step")));
        }
    }

    // Wilmington 3.e.9: once the professional account is approved, its
    // notice to parents is a to-do on the home screen until handed out.
    void aNoticeIsHandedOutFromTheHomeScreen()
    {
        Teacher teacher(QStringLiteral("wilmington"));
        test::TestProfile approver(QStringLiteral("Rita Principal"));
        for (policy::Role &role : teacher.pack.roles) {
            role.holders.append({QStringLiteral("Rita Principal"),
                                 QStringLiteral("rita@district.example"),
                                 {teacher.pack.schools.constFirst().id, {}},
                                 approver.identity->info().publicKey});
        }
        teacher.session->setPack(teacher.pack, {});
        QString error;
        QVERIFY(teacher.session->ledger()->trustKey(approver.identity->info(), QStringLiteral("pack"), &error));
        ui::HomePage home(*teacher.session);
        requests::RequestForm form;
        form.procedureId = QStringLiteral("professional-account");
        for (const policy::Field &field : teacher.pack.procedure(form.procedureId)->fields) {
            form.answers.insert(field.id, test::goodAnswer(teacher.pack, field));
        }
        form.answers[QStringLiteral("address")] = QStringLiteral("https://class.example/room12");
        for (const policy::ChecklistItem &item : teacher.pack.procedure(form.procedureId)->checklist) {
            form.ticked.append(item.id);
        }
        const QDate today = requests::districtToday(teacher.pack);
        const auto sent = teacher.session->requestFiling(&error)->send(form, {}, today, &error);
        QVERIFY2(sent, qPrintable(error));
        requests::Review review(*teacher.session->ledger(), *approver.identity, teacher.pack);
        for (int stage = 0; stage < 3; ++stage) {
            review.decide(sent->recordId, requests::Decision::Action::Approve, {}, today, &error);
        }
        teacher.session->announceChange();

        const auto noticeItem = [&home]() -> QListWidgetItem * {
            for (int i = 0; i < home.attentionList()->count(); ++i) {
                if (home.attentionList()->item(i)->text().startsWith(QLatin1String("Hand out"))) {
                    return home.attentionList()->item(i);
                }
            }
            return nullptr;
        };
        QVERIFY(noticeItem());
        QSignalSpy chosen(&home, &ui::HomePage::noticeRequested);
        Q_EMIT home.attentionList()->itemActivated(noticeItem());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.constFirst().constFirst().toString(), sent->recordId);

        ui::NoticeDialog dialog(*teacher.session, sent->recordId);
        dialog.show();
        QVERIFY(dialog.text()->toPlainText().contains(QLatin1String("https://class.example/room12")));
        QVERIFY(!dialog.text()->toPlainText().contains(QLatin1String("{{")));
        const QString english = dialog.text()->toPlainText();
        dialog.language()->setCurrentIndex(1);
        QVERIFY(dialog.text()->toPlainText() != english); // really the other language
        QVERIFY(!dialog.recordButton()->isEnabled());     // to whom, first
        dialog.givenTo()->setFocus();
        QTest::keyClicks(dialog.givenTo(), QStringLiteral("Room 12 families"));
        QVERIFY(dialog.recordButton()->isEnabled());
        QTest::mouseClick(dialog.recordButton(), Qt::LeftButton);
        QVERIFY2(dialog.history()->text().contains(QLatin1String("Room 12 families")),
                 qPrintable(dialog.history()->text()));
        if (const QString folder = qEnvironmentVariable("CLEARLINE_SHOT_DIR"); !folder.isEmpty()) {
            dialog.grab().save(folder + QStringLiteral("/notice-dialog.png"));
            home.resize(900, 700);
            home.grab().save(folder + QStringLiteral("/home-after-notice.png"));
        }
        QVERIFY(!noticeItem());
        for (QWidget *control : dialog.findChildren<QWidget *>()) {
            if (control->focusPolicy() != Qt::NoFocus && control->isVisibleTo(&dialog) &&
                !qobject_cast<QDialogButtonBox *>(control)) {
                QVERIFY2(!accessibleName(control).isEmpty(), control->metaObject()->className());
            }
        }
    }

    void acknowledgingRemovesTheReminder()
    {
        Teacher teacher(QStringLiteral("wilmington"));
        ui::HomePage home(*teacher.session);
        home.show();
        QVERIFY(home.reminder()->isVisible());
        QVERIFY(home.reminder()->text().contains(QStringLiteral("Read and review the Social Media Policy")));
        ui::AcknowledgeDialog dialog(*teacher.session, QStringLiteral("en"));
        QVERIFY(!dialog.signButton()->isEnabled());
        QTest::keyClick(dialog.readBox(), Qt::Key_Space);
        QVERIFY(dialog.signButton()->isEnabled());
        dialog.signButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!home.reminder()->isVisible());
        const auto acks =
            requests::RequestBook(*teacher.session->ledger(), teacher.pack, teacher.personId()).acknowledgments();
        QCOMPARE(acks.size(), 1);
        QCOMPARE(acks.first().duties, QStringList{QStringLiteral("annual-policy-reading")});
    }

    // With CLEARLINE_SHOT_DIR set, saves a picture of every page of one
    // journey per pack and of the home screen, for people to look at.
    void picturesForPeople()
    {
        const QString folder = qEnvironmentVariable("CLEARLINE_SHOT_DIR");
        if (folder.isEmpty()) {
            QSKIP("set CLEARLINE_SHOT_DIR to save pictures");
        }
        const QList<std::pair<QString, QString>> journeys{
            {QStringLiteral("wilmington"), QStringLiteral("professional-account")},
            {QStringLiteral("north-middlesex"), QStringLiteral("professional-account-access")},
            {QStringLiteral("melrose"), QStringLiteral("exception-request")},
            {QStringLiteral("wareham"), QStringLiteral("student-material-consent")},
            {QStringLiteral("lakeview"), QStringLiteral("class-page")}};
        for (const auto &[district, procedure] : journeys) {
            Teacher teacher(district);
            requests::RequestForm start;
            start.procedureId = procedure;
            ui::RequestWizard wizard(*teacher.session, teacher.pack, {start, {}, {}});
            wizard.show();
            int page = 0;
            const auto save = [&] {
                QVERIFY(wizard.grab().save(QStringLiteral("%1/%2-%3-%4.png")
                                               .arg(folder, district, procedure)
                                               .arg(page++, 2, 10, QLatin1Char('0'))));
            };
            while (!wizard.sent()) {
                save();
                if (auto *fields = qobject_cast<ui::FieldsPage *>(wizard.currentPage())) {
                    // One wrong answer first, to see how it is explained.
                    ui::FieldEditor *first = fields->editors().first();
                    if (auto *line = qobject_cast<QLineEdit *>(first->input())) {
                        QTest::keyClicks(line, QStringLiteral("not right"));
                        save();
                        line->clear();
                    }
                    for (ui::FieldEditor *editor : fields->editors()) {
                        if (editor->value().isEmpty()) {
                            typeAnswer(teacher.pack, editor);
                        }
                    }
                    save();
                }
                if (auto *checklist = qobject_cast<ui::ChecklistPage *>(wizard.currentPage())) {
                    for (QCheckBox *box : checklist->boxes()) {
                        box->setChecked(true);
                    }
                }
                wizard.next();
            }
            save();
            ui::HomePage home(*teacher.session);
            home.resize(1000, 1400);
            QVERIFY(home.grab().save(QStringLiteral("%1/%2-home.png").arg(folder, district)));
        }
    }

    void inspectorWithdrawsAndShowsTheHistory()
    {
        Teacher teacher(QStringLiteral("melrose"));
        const policy::Procedure &exception = *teacher.pack.procedure(QStringLiteral("exception-request"));
        requests::RequestForm form;
        form.procedureId = exception.id;
        for (const policy::Field &field : exception.fields) {
            form.answers.insert(field.id, test::goodAnswer(teacher.pack, field));
        }
        for (const policy::ChecklistItem &item : exception.checklist) {
            form.ticked.append(item.id);
        }
        QString error;
        const auto sent = teacher.session->requestFiling(&error)->send(form, {}, QDate::currentDate(), &error);
        QVERIFY(sent);
        ui::RecordInspector inspector(*teacher.session, sent->recordId);
        QVERIFY(inspector.withdrawButton() && inspector.withdrawButton()->isEnabled());
        QVERIFY(inspector.text().contains(QStringLiteral("Waiting for")));
        QVERIFY(inspector.withdraw(QStringLiteral("No longer needed"), &error));
        QVERIFY(inspector.text().contains(QStringLiteral("Withdrawn: you took this request back.")));
        QVERIFY(inspector.text().contains(QStringLiteral("Reason given: No longer needed")));
        QVERIFY(!inspector.withdrawButton()->isEnabled());
        QCOMPARE(inspector.signedData().count(QStringLiteral("\"signature\"")), 2);
    }
};

QTEST_MAIN(TestRequestWizards)
#include "tst_requestwizards.moc"
