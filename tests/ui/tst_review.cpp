// SPDX-License-Identifier: GPL-3.0-or-later
//
// The approver's workspace, driven through its real widgets: a North
// Middlesex request through three approvers in order, returned once and
// sent again, and another denied; a Wilmington request that only informs,
// marked as read, and another denied from its notice; the decision's PDF read back as text. Until sync bundles
// exist, the ledger file is carried from one person's profile to the next,
// as a bundle would carry its revisions.

#include "../requests/packanswers.h"
#include "requests/requestbook.h"
#include "requests/requestfiling.h"
#include "requests/requestsheet.h"
#include "testprofile.h"

#include "crypto/digest.h"
#include "ui/profilesession.h"
#include "ui/reviewworkspace.h"
#include "ui/sheetprinter.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTreeWidget>

using namespace clearline;

namespace {

/// One person with their own profile; the shared ledger is handed to them.
struct Person
{
    QTemporaryDir dir;
    core::Profile profile = core::Profile::inDirectory(dir.filePath(QStringLiteral("profile")));
    crypto::IdentityInfo info;
    std::unique_ptr<ui::ProfileSession> session;

    Person(const QString &name, const QString &email, const policy::Pack &pack)
    {
        qputenv("CLEARLINE_KEYSTORE", "file");
        QString error;
        // The ledger first, as `clearline init` makes a profile.
        if (!profile.prepare(&error) || !ledger::Ledger::open(profile, ledger::Database::Mode::ReadWrite, &error)) {
            qFatal("no profile: %s", qPrintable(error));
        }
        const auto identity =
            crypto::Identity::create(profile, {name, email, {}, pack.district.timezone, pack.schools.constFirst().id},
                                     test::fixedPassphrase(test::kPassphrase), &error);
        if (!identity) {
            qFatal("no identity: %s", qPrintable(error));
        }
        info = identity->info();
    }

    /// Opens this person's window on the ledger as it was handed to them.
    ui::ProfileSession &open(const policy::Pack &pack)
    {
        session = std::make_unique<ui::ProfileSession>(profile, test::fixedPassphrase(test::kPassphrase));
        QString error;
        if (!session->openLedger(&error)) {
            qFatal("no ledger: %s", qPrintable(error));
        }
        session->setPack(pack, {});
        return *session;
    }

    /// Closes the window and gives the ledger to the next person.
    void handTo(Person &next)
    {
        session.reset();
        const QString from = ledger::Ledger::fileFor(profile);
        const QString to = ledger::Ledger::fileFor(next.profile);
        next.session.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(to + suffix);
            if (QFile::exists(from + suffix)) {
                QFile::copy(from + suffix, to + suffix);
            }
        }
    }
};

void holds(policy::Pack &pack, const QString &roleId, const Person &person)
{
    policy::Role *role = nullptr;
    for (policy::Role &candidate : pack.roles) {
        if (candidate.id == roleId) {
            role = &candidate;
        }
    }
    if (!role) {
        qFatal("no role %s", qPrintable(roleId));
    }
    role->holders.append(
        {person.info.name, person.info.email, {pack.schools.constFirst().id, {}}, person.info.publicKey});
}

requests::RequestForm goodForm(const policy::Pack &pack, const QString &procedureId)
{
    requests::RequestForm form;
    form.procedureId = procedureId;
    const policy::Procedure *procedure = pack.procedure(procedureId);
    for (const policy::Field &field : procedure->fields) {
        form.answers.insert(field.id, test::goodAnswer(pack, field));
    }
    for (const policy::ChecklistItem &item : procedure->checklist) {
        form.ticked.append(item.id);
    }
    return form;
}

QString sendAs(Person &teacher, const policy::Pack &pack, const requests::RequestForm &form)
{
    QString error;
    auto filing = teacher.open(pack).requestFiling(&error);
    const auto sent = filing ? filing->send(form, {}, requests::districtToday(pack), &error) : std::nullopt;
    if (!sent) {
        qFatal("not sent: %s", qPrintable(error));
    }
    return sent->recordId;
}

requests::RequestStatus statusFor(Person &teacher, const policy::Pack &pack, const QString &recordId)
{
    ui::ProfileSession &session = teacher.open(pack);
    return *requests::RequestBook(*session.ledger(), pack, teacher.info.personId)
                .status(recordId, requests::districtToday(pack));
}

/// The workspace selects the item of this request, as a click would.
bool select(ui::ReviewWorkspace &workspace, const QString &recordId)
{
    const QList<requests::QueueItem> &items = workspace.shownItems();
    for (int row = 0; row < workspace.queueView()->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = workspace.queueView()->topLevelItem(row);
        if (items.at(item->data(0, Qt::UserRole).toInt()).recordId == recordId) {
            workspace.queueView()->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeApproversInOrderWithAReturnAndADenial()
    {
        policy::Pack pack = test::loadPack(QStringLiteral("north-middlesex"));
        Person teacher(QStringLiteral("Tess Teacher"), QStringLiteral("tess@nmrsd.example"), pack);
        Person supervisor(QStringLiteral("Sam Supervisor"), QStringLiteral("sam@nmrsd.example"), pack);
        Person tech(QStringLiteral("Terry Tech"), QStringLiteral("terry@nmrsd.example"), pack);
        Person superintendent(QStringLiteral("Sue Super"), QStringLiteral("sue@nmrsd.example"), pack);
        holds(pack, QStringLiteral("direct-supervisor"), supervisor);
        holds(pack, QStringLiteral("director-of-technology"), tech);
        holds(pack, QStringLiteral("superintendent"), superintendent);
        const QString procedure = QStringLiteral("professional-account-access");
        QCOMPARE(pack.procedure(procedure)->route.size(), 3);

        const QString id = sendAs(teacher, pack, goodForm(pack, procedure));
        const QString denied = sendAs(teacher, pack, goodForm(pack, procedure));

        // The supervisor approves the first and denies the second.
        teacher.handTo(supervisor);
        {
            ui::ReviewWorkspace workspace(supervisor.open(pack));
            QCOMPARE(workspace.shownItems().size(), 2);
            QVERIFY(workspace.shownItems().constFirst().needsDecision);
            QVERIFY(select(workspace, id));
            QVERIFY(workspace.sheetView()->toPlainText().contains(QLatin1String("Tess Teacher")));
            QVERIFY(workspace.sheetView()->toPlainText().contains(QLatin1String("Sam Supervisor")));
            QTest::mouseClick(workspace.approveButton(), Qt::LeftButton);
            QVERIFY2(workspace.messageLabel()->text().contains(QLatin1String("approved")),
                     qPrintable(workspace.messageLabel()->text()));
            QCOMPARE(workspace.shownItems().size(), 1);

            QVERIFY(select(workspace, denied));
            QTest::mouseClick(workspace.denyButton(), Qt::LeftButton); // no reason yet: refused
            QVERIFY(workspace.messageLabel()->text().contains(QLatin1String("Say why")));
            QCOMPARE(workspace.shownItems().size(), 1);
            QTest::keyClicks(workspace.commentBox(), QStringLiteral("Use the district account instead."));
            QTest::mouseClick(workspace.denyButton(), Qt::LeftButton);
            QVERIFY(workspace.shownItems().isEmpty());
        }
        supervisor.handTo(teacher);
        const requests::RequestStatus deniedStatus = statusFor(teacher, pack, denied);
        QCOMPARE(deniedStatus.state, requests::RequestStatus::State::Denied);
        QVERIFY(deniedStatus.description().contains(QLatin1String("Use the district account instead.")));
        QVERIFY(deniedStatus.description().contains(QLatin1String("Sam Supervisor")));

        // The director of technology returns it for changes.
        teacher.handTo(tech);
        {
            ui::ReviewWorkspace workspace(tech.open(pack));
            QCOMPARE(workspace.shownItems().size(), 1);
            QTest::keyClicks(workspace.commentBox(), QStringLiteral("Name the class it is for."));
            QTest::mouseClick(workspace.returnButton(), Qt::LeftButton);
            QVERIFY(workspace.shownItems().isEmpty());
        }
        tech.handTo(teacher);
        QCOMPARE(statusFor(teacher, pack, id).state, requests::RequestStatus::State::Returned);
        QVERIFY(statusFor(teacher, pack, id).description().contains(QLatin1String("Name the class it is for.")));

        // The teacher corrects it; the route starts again from the first step.
        {
            QString error;
            requests::RequestForm corrected = goodForm(pack, procedure);
            corrected.answers.insert(pack.procedure(procedure)->fields.constFirst().id,
                                     QStringLiteral("Grade 7 science"));
            auto filing = teacher.open(pack).requestFiling(&error);
            QVERIFY2(filing->correct(id, corrected, QStringLiteral("Named the class"), requests::districtToday(pack),
                                     &error),
                     qPrintable(error));
        }
        QCOMPARE(statusFor(teacher, pack, id).state, requests::RequestStatus::State::Waiting);
        QVERIFY(statusFor(teacher, pack, id).waitingFor.contains(QLatin1String("Sam Supervisor")));

        // Three approvals in order; each approver sees it only at their turn.
        Person *order[] = {&supervisor, &tech, &superintendent};
        Person *holder = &teacher;
        for (Person *approver : order) {
            for (Person *other : order) {
                if (other != approver && other != holder) {
                    holder->handTo(*other);
                    ui::ReviewWorkspace early(other->open(pack));
                    QVERIFY2(early.shownItems().isEmpty(), qPrintable(other->info.name));
                    holder = other;
                }
            }
            holder->handTo(*approver);
            holder = approver;
            ui::ReviewWorkspace workspace(approver->open(pack));
            QCOMPARE(workspace.shownItems().size(), 1);
            workspace.show();
            QVERIFY(QTest::qWaitForWindowActive(&workspace));
            workspace.queueView()->setFocus();
            QTest::keyClick(workspace.queueView(), Qt::Key_Return, Qt::ControlModifier); // Ctrl+Return approves
            QVERIFY2(workspace.shownItems().isEmpty(), qPrintable(workspace.messageLabel()->text()));
        }
        holder->handTo(teacher);
        QCOMPARE(statusFor(teacher, pack, id).state, requests::RequestStatus::State::Approved);
    }

    void aNoticeOnlyRouteIsMarkedRead()
    {
        policy::Pack pack = test::loadPack(QStringLiteral("wilmington"));
        // Wilmington refuses a sign-up under 13 (3.c); a pack whose flag only
        // shows it lets it through to the approver, flagged.
        for (policy::Procedure &procedure : pack.procedures) {
            for (policy::Field &field : procedure.fields) {
                if (field.id == QLatin1String("youngest_age")) {
                    field.whenFlagged.action = QStringLiteral("show");
                }
            }
        }
        Person teacher(QStringLiteral("Tess Teacher"), QStringLiteral("tess@wpsk12.example"), pack);
        Person principal(QStringLiteral("Rita Principal"), QStringLiteral("rita@wpsk12.example"), pack);
        Person tech(QStringLiteral("Terry Tech"), QStringLiteral("terry@wpsk12.example"), pack);
        holds(pack, QStringLiteral("principal"), principal);
        holds(pack, QStringLiteral("director-of-technology"), tech);
        requests::RequestForm form = goodForm(pack, QStringLiteral("app-registration"));
        form.answers.insert(QStringLiteral("youngest_age"), QStringLiteral("11"));
        const QString id = sendAs(teacher, pack, form);
        QCOMPARE(statusFor(teacher, pack, id).state, requests::RequestStatus::State::Sent);

        teacher.handTo(principal);
        {
            ui::ReviewWorkspace workspace(principal.open(pack));
            QCOMPARE(workspace.shownItems().size(), 1);
            QVERIFY(!workspace.shownItems().constFirst().needsDecision);
            QVERIFY(workspace.queueView()->topLevelItem(0)->text(0).startsWith(QLatin1String("For your information")));
            QCOMPARE(workspace.approveButton()->text(), QStringLiteral("Mark as &read"));
            // ClearLine's own check: the youngest student is under the pack's 13.
            QVERIFY2(workspace.sheetView()->toPlainText().contains(QLatin1String("is 11, under 13")),
                     qPrintable(workspace.sheetView()->toPlainText()));
            QTest::mouseClick(workspace.approveButton(), Qt::LeftButton);
            QVERIFY(workspace.shownItems().isEmpty());
        }
        principal.handTo(tech);
        {
            ui::ReviewWorkspace workspace(tech.open(pack));
            QCOMPARE(workspace.shownItems().size(), 1); // the principal's reading does not clear the director's
        }
    }

    // Being told is not agreeing: a step that only informs the principal
    // offers Deny and Return too, reachable from the keyboard, and the
    // teacher sees the denial with its reason.
    void aNoticeCanBeDeniedOrReturned()
    {
        policy::Pack pack = test::loadPack(QStringLiteral("wilmington"));
        Person teacher(QStringLiteral("Tess Teacher"), QStringLiteral("tess@wpsk12.example"), pack);
        Person principal(QStringLiteral("Rita Principal"), QStringLiteral("rita@wpsk12.example"), pack);
        holds(pack, QStringLiteral("principal"), principal);
        const QString id = sendAs(teacher, pack, goodForm(pack, QStringLiteral("app-registration")));
        QCOMPARE(statusFor(teacher, pack, id).state, requests::RequestStatus::State::Sent);

        teacher.handTo(principal);
        {
            ui::ReviewWorkspace workspace(principal.open(pack));
            QCOMPARE(workspace.shownItems().size(), 1);
            QVERIFY(!workspace.shownItems().constFirst().needsDecision);
            QVERIFY(workspace.denyButton()->isEnabled());
            QVERIFY(workspace.returnButton()->isEnabled());
            for (QPushButton *button : {workspace.denyButton(), workspace.returnButton()}) {
                QVERIFY(button->focusPolicy() & Qt::TabFocus);
                QVERIFY(!button->accessibleName().isEmpty() || !button->text().isEmpty());
            }
            QTest::keyClicks(workspace.commentBox(), QStringLiteral("This app sells students' names."));
            QTest::mouseClick(workspace.denyButton(), Qt::LeftButton);
            QVERIFY2(workspace.messageLabel()->text().contains(QLatin1String("denied")),
                     qPrintable(workspace.messageLabel()->text()));
            // Still listed for her information, but no longer open to deny.
            QVERIFY(workspace.shownItems().isEmpty() || !workspace.denyButton()->isEnabled());
        }
        principal.handTo(teacher);
        const requests::RequestStatus status = statusFor(teacher, pack, id);
        QCOMPARE(status.state, requests::RequestStatus::State::Denied);
        QVERIFY(status.description().contains(QLatin1String("This app sells students' names.")));
        QVERIFY(status.description().contains(QLatin1String("Rita Principal")));
    }

    // North Middlesex 3.D.6: a student at risk is told to the principal at
    // once. Her queue lists the report first, saying "Urgent" in words,
    // above a request sent earlier that waits for her decision.
    void aMandatedReportIsListedFirstAndSaysUrgent()
    {
        policy::Pack pack = test::loadPack(QStringLiteral("north-middlesex"));
        Person teacher(QStringLiteral("Tess Teacher"), QStringLiteral("tess@nmrsd.example"), pack);
        Person principal(QStringLiteral("Rita Principal"), QStringLiteral("rita@nmrsd.example"), pack);
        holds(pack, QStringLiteral("principal"), principal);
        holds(pack, QStringLiteral("superintendent"), principal);
        sendAs(teacher, pack, goodForm(pack, QStringLiteral("school-property-permission")));
        const QString report = sendAs(teacher, pack, goodForm(pack, QStringLiteral("report-student-concern")));

        teacher.handTo(principal);
        ui::ReviewWorkspace workspace(principal.open(pack));
        QCOMPARE(workspace.shownItems().size(), 2);
        QCOMPARE(workspace.shownItems().constFirst().recordId, report);
        const QString first = workspace.queueView()->topLevelItem(0)->text(0);
        QVERIFY2(first.startsWith(QLatin1String("Urgent: For your information")), qPrintable(first));
        QVERIFY(!workspace.queueView()->topLevelItem(1)->text(0).startsWith(QLatin1String("Urgent")));
        if (const QString folder = qEnvironmentVariable("CLEARLINE_SHOT_DIR"); !folder.isEmpty()) {
            workspace.resize(1100, 640);
            workspace.grab().save(folder + QStringLiteral("/review-urgent.png"));
        }
    }

    void theDecisionsPdfNamesEverySignature()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed");
        }
        policy::Pack pack = test::loadPack(QStringLiteral("wilmington"));
        Person teacher(QStringLiteral("Tess Teacher"), QStringLiteral("tess@wpsk12.example"), pack);
        Person principal(QStringLiteral("Rita Principal"), QStringLiteral("rita@wpsk12.example"), pack);
        holds(pack, QStringLiteral("principal"), principal);
        const QString id = sendAs(teacher, pack, goodForm(pack, QStringLiteral("class-page")));
        teacher.handTo(principal);
        ui::ReviewWorkspace workspace(principal.open(pack));
        QVERIFY(select(workspace, id));
        QTest::keyClicks(workspace.commentBox(), QStringLiteral("Fine for room 12."));
        QVERIFY(workspace.decide(requests::Decision::Action::Approve));

        // The approved request left the queue; its page is printed from the record.
        QString loadError;
        const auto sheet = requests::RequestSheet::load(*principal.session->ledger(), pack, id,
                                                        requests::districtToday(pack), &loadError);
        QVERIFY(sheet);
        QCOMPARE(sheet->signatures.size(), 2);
        const QString file = principal.dir.filePath(QStringLiteral("decision.pdf"));
        bool done = false;
        bool written = false;
        ui::SheetPrinter::toPdf(sheet->html(pack), file, &workspace, [&](bool ok) {
            written = ok;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 60000));
        QVERIFY(written);
        QProcess extract;
        extract.start(pdftotext, {file, QStringLiteral("-")});
        QVERIFY(extract.waitForFinished(30000));
        const QString text = QString::fromUtf8(extract.readAllStandardOutput()).simplified();
        for (const requests::SheetSignature &signature : sheet->signatures) {
            QVERIFY2(text.contains(signature.name), qPrintable(signature.name + QLatin1Char('\n') + text));
            QVERIFY2(text.contains(signature.role), qPrintable(signature.role));
            QVERIFY2(text.contains(signature.fingerprint), qPrintable(signature.fingerprint));
            const QString time = signature.at.toTimeZone(QTimeZone(pack.district.timezone.toUtf8()))
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            QVERIFY2(text.contains(time), qPrintable(time + QLatin1Char('\n') + text));
        }
        QVERIFY(text.contains(QLatin1String("Fine for room 12.")));
        QVERIFY(text.contains(crypto::fingerprint(principal.info.publicKey)));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestReview test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_review.moc"
