// SPDX-License-Identifier: GPL-3.0-or-later
//
// A teacher's first run and first memo, through the real widgets: setting
// up the profile, writing a memo, closing half-way, finding the draft,
// filing it, reading it back, and checking the records.

#include "testprofile.h"

#include "core/languages.h"
#include "core/settings.h"
#include "ledger/memo.h"
#include "ui/memodialog.h"
#include "ui/memolist.h"
#include "ui/profiledialog.h"
#include "ui/profilesession.h"
#include "ui/recordinspector.h"
#include "ui/setupdialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace clearline;

namespace {

template <typename T> T *child(QWidget &parent, const QString &accessibleName)
{
    const QList<T *> all = parent.findChildren<T *>();
    for (T *widget : all) {
        if (widget->accessibleName() == accessibleName) {
            return widget;
        }
    }
    return nullptr;
}

QPushButton *button(QWidget &parent, const QString &text)
{
    const QList<QPushButton *> all = parent.findChildren<QPushButton *>();
    for (QPushButton *widget : all) {
        if (widget->text().remove(QLatin1Char('&')) == text) {
            return widget;
        }
    }
    return nullptr;
}

} // namespace

class TestMemos : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    core::Languages m_languages;
    std::unique_ptr<ui::ProfileSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        core::setApplicationIdentity();
        m_languages.install(QStringLiteral("en"));
        qputenv("CLEARLINE_KEYSTORE", "file");
        m_session = std::make_unique<ui::ProfileSession>(core::Profile::inDirectory(m_dir.path()),
                                                         test::fixedPassphrase(test::kPassphrase));
        QString error;
        QVERIFY2(m_session->openLedger(&error), qPrintable(error));
    }

    void firstRunMakesTheIdentity()
    {
        QVERIFY(!m_session->hasIdentity());
        core::Settings settings(m_session->profile());
        ui::SetupDialog setup(*m_session, settings);
        setup.show();
        auto *ok = setup.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(child<QLabel>(setup, QStringLiteral("What to fix"))->text(), QStringLiteral("Type your name."));

        QTest::keyClicks(child<QLineEdit>(setup, QStringLiteral("Your name")), QStringLiteral("Ana Teacher"));
        QTest::keyClicks(child<QLineEdit>(setup, QStringLiteral("District e-mail")), QStringLiteral("ana"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(setup, QStringLiteral("District e-mail")),
                         QStringLiteral("@district.example"));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(child<QLabel>(setup, QStringLiteral("What to fix"))->text(), QStringLiteral("Choose your district."));

        // The district's pack gives the schools and the roles.
        auto *district = child<QComboBox>(setup, QStringLiteral("District"));
        QCOMPARE(district->count(), 6);
        district->setCurrentIndex(district->findData(QStringLiteral("wilmington")));
        QCOMPARE(district->currentText(), QStringLiteral("Wilmington Public Schools"));
        auto *role = child<QComboBox>(setup, QStringLiteral("Your role"));
        QVERIFY(role->count() > 2);
        QCOMPARE(role->currentData().toString(), QStringLiteral("staff"));
        auto *school = child<QComboBox>(setup, QStringLiteral("School"));
        QVERIFY(school->count() >= 2);
        QVERIFY(ok->isEnabled());
        ok->click();
        QCOMPARE(setup.result(), int(QDialog::Accepted));
        QVERIFY(m_session->hasIdentity());
        QCOMPARE(m_session->identityInfo()->name, QStringLiteral("Ana Teacher"));
        QCOMPARE(m_session->identityInfo()->roles, QStringList{QStringLiteral("staff")});
        QCOMPARE(m_session->identityInfo()->school, school->itemData(0).toString());
        QCOMPARE(core::Settings(m_session->profile()).district(), QStringLiteral("wilmington"));
    }

    void closingHalfWayKeepsADraft()
    {
        {
            ui::MemoDialog dialog(*m_session);
            dialog.show();
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("Memo title")),
                             QStringLiteral("Text from a parent at 9 pm"));
            QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("What happened")),
                             QStringLiteral("Asked when the bus leaves"));
            dialog.close();
        }
        const QList<ledger::Draft> drafts = m_session->ledger()->drafts(ledger::Memo::kKind);
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(ledger::Memo::fromPayload(drafts.constFirst().payload).title,
                 QStringLiteral("Text from a parent at 9 pm"));
        QCOMPARE(m_session->ledger()->stats().revisions, 0);
    }

    void draftReopensFromTheListAndIsFiled()
    {
        ui::MemoList list(*m_session);
        QCOMPARE(list.list()->count(), 1);
        QVERIFY(list.list()->item(0)->text().startsWith(QLatin1String("Draft, not filed yet: Text from a parent")));
        QSignalSpy activated(&list, &ui::MemoList::draftActivated);
        Q_EMIT list.list()->itemActivated(list.list()->item(0));
        QCOMPARE(activated.size(), 1);
        const auto draft = activated.constFirst().constFirst().value<ledger::Draft>();

        ui::MemoDialog dialog(*m_session, draft);
        dialog.show();
        auto *text = child<QPlainTextEdit>(dialog, QStringLiteral("What happened"));
        QCOMPARE(text->toPlainText(), QStringLiteral("Asked when the bus leaves"));
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral(" on Saturday. Told her 7 am."));
        button(dialog, QStringLiteral("File memo"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QVERIFY(m_session->ledger()->drafts(ledger::Memo::kKind).isEmpty());
        const auto memos = m_session->ledger()->records(ledger::Memo::kKind);
        QCOMPARE(memos.size(), 1);
        const auto revision = m_session->ledger()->revision(memos.constFirst().headRevision);
        QCOMPARE(revision->payload.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Asked when the bus leaves on Saturday. Told her 7 am."));
        QCOMPARE(revision->authorKey, m_session->identityInfo()->publicKey);
        QVERIFY(revision->signatureValid());

        // The list follows.
        QCOMPARE(list.list()->count(), 1);
        QVERIFY(list.list()->item(0)->text().startsWith(QLatin1String("Text from a parent at 9 pm, filed ")));
    }

    void memoWithoutTextIsExplainedNotFiled()
    {
        ui::MemoDialog dialog(*m_session);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("Memo title")), QStringLiteral("Only a title"));
        button(dialog, QStringLiteral("File memo"))->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("Memo status"))->text(),
                 QStringLiteral("Write what happened in the memo's text."));
        button(dialog, QStringLiteral("Discard draft"))->click();
        QVERIFY(m_session->ledger()->drafts(ledger::Memo::kKind).isEmpty());
        QCOMPARE(m_session->ledger()->records(ledger::Memo::kKind).size(), 1);
    }

    void memoViewShowsTheSignedHistory()
    {
        const auto memo = m_session->ledger()->records(ledger::Memo::kKind).constFirst();
        ui::RecordInspector view(*m_session, memo.recordId);
        QVERIFY(view.text().contains(QLatin1String("Told her 7 am.")));
        QVERIFY(view.text().contains(m_session->identityInfo()->fingerprint()));
        // The raw signed data, for IT staff: the same hash the ledger holds.
        const auto head = m_session->ledger()->revision(memo.headRevision);
        QVERIFY(view.signedData().contains(QString::fromLatin1(head->hash.toHex())));
        QVERIFY(view.signedData().contains(QLatin1String("\"authorKey\"")));
    }

    void profileShowsFingerprintAndVerdict()
    {
        ui::ProfileDialog dialog(*m_session);
        QSignalSpy checked(&dialog, &ui::ProfileDialog::checked);
        QVERIFY(checked.wait(10000));
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("Key fingerprint"))->text(),
                 m_session->identityInfo()->fingerprint());
        // What district IT and a colleague not met yet need, copied in one press.
        const QString publicKey = QString::fromLatin1(m_session->identityInfo()->publicKey.toBase64());
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("Public key"))->text(), publicKey);
        const auto buttons = dialog.findChildren<QPushButton *>();
        const auto copy = std::find_if(buttons.begin(), buttons.end(), [](const QPushButton *button) {
            return button->text() == QLatin1String("Copy public &key");
        });
        QVERIFY(copy != buttons.end());
        (*copy)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), publicKey);
        QCOMPARE(dialog.verdict(), QStringLiteral("Your 1 record checks out: its signature and links are intact."));
    }
};

QTEST_MAIN(TestMemos)
#include "tst_memos.moc"
