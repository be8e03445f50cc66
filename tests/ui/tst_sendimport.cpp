// SPDX-License-Identifier: GPL-3.0-or-later
//
// Records sent and taken in through the window: Send records to… writes the
// bundle for a chosen colleague; Import records… first shows what it would
// add and who is new, imports nothing from someone not ticked, and takes it
// all in once the person ticks the fingerprint they compared.

#include "testprofile.h"

#include "crypto/digest.h"
#include "ui/bundleimportdialog.h"
#include "ui/profilesession.h"
#include "ui/sendbundledialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace clearline;

namespace {

/// A person at their own computer: a profile with an identity, the window's
/// session open on its ledger.
struct Desk
{
    QTemporaryDir dir;
    core::Profile profile = core::Profile::inDirectory(dir.filePath(QStringLiteral("profile")));
    crypto::IdentityInfo info;
    std::unique_ptr<ui::ProfileSession> session;

    Desk(const QString &name, const QString &email)
    {
        qputenv("CLEARLINE_KEYSTORE", "file");
        QString error;
        // The ledger first, as `clearline init` makes a profile.
        if (!profile.prepare(&error) || !ledger::Ledger::open(profile, ledger::Database::Mode::ReadWrite, &error)) {
            qFatal("%s", qPrintable(error));
        }
        info =
            crypto::Identity::create(profile, {name, email, {}, {}}, test::fixedPassphrase(test::kPassphrase), &error)
                ->info();
        session = std::make_unique<ui::ProfileSession>(profile, test::fixedPassphrase(test::kPassphrase));
        if (!session->openLedger(&error)) {
            qFatal("%s", qPrintable(error));
        }
    }
};

} // namespace

class TestSendImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// A memo is its author's alone (docs/privacy.md): sent to a colleague,
    /// it travels as a sealed placeholder, and the colleague still decides
    /// whether to accept the sender.
    void aBundleGoesToAColleagueWhoAcceptsTheSenderWithoutTheMemo()
    {
        Desk coach(QStringLiteral("Cody Coach"), QStringLiteral("cody@district.example"));
        Desk principal(QStringLiteral("Pam Principal"), QStringLiteral("pam@district.example"));
        QString error;
        QVERIFY(coach.session->submit({QStringLiteral("memo"),
                                       {},
                                       {},
                                       {},
                                       {{QStringLiteral("title"), QStringLiteral("Away game on Friday")},
                                        {QStringLiteral("text"), QStringLiteral("Bus at 6:45")}},
                                       {}},
                                      &error));
        // The coach knows Pam from an earlier bundle of hers.
        QVERIFY(coach.session->ledger()->trustKey(principal.info, QStringLiteral("accepted"), &error));

        ui::SendBundleDialog send(*coach.session);
        const int pam = send.recipients()->findText(QStringLiteral("Pam Principal <pam@district.example>"));
        QVERIFY(pam >= 0);
        send.recipients()->setCurrentIndex(pam);
        const QString file = coach.dir.filePath(QStringLiteral("for-pam.clbundle"));
        QVERIFY2(send.sendTo(file, false), qPrintable(send.outcome()));
        QVERIFY2(!send.outcome().contains(QLatin1String("Memo: 1")), qPrintable(send.outcome()));

        ui::BundleImportDialog check(*principal.session, {file});
        QVERIFY2(!check.reportText().contains(QLatin1String("Memo: 1")), qPrintable(check.reportText()));
        QVERIFY2(check.reportText().contains(QLatin1String("Not for you")), qPrintable(check.reportText()));
        QCOMPARE(check.peopleList()->count(), 1);
        QListWidgetItem *cody = check.peopleList()->item(0);
        QVERIFY(cody->text().contains(QLatin1String("Cody Coach")));
        QVERIFY(cody->text().contains(coach.info.fingerprint()));
        QCOMPARE(cody->checkState(), Qt::Unchecked);

        // Not ticked: the Import button waits, and importing brings nothing.
        QVERIFY(!check.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        check.importChecked();
        QCOMPARE(principal.session->ledger()->stats().revisions, 0);
        QVERIFY(check.reportText().contains(QLatin1String("Nothing was changed")));

        ui::BundleImportDialog accept(*principal.session, {file});
        accept.peopleList()->item(0)->setCheckState(Qt::Checked);
        QVERIFY(accept.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        accept.importChecked();
        QVERIFY2(accept.reportText().contains(QLatin1String("Not for you")), qPrintable(accept.reportText()));
        QCOMPARE(principal.session->ledger()->stats().revisions, 0);
        QVERIFY(principal.session->ledger()->records(QStringLiteral("memo")).isEmpty());
        QVERIFY(principal.session->ledger()->verify().ok());
    }

    /// A full backup holds what only its maker may see: it opens with their
    /// key alone, and "send again" has no one to send to.
    void aBackupOpensOnlyForItsMaker()
    {
        Desk coach(QStringLiteral("Cody Coach"), QStringLiteral("cody@district.example"));
        Desk principal(QStringLiteral("Pam Principal"), QStringLiteral("pam@district.example"));
        QString error;
        QVERIFY(coach.session->submit({QStringLiteral("memo"),
                                       {},
                                       {},
                                       {},
                                       {{QStringLiteral("title"), QStringLiteral("Away game on Friday")},
                                        {QStringLiteral("text"), QStringLiteral("Bus at 6:45")}},
                                       {}},
                                      &error));
        QVERIFY(coach.session->ledger()->trustKey(principal.info, QStringLiteral("accepted"), &error));
        ui::SendBundleDialog send(*coach.session);
        send.recipients()->setCurrentIndex(
            send.recipients()->findText(QStringLiteral("Pam Principal"), Qt::MatchStartsWith));
        QVERIFY(send.again()->isEnabled());
        send.again()->setChecked(true);
        send.recipients()->setCurrentIndex(send.recipients()->count() - 1);
        QVERIFY(!send.again()->isEnabled());
        QVERIFY(!send.again()->isChecked());
        const QString file = coach.dir.filePath(QStringLiteral("backup.clbundle"));
        QVERIFY2(send.sendTo(file, false), qPrintable(send.outcome()));
        QVERIFY2(send.outcome().contains(QLatin1String("Only you can open it")), qPrintable(send.outcome()));

        ui::BundleImportDialog other(*principal.session, {file});
        QVERIFY2(other.reportText().contains(QLatin1String("not addressed to you")), qPrintable(other.reportText()));
        QCOMPARE(principal.session->ledger()->stats().revisions, 0);
    }

    void aDamagedFileIsRefusedInWordsAndOffersNoImport()
    {
        Desk principal(QStringLiteral("Pam Principal"), QStringLiteral("pam@district.example"));
        const QString file = principal.dir.filePath(QStringLiteral("broken.clbundle"));
        test::writeFile(file, "CLEARLINE BUNDLE 1\n{\"format\":1}\n");
        ui::BundleImportDialog dialog(*principal.session, {file});
        QVERIFY2(dialog.reportText().contains(QLatin1String("Refused")), qPrintable(dialog.reportText()));
        const auto buttons = dialog.findChild<QDialogButtonBox *>()->buttons();
        for (QAbstractButton *button : buttons) {
            QVERIFY(button->objectName() != QLatin1String("importButton") || !button->isVisibleTo(&dialog));
        }
    }
};

QTEST_MAIN(TestSendImport)
#include "tst_sendimport.moc"
