// SPDX-License-Identifier: GPL-3.0-or-later
//
// The enrolment loop in the approver's window (issue 17), offscreen: a
// principal whose key the district's pack does not list sees that she waits
// for district IT, not "Nothing waits for you", and enrols with a click; when
// a newer pack signed by the district key arrives through the shared folder,
// the window takes it and the teacher's request waits for her decision.

#include "../requests/packanswers.h"
#include "requests/enrolment.h"
#include "requests/requestfiling.h"
#include "testprofile.h"

#include "core/settings.h"
#include "crypto/digest.h"
#include "crypto/signingkey.h"
#include "policy/activepack.h"
#include "policy/packholders.h"
#include "policy/packsignature.h"
#include "sync/bundleexport.h"
#include "sync/foldersync.h"
#include "sync/sealedbundle.h"
#include "ui/folderwatcher.h"
#include "ui/profilesession.h"
#include "ui/reviewworkspace.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace clearline;

namespace {

QString shippedText()
{
    return QString::fromUtf8(
        test::readFile(QString::fromUtf8(test::kSourceDir) + QStringLiteral("/policies/wilmington/pack.yaml")));
}

bool anyLabelSays(const QWidget &window, const QString &text)
{
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(), [&](const QLabel *label) {
        return label->isVisibleTo(&window) && label->text().contains(text);
    });
}

} // namespace

class TestEnrolmentWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    crypto::SigningKey m_district = crypto::SigningKey::generate();

    /// Writes a signed copy of the pack text into a folder of its own.
    QString signedPack(const QString &folder, const QByteArray &text)
    {
        QDir().mkpath(m_dir.filePath(folder));
        const QString file = m_dir.filePath(folder + QStringLiteral("/pack.yaml"));
        QString error;
        if (!test::writeFile(file, text) || !policy::PackSignature::sign(file, m_district, &error)) {
            qFatal("could not sign: %s", qPrintable(error));
        }
        return m_dir.filePath(folder);
    }

private Q_SLOTS:
    void thePrincipalWaitsThenDecides()
    {
        qputenv("CLEARLINE_KEYSTORE", "file");
        const QString fingerprint = crypto::fingerprint(m_district.publicKey());
        const QString firstPack = signedPack(QStringLiteral("v0"), shippedText().toUtf8());
        const policy::Pack pack = *policy::PackLoader::loadFile(firstPack + QStringLiteral("/pack.yaml")).pack;

        // The principal set ClearLine up the normal way: role principal, the
        // district's signed pack, which does not list her.
        QTemporaryDir home;
        const core::Profile profile = core::Profile::inDirectory(home.filePath(QStringLiteral("profile")));
        QString error;
        QVERIFY(profile.prepare(&error));
        QVERIFY(ledger::Ledger::open(profile, ledger::Database::Mode::ReadWrite, &error));
        const auto principal = crypto::Identity::create(profile,
                                                        {QStringLiteral("Rita Principal"),
                                                         QStringLiteral("rita@wpsk12.example"),
                                                         {QStringLiteral("principal")},
                                                         pack.district.timezone,
                                                         QStringLiteral("high-school")},
                                                        test::fixedPassphrase(test::kPassphrase), &error);
        QVERIFY2(principal, qPrintable(error));
        {
            core::Settings settings(profile);
            settings.setDistrict(firstPack);
            settings.setDistrictSigningKey(fingerprint);
            QVERIFY(settings.save(&error));
        }
        ui::ProfileSession session(profile, test::fixedPassphrase(test::kPassphrase));
        QVERIFY(session.openLedger(&error));
        // As the main window loads the district's pack, now and whenever its file changes.
        const auto loadPack = [&] {
            const core::Settings settings(profile);
            const auto active = policy::ActivePack::load(settings.district(), settings.districtSigningKey());
            QString problem;
            session.setPack(active.usable(false, &problem), problem);
        };
        connect(&session, &ui::ProfileSession::packFileChanged, this, loadPack);
        loadPack();
        QVERIFY(session.pack());

        ui::ReviewWorkspace window(session);
        window.show();
        QVERIFY(anyLabelSays(window, QStringLiteral("Waiting for district IT to confirm you as Principal")));
        QVERIFY(!anyLabelSays(window, QStringLiteral("Nothing waits for you")));
        auto *enrol = window.findChild<QPushButton *>(QStringLiteral("enrolButton"));
        QVERIFY(enrol && enrol->isVisibleTo(&window));
        enrol->click();
        QVERIFY(!enrol->isVisibleTo(&window));
        QVERIFY(anyLabelSays(window, QStringLiteral("Waiting for district IT to confirm you as Principal")));
        QVERIFY(anyLabelSays(window, crypto::fingerprint(principal->info().publicKey)));
        const auto pending =
            requests::Enrolment::pending(*session.ledger(), *session.pack(), principal->info().publicKey);
        QCOMPARE(pending.size(), 1);

        // A teacher's request, and district IT's new pack, in the shared folder.
        const QString folder = m_dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(folder));
        test::TestProfile teacher(QStringLiteral("Pat Teacher"));
        QVERIFY(session.ledger()->trustKey(teacher.identity->info(), QStringLiteral("accepted"), &error));
        requests::RequestFiling filing(*teacher.ledger, *teacher.identity, pack);
        requests::RequestForm form;
        form.procedureId = QStringLiteral("professional-account");
        for (const policy::Field &field : pack.procedure(form.procedureId)->fields) {
            form.answers.insert(field.id, test::goodAnswer(pack, field));
        }
        for (const policy::ChecklistItem &item : pack.procedure(form.procedureId)->checklist) {
            form.ticked.append(item.id);
        }
        QVERIFY2(filing.send(form, {}, requests::districtToday(pack), &error), qPrintable(error));

        const auto added = policy::PackHolders::add(test::readFile(firstPack + QStringLiteral("/pack.yaml")),
                                                    QStringLiteral("principal"),
                                                    {principal->info().name, principal->info().email,
                                                     QStringLiteral("high-school"), principal->info().publicKey},
                                                    &error);
        QVERIFY2(added, qPrintable(error));
        int version = 0;
        const auto raised = policy::PackHolders::raiseVersion(*added, &version, &error);
        QVERIFY2(raised && version == 1, qPrintable(error));
        const QString newPack = signedPack(QStringLiteral("v1"), *raised);
        const auto itPack = policy::PackLoader::loadFile(newPack + QStringLiteral("/pack.yaml"));
        QVERIFY(itPack.pack);
        // Bundles in a shared folder are sealed to their reader (FolderSync).
        const QByteArray principalKey = principal->info().publicKey;
        sync::ExportChoice forPrincipal;
        forPrincipal.peerKeys = {principalKey};
        forPrincipal.audienceOf = principalKey;
        // By then the teacher has IT's new pack, which lists the principal.
        forPrincipal.audiencePack = *itPack.pack;
        const QString teacherBundle =
            folder + QLatin1Char('/') + sync::FolderSync::fileNameFor(teacher.identity->info().publicKey, principalKey);
        QVERIFY2(sync::SealedBundle::write(*teacher.ledger, *teacher.identity, sync::BundleExport::stampOf(pack),
                                           forPrincipal, {principalKey}, teacherBundle, &error),
                 qPrintable(error));
        test::TestProfile it(QStringLiteral("Ivan Tech"));
        QVERIFY(sync::SealedBundle::write(
            *it.ledger, *it.identity, sync::BundleExport::stampOf(itPack.pack), forPrincipal, {principalKey},
            folder + QLatin1Char('/') + sync::FolderSync::fileNameFor(it.identity->info().publicKey, principalKey),
            &error));
        // Files settled in the folder a while ago, as after a cloud copy.
        for (const QString &name : QDir(folder).entryList(QDir::Files)) {
            QFile file(QDir(folder).filePath(name));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-300), QFileDevice::FileModificationTime));
        }

        ui::FolderWatcher watcher(session);
        QString details;
        connect(&watcher, &ui::FolderWatcher::statusChanged, this,
                [&](const QString &, const QString &text) { details = text; });
        watcher.setFolder(folder);
        QVERIFY2(details.contains(QLatin1String("version 1 of the district policy")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("Added: Rita Principal")), qPrintable(details));
        QCOMPARE(session.pack()->district.version, 1);

        // The queue now holds the teacher's request, to decide.
        QVERIFY(!anyLabelSays(window, QStringLiteral("Waiting for district IT")));
        QVERIFY(anyLabelSays(window, QStringLiteral("1 to decide")));
        const QList<QTreeWidget *> trees = window.findChildren<QTreeWidget *>();
        QVERIFY(std::any_of(trees.begin(), trees.end(), [](const QTreeWidget *tree) {
            return tree->topLevelItemCount() >= 1 && tree->topLevelItem(0)->text(1).contains(QLatin1String("Pat"));
        }));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestEnrolmentWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_enrolmentwindow.moc"
