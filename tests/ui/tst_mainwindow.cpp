// SPDX-License-Identifier: GPL-3.0-or-later
#include "testprofile.h"

#include "core/application.h"
#include "core/profile.h"
#include "core/settings.h"
#include "ui/aboutdialog.h"
#include "ui/bundleimportdialog.h"
#include "ui/homepage.h"
#include "ui/mainwindow.h"
#include "ui/profilesession.h"
#include "ui/settingsdialog.h"
#include "ui/setupdialog.h"
#include "ui/taskcard.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace clearline;

namespace {
QAction *findAction(QMenuBar *bar, const QString &objectName)
{
    for (QAction *menu : bar->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->objectName() == objectName) {
                return action;
            }
        }
    }
    return nullptr;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { core::setApplicationIdentity(); }

    void opensWithTitleMenusAndHome()
    {
        QTemporaryDir tmp;
        const core::Profile profile = core::Profile::inDirectory(tmp.path());
        core::Settings settings(profile);
        ui::ProfileSession session(profile, test::fixedPassphrase(test::kPassphrase));
        ui::MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.windowTitle(), QStringLiteral("ClearLine"));
        QAction *quit = findAction(window.menuBar(), QStringLiteral("actionQuit"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        QVERIFY(findAction(window.menuBar(), QStringLiteral("actionAbout")));
        QVERIFY(findAction(window.menuBar(), QStringLiteral("actionSettings")));

        quit->trigger();
        QVERIFY(!window.isVisible());
    }

    /// Alt and a letter opens one item of a menu, never two (issue 19: S
    /// was both "Send records to…" and "Settings…").
    void eachMenuItemHasItsOwnAccessKey()
    {
        QTemporaryDir tmp;
        const core::Profile profile = core::Profile::inDirectory(tmp.path());
        core::Settings settings(profile);
        ui::ProfileSession session(profile, test::fixedPassphrase(test::kPassphrase));
        ui::MainWindow window(session, settings);
        int menus = 0;
        for (QAction *menuAction : window.menuBar()->actions()) {
            const QMenu *menu = menuAction->menu();
            if (!menu) {
                continue;
            }
            ++menus;
            QHash<QChar, QString> taken;
            for (const QAction *action : menu->actions()) {
                const QString text = action->text();
                const qsizetype amp = text.indexOf(u'&');
                if (action->isSeparator() || amp < 0 || amp + 1 >= text.size()) {
                    continue;
                }
                const QChar key = text.at(amp + 1).toLower();
                QVERIFY2(!taken.contains(key), qPrintable(QStringLiteral("\"%1\" and \"%2\" in %3 share Alt+%4")
                                                              .arg(taken.value(key), text, menu->title(), key)));
                taken.insert(key, text);
            }
        }
        QVERIFY(menus >= 2);
    }

    void cardsNotBuiltYetSaySoToEveryone()
    {
        QTemporaryDir tmp;
        ui::ProfileSession session(core::Profile::inDirectory(tmp.path()), test::fixedPassphrase(test::kPassphrase));
        ui::HomePage home(session);
        QVERIFY(home.cards().size() >= 6);
        for (ui::TaskCard *card : home.cards()) {
            const bool explainsItself = card->title() == QLatin1String("Acknowledge this year's policy") ||
                                        card->title() == QLatin1String("Log a contact") ||
                                        card->title() == QLatin1String("Share my number for a trip") ||
                                        card->title() == QLatin1String("Review requests") ||
                                        card->title() == QLatin1String("Building overview");
            if (explainsItself) {
                QVERIFY(card->isAvailable()); // without a district, its dialog says why it cannot be saved
                continue;
            }
            if (card->title() == QLatin1String("Find records")) {
                // Searches this profile's own records: no district needed.
                QVERIFY(card->isAvailable());
                QSignalSpy requested(&home, &ui::HomePage::recordsRequested);
                card->setFocus();
                QTest::keyClick(card, Qt::Key_Return);
                QCOMPARE(requested.size(), 1);
                continue;
            }
            if (card->title() == QLatin1String("Write a memo to file")) {
                QVERIFY(card->isAvailable());
                QSignalSpy requested(&home, &ui::HomePage::memoRequested);
                card->setFocus();
                QTest::keyClick(card, Qt::Key_Return);
                QCOMPARE(requested.size(), 1);
                continue;
            }
            QVERIFY(!card->isAvailable());
            QVERIFY(!card->isEnabled());
            QVERIFY(!card->accessibleName().isEmpty());
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(card);
            QVERIFY(accessible);
            QVERIFY2(accessible->text(QAccessible::Description).contains(QLatin1String("Not available yet")),
                     qPrintable(card->title()));
        }
    }

    void settingsDialogSavesTheLanguage()
    {
        QTemporaryDir tmp;
        const core::Profile profile = core::Profile::inDirectory(tmp.path());
        core::Settings settings(profile);
        ui::SettingsDialog dialog(settings);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->accessibleName(), QStringLiteral("Language"));
        QCOMPARE(combo->currentData().toString(), QString());

        const int spanish = combo->findData(QStringLiteral("es"));
        QVERIFY(spanish > 0);
        QCOMPARE(combo->itemText(spanish), QStringLiteral("español"));
        combo->setCurrentIndex(spanish);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(core::Settings(profile).language(), QStringLiteral("es"));
    }

    void settingsDialogShowsTheCurrentChoice()
    {
        QTemporaryDir tmp;
        const core::Profile profile = core::Profile::inDirectory(tmp.path());
        core::Settings settings(profile);
        settings.setLanguage(QStringLiteral("pt_BR"));
        ui::SettingsDialog dialog(settings);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("pt_BR"));

        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void aboutNamesVersionAndDataFolder()
    {
        QTemporaryDir tmp;
        const core::Profile profile = core::Profile::inDirectory(tmp.path());
        ui::AboutDialog dialog(profile);
        QVERIFY(dialog.text().contains(QCoreApplication::applicationVersion()));
        QVERIFY(dialog.text().contains(tmp.path()));
    }

    void windowSizeIsRememberedPerProfile()
    {
        QTemporaryDir tmp;
        const core::Profile profile = core::Profile::inDirectory(tmp.path());
        ui::ProfileSession session(profile, test::fixedPassphrase(test::kPassphrase));
        {
            core::Settings settings(profile);
            ui::MainWindow window(session, settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(777, 555);
            window.close();
        }
        core::Settings settings(profile);
        ui::MainWindow window(session, settings);
        QCOMPARE(window.size(), QSize(777, 555));
    }
    /// A bundle dragged from the file manager onto the window is imported;
    /// anything else is not taken (issue 20).
    void aBundleDroppedOnTheWindowIsImported()
    {
        test::TestProfile p;
        p.ledger.reset();
        ui::ProfileSession session(p.profile, test::fixedPassphrase(test::kPassphrase));
        QString error;
        QVERIFY2(session.openLedger(&error), qPrintable(error));
        core::Settings settings(p.profile);
        ui::MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString bundle = QDir(p.dir.path()).filePath(QStringLiteral("From Rita.clbundle"));
        QVERIFY(test::writeFile(bundle, "not a bundle at all"));
        QMimeData notes;
        notes.setUrls({QUrl::fromLocalFile(QDir(p.dir.path()).filePath(QStringLiteral("notes.txt")))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &notes, Qt::LeftButton, Qt::NoModifier);
        refused.ignore();
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());

        QMimeData dragged;
        dragged.setUrls({QUrl::fromLocalFile(bundle)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &dragged, Qt::LeftButton, Qt::NoModifier);
        enter.ignore();
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());

        // The import dialog is modal: read it, then close it, from inside.
        QString report;
        QTimer::singleShot(300, &window, [&report] {
            if (auto *dialog = qobject_cast<ui::BundleImportDialog *>(QApplication::activeModalWidget())) {
                report = dialog->reportText();
                dialog->reject();
            }
        });
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &dragged, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(QTest::qWaitFor([&report] { return !report.isEmpty(); }, 10000));
        QVERIFY2(report.contains(QLatin1String("From Rita.clbundle")), qPrintable(report));
    }
    /// District IT's configuration picks the pack for a first run, and a
    /// locked choice is shown but not offered (issue 20).
    void setupStartsOnTheDistrictsLockedPack()
    {
        QTemporaryDir system;
        QVERIFY(QDir().mkpath(system.filePath(QStringLiteral("clearline"))));
        QVERIFY(test::writeFile(system.filePath(QStringLiteral("clearline/district.ini")),
                                "district = wilmington\nlocked = district\n"));
        const QByteArray before = qgetenv("XDG_CONFIG_DIRS");
        qputenv("XDG_CONFIG_DIRS", system.path().toUtf8());
        QTemporaryDir tmp;
        const core::Profile profile = core::Profile::inDirectory(tmp.path());
        core::Settings settings(profile);
        ui::ProfileSession session(profile, test::fixedPassphrase(test::kPassphrase));
        ui::SetupDialog setup(session, settings);
        qputenv("XDG_CONFIG_DIRS", before);
        auto *district = setup.findChild<QComboBox *>(QStringLiteral("districtCombo"));
        QVERIFY(district);
        QCOMPARE(district->currentData().toString(), QStringLiteral("wilmington"));
        QVERIFY(!district->isEnabled());
        QVERIFY(!district->accessibleDescription().isEmpty());
        QVERIFY(setup.findChild<QPushButton *>(QStringLiteral("packFileButton"))->isHidden());
        auto *school = setup.findChild<QComboBox *>(QStringLiteral("schoolCombo"));
        QVERIFY(school && school->count() > 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
